/** Below this many responses no figure is published (docs/design.md §4). */
export const DEFAULT_MIN_N = 10;
/** Below this many the dashboard marks a score "few responses". */
export const FEW_RESPONSES_N = 30;
