let followUpParts: Promise<unknown> | undefined;

/**
 * The follow-up elements' chunk, fetched the first time one is needed (only admin and
 * responder tokens need it), and again the next time after it failed to arrive.
 */
export const loadFollowUpParts = () =>
  (followUpParts ??= import('./follow-up-elements.js').catch((error: unknown) => {
    followUpParts = undefined;
    throw error;
  }));
