// <mv-feedback> and <mv-scorecard> in Svelte 5 templates: `import type {} from '@mv-feedback/widget/svelte'`
// once in the app (in a .d.ts, say). Types only: nothing of this reaches a bundle.
import type * as Svelte from 'svelte/elements';
import type { MvFeedback } from '../element/mv-feedback.js';
import type { MvFeedbackAttributes, MvFeedbackEventProps } from './mv-feedback-props.js';
import type { MvScorecard } from '../scorecard/mv-scorecard.js';
import type { MvScorecardAttributes } from './mv-scorecard-props.js';

declare module 'svelte/elements' {
  interface SvelteHTMLElements {
    'mv-feedback': Svelte.HTMLAttributes<MvFeedback> & MvFeedbackAttributes & MvFeedbackEventProps;
    'mv-scorecard': Svelte.HTMLAttributes<MvScorecard> & MvScorecardAttributes;
  }
}
