import { copyFileSync, mkdirSync } from 'node:fs';
import { defineConfig } from 'tsup';

export default defineConfig({
  entry: { index: 'src/index.ts' },
  format: ['esm'],
  dts: true,
  clean: true,
  sourcemap: true,
  target: 'es2022',
  external: ['react', 'react-dom', '@okrkit/core', '@radix-ui/react-dialog'],
  onSuccess: async () => {
    mkdirSync('dist', { recursive: true });
    copyFileSync('src/styles/styles.css', 'dist/styles.css');
  },
});
