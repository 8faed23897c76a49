// The drop-in bundle: `<script type="module" src="…/mv-feedback.js">` defines <mv-feedback>.
// It exports nothing, so that the build can wrap it to do nothing on a server (rollup.config.mjs).
import './element/mv-feedback.js';
