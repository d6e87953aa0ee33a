import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/**
 * The page's build. `pnpm start` serves `dist/` from `server/main.mjs`; with `vite dev`
 * the API is proxied to that server (start it first, it listens on 4173).
 */
export default defineConfig({
  plugins: [react()],
  build: { outDir: 'dist', sourcemap: true, emptyOutDir: true },
  server: {
    host: '127.0.0.1',
    proxy: { '/api': { target: `http://127.0.0.1:${process.env.PORT ?? 4173}`, changeOrigin: false } },
  },
});
