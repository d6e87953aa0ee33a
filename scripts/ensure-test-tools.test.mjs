// node --test: the decisions of ensure-test-tools (the first step of pnpm test), without touching the machine.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findChromium, findPostgres, plan } from './ensure-test-tools.mjs';

describe('ensure-test-tools', () => {
  it('given both tools, it does nothing', () => {
    assert.deepEqual(plan({ chromium: true, postgres: true, root: false, debian: true }), { action: 'none' });
  });

  it('given root on Debian with both missing, it installs both with apt-get', () => {
    assert.deepEqual(plan({ chromium: false, postgres: false, root: true, debian: true }), { action: 'install', packages: ['chromium', 'postgresql'] });
  });

  it('given a Debian user who is not root, it stops with the exact apt-get command for what is missing', () => {
    const next = plan({ chromium: true, postgres: false, root: false, debian: true });
    assert.equal(next.action, 'stop');
    assert.equal(next.command, 'sudo apt-get update && sudo apt-get install -y --no-install-recommends postgresql');
    assert.deepEqual(next.missing, ['the PostgreSQL server binaries (initdb, pg_ctl)']);
  });

  it('given macOS without Chromium, it stops with the brew command and the CHROMIUM_PATH to set', () => {
    const next = plan({ chromium: false, postgres: true, root: false, debian: false, platform: 'darwin' });
    assert.equal(next.command, 'brew install --cask chromium && export CHROMIUM_PATH=/Applications/Chromium.app/Contents/MacOS/Chromium');
  });

  it('given CHROMIUM_PATH, it finds Chromium there; given Debian’s layout, it finds initdb and pg_ctl under /usr/lib/postgresql', () => {
    const files = new Set(['/opt/chrome', '/usr/lib/postgresql', '/usr/lib/postgresql/15/bin/initdb', '/usr/lib/postgresql/15/bin/pg_ctl']);
    const exists = (file) => files.has(file);
    assert.equal(findChromium({ CHROMIUM_PATH: '/opt/chrome' }, exists), '/opt/chrome');
    assert.equal(findChromium({}, exists), null);
    assert.equal(findPostgres({ PATH: '/usr/bin' }, exists, (dir) => (dir === '/usr/lib/postgresql' ? ['15'] : [])), '/usr/lib/postgresql/15/bin');
    assert.equal(findPostgres({ PATH: '/usr/bin' }, () => false, () => []), null);
  });
});
