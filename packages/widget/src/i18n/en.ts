import type { OwnStrings } from './strings.js';

export const en: OwnStrings = {
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
  aboutFollowUp:
    'Optional. You asked to be contacted: staff of the department will read your answers with your contact details and reply to you.',
  thanksFollowUp: 'Thank you for your feedback. Someone from the department will contact you.',
  contactTitle: 'How to contact you',
  contactAsk: 'I would like someone from the city to contact me about this',
  contactPrivacy:
    'Only the staff of this department see these details, and only to reply to you. They are kept apart from the scores of your answers and deleted {days} days after your request is closed.',
  contactName: 'Name',
  contactHint: 'Give an e-mail address, a phone number, or both.',
  contactEmail: 'E-mail',
  contactPhone: 'Phone',
  contactLanguage: 'Language to contact you in',
  needContact: 'Please give an e-mail address or a phone number so we can contact you.',
  badEmail: 'Please check the e-mail address; it should look like name@example.com.',
  badPhone: 'Please check the phone number; it should have 7 to 15 digits.',
};
