import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const src = (path: string) => fileURLToPath(new URL(path, import.meta.url));

export default defineConfig({
  resolve: {
    alias: [
      { find: /^@mv-feedback\/scoring\/browser$/, replacement: src('./packages/scoring/src/browser.ts') },
      { find: /^@mv-feedback\/scoring$/, replacement: src('./packages/scoring/src/index.ts') },
      { find: /^@mv-feedback\/server$/, replacement: src('./packages/server/src/index.ts') },
    ],
  },
  test: {
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    maxWorkers: 2,
    projects: [
      // Unit tests beside their code (packages/*/src/**), in-process app.request() tests included.
      { extends: true, test: { name: 'unit', include: ['packages/*/src/**/*.test.ts'] } },
      // Tests across packages, with a server, a browser or the built CLI: they run packages/*/dist,
      // so a dist older than its sources stops them before the first test.
      {
        extends: true,
        test: {
          name: 'integration',
          include: ['tests/**/*.test.ts'],
          globalSetup: ['tests/support/fresh-builds.global-setup.ts'],
        },
      },
    ],
  },
});
