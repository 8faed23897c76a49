import type { OwnStrings } from './strings.js';

export const en: OwnStrings = {
  duration: 'It takes about a minute.',
  about: 'Optional and anonymous: city staff read the answers to improve service, and no one will reply.',
  aboutCase:
    'Optional, and linked to your case number so staff can look at it: city staff read the answers to improve service, and no one will reply.',
  optional: '(optional)',
  count: '{n} of {max} characters',
  privacy: 'Please do not include personal details such as your address or phone number.',
  progress: 'Page {page} of {pages}',
  back: 'Back',
  next: 'Next',
  send: 'Send',
  sending: 'Sending…',
  thanks: 'Thank you for your feedback.',
  reference: 'Your reference code is {code}.',
  savedOffline: 'Your answers are saved on this device. We will send them when you are back online.',
  savedRetrying: 'We could not reach our server. Your answers are saved on this device and we will keep trying.',
  nothingAnswered: 'Please answer at least one question or write a comment before sending.',
  invalid: 'We could not accept these answers. Please check them and send again.',
  forbidden: 'This page is not allowed to send feedback. Please contact the city another way.',
  failed: 'Your answers could not be sent (error {status}). Please try again later.',
  earlier:
    'Your earlier answers could not be sent: the server did not accept them (error {status}). You can answer again below.',
  unavailable: 'This survey is not available right now.',
  open: 'Rate your visit',
  close: 'Close',
  help: 'Need an answer? Contact us.',
  addComment: 'Add a comment',
  clears: 'This screen clears in {n} seconds.',
};
