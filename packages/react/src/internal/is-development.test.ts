import { afterEach, describe, expect, it, vi } from 'vitest';
import { isDevelopment } from './is-development';

/**
 * The function as a host's bundler leaves it: `process.env.NODE_ENV` replaced by the host's
 * mode, then run where there is no `process` at all (a browser).
 */
function asBundledForBrowser(mode: string | null): boolean {
  const source = mode === null ? isDevelopment.toString() : isDevelopment.toString().replaceAll('process.env.NODE_ENV', JSON.stringify(mode));
  return new Function('process', `return (${source})();`)(undefined) as boolean;
}

describe('isDevelopment (dev-only warnings)', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  it('given Node in development or production (SSR, tests), it reads NODE_ENV', () => {
    vi.stubEnv('NODE_ENV', 'development');
    expect(isDevelopment()).toBe(true);
    vi.stubEnv('NODE_ENV', 'production');
    expect(isDevelopment()).toBe(false);
  });

  it('given a host bundle for the browser, the host’s mode decides, though the page has no `process`', () => {
    expect(isDevelopment.toString()).toContain('process.env.NODE_ENV');
    expect(asBundledForBrowser('development')).toBe(true);
    expect(asBundledForBrowser('production')).toBe(false);
  });

  it('given a browser loading the file unbundled (no `process`, nothing replaced), it stays quiet', () => {
    expect(asBundledForBrowser(null)).toBe(false);
  });
});
