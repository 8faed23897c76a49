// Vitest global setup of the tests in tests/: stop before the first test when
// a package's dist is older than its sources (see stale-builds.ts).
import { fileURLToPath } from 'node:url';
import { staleBuilds } from './stale-builds.js';

export default function setup(): void {
  const stale = staleBuilds(fileURLToPath(new URL('../..', import.meta.url)));
  if (stale.length > 0) throw new Error(`the tests in tests/ run the built packages:\n${stale.join('\n')}`);
}
