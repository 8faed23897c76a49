/**
 * The last `capacity` renderings of links (a QR code's SVG), most recently
 * used kept: a QR code costs tens of milliseconds of CPU on the HTTP thread,
 * so each distinct link is drawn once while it is in use, and a storm of
 * requests for a few links costs a map lookup each (docs/design.md §9).
 *
 * @example
 * const codes = renderedLinks(256);
 * const svg = codes.get(link) ?? codes.put(link, qrSvg(link));
 */
export function renderedLinks(capacity: number) {
  const kept = new Map<string, string>();
  return {
    get(link: string): string | undefined {
      const rendering = kept.get(link);
      if (rendering !== undefined) {
        // Map keeps insertion order: taken out and put back, the link is now the newest.
        kept.delete(link);
        kept.set(link, rendering);
      }
      return rendering;
    },
    put(link: string, rendering: string): string {
      kept.delete(link);
      kept.set(link, rendering);
      if (kept.size > capacity) kept.delete(kept.keys().next().value!);
      return rendering;
    },
  };
}
