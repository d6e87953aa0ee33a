import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // The load test runs on its own (`test:load`), after everything else, on a quiet machine.
    include: process.env.OKRKIT_LOAD_TEST ? ['test/load.test.ts'] : ['test/**/*.test.ts'],
    exclude: process.env.OKRKIT_LOAD_TEST ? [] : ['test/load.test.ts', '**/node_modules/**'],
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
