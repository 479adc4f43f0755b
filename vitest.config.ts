import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Builds dist/ once for the build and browser tests; unit tests do not need it.
    globalSetup: process.env.BDHVS_UNIT_ONLY === '1' ? [] : ['tests/helpers/build.ts'],
    // Build and browser tests build the site once each; give them room on a 2-core machine.
    testTimeout: 30_000,
    hookTimeout: 600_000,
    fileParallelism: false,
  },
});
