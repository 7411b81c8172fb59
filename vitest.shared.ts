// The Vitest settings every package's tests share; each package's vitest.config.ts re-exports them.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Property tests are CPU-bound, and CI runs every package's suite at once on two cores:
    // a run that takes one second alone can take ten there. A hung test still fails.
    testTimeout: 60_000,
  },
});
