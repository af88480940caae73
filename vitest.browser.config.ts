import { defineConfig } from 'vitest/config';

/**
 * Browser tests of the built citizen site: the global setup builds
 * test/fixtures/site-content once into a temporary directory, serves it on
 * 127.0.0.1 and the tests drive a real headless Chromium (playwright-core;
 * CHROMIUM_PATH or /usr/bin/chromium).
 */
export default defineConfig({
  test: {
    name: 'browser',
    include: ['test/browser/**/*.test.ts'],
    environment: 'node',
    globalSetup: ['test/browser/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 180_000,
    // One Chromium at a time: the machines have two cores.
    fileParallelism: false,
  },
});
