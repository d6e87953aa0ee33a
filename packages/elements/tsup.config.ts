import { defineConfig } from 'tsup';

export default defineConfig([
  {
    // For hosts that have React: React, ReactDOM and okrkit's packages stay imports.
    entry: { index: 'src/index.ts' },
    format: ['esm'],
    dts: true,
    clean: true,
    sourcemap: true,
    target: 'es2022',
    external: ['react', 'react-dom', '@okrkit/core', '@okrkit/react', '@okrkit/adapter-rest'],
    // The stylesheet goes into the shadow roots as text, so it is part of the module.
    noExternal: ['@okrkit/react/styles.css'],
    loader: { '.css': 'text' },
    replaceNodeEnv: false,
  },
  {
    // For pages without a build step: one ES module with everything (the locales are chunks beside it).
    entry: { 'okrkit-elements': 'src/bundle.ts' },
    format: ['esm'],
    dts: false,
    clean: false,
    // No map: it would be 3.5 MB of React in the tarball.
    sourcemap: false,
    minify: true,
    splitting: true,
    platform: 'browser',
    target: 'es2022',
    noExternal: [/.*/],
    loader: { '.css': 'text' },
    env: { NODE_ENV: 'production' },
  },
]);
