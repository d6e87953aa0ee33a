import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { defineConfig } from 'tsup';

export default defineConfig({
  // One entry per locale (`@okrkit/react/locales/de` …): a host bundles only the set it imports.
  entry: {
    index: 'src/index.ts',
    'locales/en': 'src/locales/en.ts',
    'locales/de': 'src/locales/de.ts',
    'locales/fr': 'src/locales/fr.ts',
    'locales/es': 'src/locales/es.ts',
    'locales/vi': 'src/locales/vi.ts',
    'locales/zh': 'src/locales/zh.ts',
  },
  format: ['esm'],
  dts: true,
  clean: true,
  sourcemap: true,
  target: 'es2022',
  external: ['react', 'react-dom', '@okrkit/core', '@radix-ui/react-dialog'],
  // `process.env.NODE_ENV` stays in the dist as written: the host's bundler replaces it with
  // the host's build mode (see src/internal/is-development.ts). Replacing it here would bake
  // okrkit's own build mode into every host. No `env`/`define` for it, on purpose.
  replaceNodeEnv: false,
  // Rollup's pass after esbuild: one `import … from 'react'` for the whole file instead of one
  // per source module (about 60 in esbuild's output). A host that keeps React external (import
  // maps, ESM CDNs, the size budget) paid ~1 kB gzip for those repeated statements.
  treeshake: true,
  onSuccess: async () => {
    mkdirSync('dist', { recursive: true });
    copyFileSync('src/styles/styles.css', 'dist/styles.css');
    keepUseClient('dist/index.js');
  },
});

/**
 * Rollup drops module-level directives, so the entry gets its "use client" back here (React
 * Server Components need it first in the file) and its source map moves one line down to
 * match. Rollup also appends a second `sourceMappingURL` comment after esbuild's; one stays.
 */
function keepUseClient(file: string) {
  const code = readFileSync(file, 'utf8');
  if (/^(["'])use client\1/.test(code)) return;
  const body = code.replace(/(\/\/# sourceMappingURL=\S+\s*)+$/, `//# sourceMappingURL=${file.split('/').pop()}.map\n`);
  writeFileSync(file, `"use client";\n${body}`);
  const map = JSON.parse(readFileSync(`${file}.map`, 'utf8')) as { mappings: string };
  map.mappings = `;${map.mappings}`;
  writeFileSync(`${file}.map`, JSON.stringify(map));
}
