// The part of @mv-feedback/scoring that browser bundles take: data, rules and
// calendar arithmetic, with no schema library and no statistics behind them.
export { defaultCatalogue } from './catalogue/default-catalogue.js';
export { defaultSurveys } from './catalogue/default-surveys.js';
export { CHANNELS, SLUG_PATTERN } from './catalogue/context-rules.js';
export { drawRotation, askedQuestions } from './catalogue/rotation.js';
export { LANGUAGE_NAMES, LANGUAGE_ORDER, languageName } from './catalogue/language-names.js';
export { departmentTitle } from './catalogue/department-titles.js';
export { textIn } from './catalogue/text-in.js';
export { surveyTitle } from './catalogue/survey-title.js';
export { hostedLink, hostedQuery } from './links/hosted-link.js';
export { ANSWER_LABELS, answerLabel } from './catalogue/answer-labels.js';
export { answerLabelsOf } from './catalogue/answer-words.js';
export { LOCALES } from './catalogue/locales.js';
export { textOf, section } from './locales/pack-text.js';
export type { PackText, PackTexts } from './locales/pack-text.js';
export { DEFAULT_MIN_N, FEW_RESPONSES_N } from './statistics/thresholds.js';
export { cityDay, addDays, isIsoDay, daysBetweenInclusive } from './time/calendar-days.js';
export { MAX_FOLLOW_UP_NAME_LENGTH, isEmailAddress, isPhoneNumber } from './submission/contact-rules.js';
