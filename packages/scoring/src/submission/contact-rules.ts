// The rules a resident's contact details follow (docs/design.md §12), without a
// schema library, so the widget checks a field as the server will.

/** Longest name a resident may give (docs/design.md §12). */
export const MAX_FOLLOW_UP_NAME_LENGTH = 100;

// The WHATWG HTML "valid e-mail address" rule of <input type=email>, verbatim.
const WHATWG_EMAIL =
  /^[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*$/;
// What people type between digits; one leading "+" for an international number.
const PHONE_PUNCTUATION = /[\s.\-()[\]]/g;

/** Whether a phone number has 7 to 15 digits once spaces, dots, dashes, brackets and one leading `+` are removed. */
export function isPhoneNumber(text: string): boolean {
  return /^\d{7,15}$/.test(text.replace(PHONE_PUNCTUATION, '').replace(/^\+/, ''));
}

/** Whether a text is a valid e-mail address as `<input type=email>` judges it. */
export function isEmailAddress(text: string): boolean {
  return WHATWG_EMAIL.test(text);
}
