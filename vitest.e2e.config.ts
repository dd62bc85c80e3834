import { defineConfig } from 'vitest/config';

/**
 * Browser tests: Debian's Chromium driven by playwright-core against the
 * built renderer served on 127.0.0.1. One file at a time: the machines have
 * two cores and each file starts its own browser.
 */
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.ts'],
    environment: 'node',
    testTimeout: 120_000,
    hookTimeout: 120_000,
    fileParallelism: false,
    pool: 'forks',
    // One retry: the Trao đổi dữ liệu page intermittently fails to render its
    // export panel under load (seen once in eight clean runs, cause not yet
    // found; see the stop note). A test that fails twice still fails.
    retry: 1,
  },
});
