import { defineConfig } from 'vitest/config';

// Starting PGlite takes seconds (more on a busy machine): the first test of a fresh instance waits for it.
export default defineConfig({ test: { include: ['*.test.ts'], testTimeout: 30_000, hookTimeout: 60_000 } });
