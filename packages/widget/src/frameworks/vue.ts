// <mv-feedback> and <mv-scorecard> in Vue templates (vue-tsc, Volar): `import type {} from '@mv-feedback/widget/vue'`
// once in the app. Types only: nothing of this reaches a bundle. The shape is
// the one Vue's guide gives for custom elements ("Web Components", TypeScript).
import type { EmitFn, HTMLAttributes, PublicProps } from 'vue';
import type { MvFeedback } from '../element/mv-feedback.js';
import type { MvFeedbackEventMap } from '../element/events.js';
import type { MvFeedbackAttributes } from './mv-feedback-props.js';
import type { MvScorecard } from '../scorecard/mv-scorecard.js';
import type { MvScorecardAttributes } from './mv-scorecard-props.js';

declare module 'vue' {
  interface GlobalComponents {
    'mv-feedback': new () => MvFeedback & {
      /** @deprecated For template type checking only: the element has no such property. */
      $props: HTMLAttributes & MvFeedbackAttributes & PublicProps;
      /** @deprecated For template type checking only: the element has no such method. */
      $emit: EmitFn<{ [Name in keyof MvFeedbackEventMap]: (event: MvFeedbackEventMap[Name]) => void }>;
    };
    'mv-scorecard': new () => MvScorecard & {
      /** @deprecated For template type checking only: the element has no such property. */
      $props: HTMLAttributes & MvScorecardAttributes & PublicProps;
    };
  }
}
