/** Every 5 %: a widget taller than two screens never shows half of itself, so its share is watched closely. */
const THRESHOLDS = Array.from({ length: 21 }, (_, i) => i / 20);

/**
 * Calls `then` once, the first time at least half of `target` is on screen,
 * or, for a target taller than two screens, when it fills half the screen.
 * Returns a function that stops watching.
 *
 * @example
 * const stop = onceHalfVisible(card, () => reportImpression(endpoint, { survey: 'quick' }));
 */
export function onceHalfVisible(target: Element, then: () => void): () => void {
  const observer = new IntersectionObserver(
    ([entry]) => {
      const { intersectionRatio, intersectionRect, rootBounds } = entry!;
      if (intersectionRatio >= 0.5 || (rootBounds && intersectionRect.height * 2 >= rootBounds.height)) {
        observer.disconnect();
        then();
      }
    },
    { threshold: THRESHOLDS },
  );
  observer.observe(target);
  return () => observer.disconnect();
}
