import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    environment: 'node',
    // Builds the page once into a temp folder for every test file.
    globalSetup: ['test/global-setup.ts'],
    // PGlite on disk takes a second or more to open; the machine has 2 cores.
    testTimeout: 30_000,
    hookTimeout: 60_000,
    fileParallelism: false,
  },
});
