import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import react from '@vitejs/plugin-react';
import { playwright } from '@vitest/browser-playwright';
import { chromiumLaunchOptions } from '../../scripts/chromium.mjs';
import { defineConfig, type TestProjectInlineConfiguration } from 'vitest/config';

const dirname = import.meta.dirname ?? path.dirname(fileURLToPath(import.meta.url));
const storybookConfigDir = path.resolve(dirname, '../../.storybook');


/**
 * happy-dom tests share two cores with Chromium during a full run; the default 5 s is
 * tight for a test that types into a dialog.
 */
const testTimeout = 15_000;

/** Component tests beside the code, plus cross-cutting ones in test/ (the SSR/package ones run in Node). */
const componentTests = ['src/**/*.test.{ts,tsx}', 'test/**/*.test.{ts,tsx}'];
const nodeTests = ['test/ssr.test.tsx', 'test/package.node.test.ts', 'test/storybook-config.node.test.ts', 'test/styles.node.test.ts'];

/**
 * React 18 stand-ins for every React entry point. Vite applies these to our source; the
 * register hook in test/react-18/ applies the same map inside node_modules (react-dom@18's
 * own `require('react')` and @testing-library/react would otherwise get React 19, which
 * pnpm linked as react-dom-18's peer).
 */
const react18Alias = [
  { find: /^react$/, replacement: 'react-18' },
  { find: /^react\/(.*)$/, replacement: 'react-18/$1' },
  { find: /^react-dom$/, replacement: 'react-dom-18' },
  { find: /^react-dom\/(.*)$/, replacement: 'react-dom-18/$1' },
];

const projects: TestProjectInlineConfiguration[] = [
  {
    // Every story is a test in real Chromium: it renders, runs its `play` function and
    // passes axe (`parameters.a11y.test = 'error'` in .storybook/preview.tsx).
    plugins: [storybookTest({ configDir: storybookConfigDir })],
    test: {
      // This exact name is how Storybook's "Run tests" button finds the project.
      name: `storybook:${storybookConfigDir}`,
      browser: {
        enabled: true,
        headless: true,
        provider: playwright({
          launchOptions: chromiumLaunchOptions,
        }),
        instances: [{ browser: 'chromium' }],
      },
    },
  },
  {
    plugins: [react()],
    test: {
      name: 'unit',
      include: componentTests,
      exclude: nodeTests,
      environment: 'happy-dom',
      setupFiles: ['test/setup/dom.ts'],
      testTimeout,
    },
  },
  {
    // The same component tests and the SSR/hydration test, on React 18.
    plugins: [react()],
    resolve: { alias: react18Alias },
    test: {
      name: 'react18',
      include: [...componentTests],
      exclude: ['test/package.node.test.ts', 'test/storybook-config.node.test.ts', 'test/styles.node.test.ts'],
      environment: 'happy-dom',
      setupFiles: ['test/setup/dom.ts'],
      testTimeout,
      env: { OKRKIT_REACT_MAJOR: '18' },
      execArgv: ['--import', path.join(dirname, 'test/react-18/register.mjs')],
    },
  },
  {
    plugins: [react()],
    test: {
      name: 'ssr',
      include: nodeTests,
      environment: 'node',
      // Node itself loads the built package, as a host's server would (not Vite's transform).
      server: { deps: { external: [/\/dist\//] } },
    },
  },
];

/**
 * `vitest run` here runs every project: stories in Chromium, component tests on React 19
 * and 18 (happy-dom), and server rendering + hydration + the built package in Node.
 * `vitest run --project unit` picks one.
 */
export default defineConfig({
  test: { projects },
});
