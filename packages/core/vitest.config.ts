import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    environment: 'node',
    // Generous: on a 2-core CI machine the generated 5,000-objective organisations share the CPU with other packages' tests.
    testTimeout: 30_000,
  },
});
