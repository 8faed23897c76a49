// What a template may set on <mv-feedback>, for every framework's typings.
import type { Channel } from '@mv-feedback/scoring';
import type { MvFeedback } from '../element/mv-feedback.js';
import type { MvFeedbackEventMap } from '../element/events.js';

/** The attributes of <mv-feedback> as a template writes them (README, "Attributes and properties"). */
export interface MvFeedbackAttributes {
  endpoint?: string;
  survey?: string;
  department?: string;
  channel?: Channel;
  interaction?: string;
  mode?: MvFeedback['mode'];
  /** Kiosk: seconds before the survey is blank again, as a number or its digits. */
  'reset-after'?: number | `${number}`;
  'show-reference'?: boolean;
  'no-impression'?: boolean;
  'help-href'?: string;
}

/**
 * `on` and the event's name: how React 19 and Svelte 5 listen to a
 * custom element's events from a template.
 */
export type MvFeedbackEventProps = {
  [Name in keyof MvFeedbackEventMap as `on${Name}`]?: (event: MvFeedbackEventMap[Name]) => void;
};
