// The follow-up chunk (mv-feedback-follow-up-form.js beside the bundle): the
// fields of "contact me", their checks and their stylesheet, fetched only by
// a survey that offers it (docs/design.md §12), so a kiosk never downloads it.
// Its texts stay in the locale packs, read by the element.
export { followUpFieldset } from './follow-up-fields.js';
export { checkFollowUp } from './follow-up-request.js';
export { followUpCss } from './follow-up.styles.js';
