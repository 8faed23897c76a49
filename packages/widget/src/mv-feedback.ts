// The drop-in bundle: `<script type="module" src="…/mv-feedback.js">` defines <mv-feedback>.
export { MvFeedback } from './element/mv-feedback.js';
