let followUpParts: Promise<unknown> | undefined;

/** The follow-up elements' chunk, fetched once, the first time one is needed: only admin and responder tokens need it. */
export const loadFollowUpParts = () => (followUpParts ??= import('./follow-up-elements.js'));
