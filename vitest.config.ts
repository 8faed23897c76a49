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
    include: ['packages/*/src/**/*.test.ts', 'tests/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    maxWorkers: 2,
  },
});
