import type { Locale } from '@mv-feedback/scoring';
import { withAnswerLabels, type UiStrings } from './strings.js';
import { en } from './en.js';
import { es } from './es.js';

/**
 * Every language's interface texts at once, for a city that builds its own
 * form. The element itself loads a language only when a page asks for it.
 */
export const STRINGS: Record<Locale, UiStrings> = { en: withAnswerLabels('en', en), es: withAnswerLabels('es', es) };
