import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// Two projects: fast unit/component/simulator tests, and e2e in real browsers (one file at a time: 2 cores).
export default defineConfig({
  test: {
    reporters: ['default', './test/summary-reporter.ts'],
    // One folder for every file's media files, removed after the run (test/media-folder.ts says why).
    globalSetup: ['./test/media-folder.ts'],
    projects: [
      {
        plugins: [WxtVitest()],
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.{ts,tsx}', 'test/sim/**/*.test.ts'],
          environment: 'node',
          // Every language's strings, loaded once: tests switch languages synchronously, as views do once loaded.
          setupFiles: ['./test/unit/i18n/setup.ts'],
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          globalSetup: ['./test/e2e/harness/global-setup.ts'],
          environment: 'node',
          fileParallelism: false,
          // The longest test waits out the client's 20 s give-up; most take 2–10 s. Test limits sit above the sum of
          // their own waits, so the wait that failed reports, not the test's clock.
          testTimeout: 90_000,
          // beforeAll starts a browser (4–7 s, 15–20 s under load) and connects; afterAll closes it.
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
