import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * The built package as a server (or a bundler's SSR pass) loads it: plain Node, no DOM.
 * Needs `pnpm build` first (turbo's `test` task should depend on the package's own `build`).
 */
const distEntry = fileURLToPath(new URL('../dist/index.js', import.meta.url));

describe('the built @okrkit/react in Node', () => {
  it('exists (run `pnpm --filter @okrkit/react build` first)', () => {
    expect(existsSync(distEntry)).toBe(true);
  });

  it('keeps the "use client" directive as the first statement of its entry', () => {
    expect(readFileSync(distEntry, 'utf8')).toMatch(/^(["'])use client\1;?\s*\n/);
  });

  it('given no window or document, when imported by its package name, it loads and exports the widgets', async () => {
    expect(typeof window).toBe('undefined');
    expect(typeof document).toBe('undefined');
    // By name, so Node resolves it through package.json "exports" like a host would.
    const okrkit = await import('@okrkit/react');
    for (const name of ['OkrProvider', 'KeyResultProgress', 'ObjectiveCard', 'CheckInDialog']) {
      expect(okrkit, name).toHaveProperty(name);
    }
  });
});
