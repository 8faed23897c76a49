/**
 * Offers a Blob as a file download. The export needs the staff token in a
 * header, which a plain link cannot send, so it is fetched first and saved
 * from memory through a temporary object URL.
 *
 * @example
 * saveBlob(await api.exportCsv(query), 'mv-feedback-2026-01-01-2026-03-31.csv', shadowRoot);
 */
export function saveBlob(blob: Blob, filename: string, container: Node): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.hidden = true;
  container.appendChild(link);
  link.click();
  link.remove();
  // Revoking at once can cancel the download in some browsers; a minute is ample.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
