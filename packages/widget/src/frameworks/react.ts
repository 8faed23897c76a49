// <mv-feedback> and <mv-scorecard> in React 19's JSX: `import type {} from '@mv-feedback/widget/react'`
// once in the app. Types only: nothing of this reaches a bundle.
import type * as React from 'react';
import type { MvFeedback } from '../element/mv-feedback.js';
import type { MvFeedbackAttributes, MvFeedbackEventProps } from './mv-feedback-props.js';
import type { MvScorecard } from '../scorecard/mv-scorecard.js';
import type { MvScorecardAttributes } from './mv-scorecard-props.js';

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      'mv-feedback': React.DetailedHTMLProps<React.HTMLAttributes<MvFeedback>, MvFeedback> &
        MvFeedbackAttributes &
        MvFeedbackEventProps;
      'mv-scorecard': React.DetailedHTMLProps<React.HTMLAttributes<MvScorecard>, MvScorecard> & MvScorecardAttributes;
    }
  }
}
