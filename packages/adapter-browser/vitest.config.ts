import { playwright } from '@vitest/browser-playwright';
import { chromiumLaunchOptions } from '../../scripts/chromium.mjs';
import { defineConfig } from 'vitest/config';
import { secondTabCommands } from './test/second-tab.commands.js';


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
              launchOptions: chromiumLaunchOptions,
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
