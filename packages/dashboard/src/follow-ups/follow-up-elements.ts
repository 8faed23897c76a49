// The follow-up parts of the dashboard, in a chunk of their own (docs/design.md
// §12): only admin and responder tokens fetch it.
import './follow-up-queue.js';
import './same-day-line.js';
