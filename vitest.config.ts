import { defineConfig } from 'vitest/config';

/**
 * `npm test` runs both projects: `unit` (the core, scripts, the site's view model) and `browser` (the built
 * fixture site in headless Chromium; its global setup builds the site once for all browser test files).
 */
export default defineConfig({
  test: {
    // `npm test` prints a coverage summary of the core, the site model and the scripts (what the unit tests reach;
    // the Astro pages are covered by the browser tests, which V8 coverage of this process cannot see).
    coverage: {
      provider: 'v8',
      include: ['src/**/*.ts', 'scripts/**/*.ts'],
      reporter: ['text-summary'],
    },
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/**/*.test.ts'],
          exclude: ['test/browser/**', '**/node_modules/**'],
          environment: 'node',
          testTimeout: 60_000,
          // Workers are reused across files: importing the core anew for each of ~150 files took half the run
          // (unit suite 91 s -> 43 s on 2 cores). Tests keep no state between files (temporary folders are theirs).
          isolate: false,
        },
      },
      './vitest.browser.config.ts',
    ],
  },
});
