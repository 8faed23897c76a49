// The drop-in bundle: `<script type="module" src="…/mv-scorecard.js">` defines <mv-scorecard>.
// It exports nothing, so that the build can wrap it to do nothing on a server (rollup.config.mjs).
import './scorecard/mv-scorecard.js';
