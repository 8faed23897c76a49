// What only a signed-in page draws, in a chunk of its own: the sign-in view
// loads without it, and signing in fetches it beside the token check.
import '../components/filter-bar.js';
import '../components/standards-table.js';
import '../components/trend-section.js';
import '../components/comments-list.js';
import '../components/department-grid.js';
import '../invite/invite-residents.js';
