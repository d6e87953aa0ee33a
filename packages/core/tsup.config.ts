import { defineConfig } from 'tsup';

export default defineConfig({
  entry: { index: 'src/index.ts', examples: 'src/examples/index.ts', testing: 'src/testing/index.ts', interchange: 'src/interchange/index.ts', cycle: 'src/cycle/index.ts' },
  external: ['vitest'],
  format: ['esm'],
  dts: true,
  clean: true,
  sourcemap: true,
  target: 'es2022',
  treeshake: true,
});
