// The rules of docs/design.md §3 for the context an embedding page sets, as plain
// values: browser code checks with them without bundling the schema library.

/** Where a response was given. */
export const CHANNELS = ['in-person', 'phone', 'email', 'web', 'field', 'other'] as const;

/** Ids of standards, surveys, questions and departments. */
export const SLUG_PATTERN = /^[a-z0-9][a-z0-9-]{0,63}$/;
