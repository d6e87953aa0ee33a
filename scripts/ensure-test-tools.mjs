#!/usr/bin/env node
/**
 * First step of `pnpm test`: makes sure the tools the tests start are on this machine —
 * Chromium (real-browser tests, `CHROMIUM_PATH` or /usr/bin/chromium) and the PostgreSQL
 * server binaries (initdb, pg_ctl: adapter-postgres starts a throw-away cluster). Missing
 * ones are installed with apt-get when running as root on Debian/Ubuntu; otherwise it stops
 * at once with the exact command to run. `OKRKIT_SKIP_TOOL_CHECK=1` skips it.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));

/** Where Chromium is, or null. */
export function findChromium(env = process.env, exists = existsSync) {
  const candidates = [env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean);
  return candidates.find((candidate) => exists(candidate)) ?? null;
}

/** The folder holding initdb and pg_ctl, or null. */
export function findPostgres(env = process.env, exists = existsSync, list = (dir) => (exists(dir) ? readdirSync(dir) : [])) {
  const dirs = [
    ...list('/usr/lib/postgresql').map((version) => `/usr/lib/postgresql/${version}/bin`),
    ...(env.PATH ?? '').split(path.delimiter),
  ].filter(Boolean);
  return dirs.find((dir) => exists(path.join(dir, 'initdb')) && exists(path.join(dir, 'pg_ctl'))) ?? null;
}

/**
 * What to do about the missing tools: nothing, install (root on Debian), or stop with the
 * command a person must run.
 * @param {{ chromium: boolean, postgres: boolean, root: boolean, debian: boolean, platform?: string }} facts
 * @returns {{ action: 'none' } | { action: 'install', packages: string[] } | { action: 'stop', command: string, missing: string[] }}
 * @example plan({ chromium: false, postgres: true, root: false, debian: true })
 * // { action: 'stop', command: 'sudo apt-get update && sudo apt-get install -y --no-install-recommends chromium', missing: ['Chromium'] }
 */
export function plan({ chromium, postgres, root, debian, platform = process.platform }) {
  const packages = [...(chromium ? [] : ['chromium']), ...(postgres ? [] : ['postgresql'])];
  if (packages.length === 0) return { action: 'none' };
  if (root && debian) return { action: 'install', packages };
  const missing = [...(chromium ? [] : ['Chromium']), ...(postgres ? [] : ['the PostgreSQL server binaries (initdb, pg_ctl)'])];
  const brew = [...(chromium ? [] : ['brew install --cask chromium']), ...(postgres ? [] : ['brew install postgresql@15'])];
  const command = debian
    ? `sudo apt-get update && sudo apt-get install -y --no-install-recommends ${packages.join(' ')}`
    : platform === 'darwin'
      ? `${brew.join(' && ')}${chromium ? '' : ' && export CHROMIUM_PATH=/Applications/Chromium.app/Contents/MacOS/Chromium'}`
      : `install ${packages.join(' and ')} with your system's package manager${chromium ? '' : ', then set CHROMIUM_PATH to the browser'}`;
  return { action: 'stop', command, missing };
}

function isDebian() {
  try {
    return existsSync('/etc/debian_version') || /\b(debian|ubuntu)\b/i.test(readFileSync('/etc/os-release', 'utf8'));
  } catch {
    return false;
  }
}

function main() {
  if (process.env.OKRKIT_SKIP_TOOL_CHECK === '1') return 0;
  const facts = { chromium: findChromium() !== null, postgres: findPostgres() !== null, root: process.getuid?.() === 0, debian: isDebian() };
  const next = plan(facts);
  if (next.action === 'none') return 0;
  if (next.action === 'stop') {
    console.error(`ensure-test-tools: pnpm test needs ${next.missing.join(' and ')}, not found on this machine.\nRun:\n\n  ${next.command}\n\nthen pnpm test again.`);
    return 1;
  }
  console.log(`ensure-test-tools: installing ${next.packages.join(', ')} with apt-get…`);
  const run = (command, args) => execFileSync(command, args, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  if (next.packages.includes('chromium')) {
    run('apt-get', ['update', '-qq']);
    run('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'chromium']);
  }
  // The same script .ci/run uses: installs, and stops the cluster Debian starts by itself.
  if (next.packages.includes('postgresql')) run('bash', [path.join(here, 'install-postgres.sh')]);
  const missing = [findChromium() ? null : 'Chromium', findPostgres() ? null : 'PostgreSQL'].filter(Boolean);
  if (missing.length > 0) {
    console.error(`ensure-test-tools: ${missing.join(' and ')} still missing after apt-get`);
    return 1;
  }
  return 0;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) process.exitCode = main();
