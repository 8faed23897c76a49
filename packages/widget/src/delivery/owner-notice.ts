/**
 * Tells the page's owner, in the browser console, why the server refused
 * answers when the fix is theirs: the page's origin missing from the server's
 * MV_ALLOWED_ORIGINS. The resident sees a plain final message instead.
 *
 * @example
 * noticeForPageOwner('https://feedback.example.gov', 'origin_not_allowed');
 */
export function noticeForPageOwner(endpoint: string, code: string): void {
  if (code !== 'origin_not_allowed') return;
  const origin = globalThis.location?.origin ?? 'this page';
  console.error(
    `mv-feedback: ${endpoint} refused these answers because this page's origin, ${origin}, is not in its MV_ALLOWED_ORIGINS. Add ${origin} to MV_ALLOWED_ORIGINS on that server to accept feedback from this page.`,
  );
}
