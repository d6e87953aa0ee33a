import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    environment: 'node',
    // Starts a throw-away PostgreSQL (or uses DATABASE_URL) once for every test file.
    globalSetup: ['test/global-setup.ts'],
    // PGlite takes seconds to start and the load test runs for several; 2-core machines.
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // One file at a time: the load test's figures mean something only on a quiet machine.
    fileParallelism: false,
  },
});
