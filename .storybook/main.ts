import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { StorybookConfig } from '@storybook/react-vite';

/**
 * Storybook lives at the repository root (stories sit beside their components), but its
 * packages are dev dependencies of @okrkit/react: pnpm links them only there. Resolve
 * every framework/addon from that package so this config works from any working directory
 * (`storybook dev -c .storybook`, the Vitest plugin, the UI's test runner).
 */
const here = dirname(fileURLToPath(import.meta.url));
const reactPackage = join(here, '../packages/react');
const requireFromReact = createRequire(join(reactPackage, 'package.json'));
const packageDir = (name: string): string => dirname(requireFromReact.resolve(`${name}/package.json`));

const config: StorybookConfig = {
  // Add '../packages/react/src/**/*.mdx' here once a docs page exists (an empty glob warns on every run).
  stories: ['../packages/react/src/**/*.stories.@(ts|tsx)'],
  framework: { name: packageDir('@storybook/react-vite'), options: {} },
  addons: [packageDir('@storybook/addon-docs'), packageDir('@storybook/addon-a11y'), packageDir('@storybook/addon-vitest')],
  core: {
    // A closed network makes every telemetry call time out (~7 s per build).
    disableTelemetry: true,
  },
  viteFinal: async (viteConfig) => {
    // .storybook/preview.tsx imports React (JSX runtime) from outside any package that
    // depends on it; point those imports at the one React copy the components use.
    const reactDir = packageDir('react');
    const reactDomDir = packageDir('react-dom');
    const alias = [
      { find: /^react$/, replacement: reactDir },
      { find: /^react\/(.*)$/, replacement: `${reactDir}/$1` },
      { find: /^react-dom$/, replacement: reactDomDir },
      { find: /^react-dom\/(.*)$/, replacement: `${reactDomDir}/$1` },
    ];
    const existing = viteConfig.resolve?.alias;
    const existingList = Array.isArray(existing)
      ? existing
      : Object.entries(existing ?? {}).map(([find, replacement]) => ({ find, replacement: replacement as string }));
    return {
      ...viteConfig,
      // Vite resolves bare imports (Storybook's own runtime, the Vitest plugin's setup
      // files) from its root; the default, this folder's parent, has no node_modules with them.
      root: reactPackage,
      resolve: { ...viteConfig.resolve, alias: [...alias, ...existingList] },
      // papaparse (CommonJS, under @okrkit/core/interchange) is found only when a story imports
      // the import dialog; pre-bundled up front, Vite does not reload the page mid-test to add it.
      optimizeDeps: { ...viteConfig.optimizeDeps, include: [...(viteConfig.optimizeDeps?.include ?? []), '@okrkit/core > papaparse'] },
    };
  },
};

export default config;
