import { defineConfig } from 'tsup';

export default defineConfig({
  // Two entries: the browser client, and the server half that may use Node's types.
  entry: { index: 'src/index.ts', server: 'src/server.ts' },
  format: ['esm'],
  dts: true,
  clean: true,
  sourcemap: true,
  target: 'es2022',
});
