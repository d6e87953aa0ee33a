import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';
import { secondTabCommands } from './test/second-tab.commands.js';

/** Chromium's flags for a headless run on a CI box; no `--user-data-dir` (Playwright owns that). */
const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/**
 * The adapter is tested in real Chromium (IndexedDB and BroadcastChannel as users get
 * them). Playwright's own browser download does not work on this machine: point at a
 * system Chromium instead (`CHROMIUM_PATH` overrides). A small Node project checks that the
 * package imports and fails cleanly during server-side rendering.
 */
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'chromium',
          include: ['test/**/*.test.ts'],
          exclude: ['test/**/*.node.test.ts'],
          browser: {
            enabled: true,
            headless: true,
            provider: playwright({
              launchOptions: { executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: chromiumArgs },
            }),
            instances: [{ browser: 'chromium' }],
            commands: secondTabCommands,
            // Storage tests have nothing to see; keep failure screenshots out of the source tree.
            screenshotFailures: false,
          },
        },
      },
      { test: { name: 'node', include: ['test/**/*.node.test.ts'], environment: 'node' } },
    ],
  },
});
