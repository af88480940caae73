import { defineConfig } from 'vitest/config';

/**
 * `npm test` runs both projects: `unit` (the core, scripts, the site's view model) and `browser` (the built
 * fixture site in headless Chromium; its global setup builds the site once for all browser test files).
 */
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/**/*.test.ts'],
          exclude: ['test/browser/**', '**/node_modules/**'],
          environment: 'node',
          testTimeout: 60_000,
        },
      },
      './vitest.browser.config.ts',
    ],
  },
});
