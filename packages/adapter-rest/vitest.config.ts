import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['test/**/*.test.ts'], exclude: ['test/**/*.heap.test.ts'], environment: 'node' } },
      // Heap measurements need `global.gc`, and a worker of their own so other files' garbage is not counted.
      { test: { name: 'heap', include: ['test/**/*.heap.test.ts'], environment: 'node', execArgv: ['--expose-gc'], testTimeout: 240_000 } },
    ],
  },
});
