#!/usr/bin/env node
/**
 * Packs the package in the current directory the way it would be published (pnpm pack
 * rewrites `workspace:` ranges), then checks the tarball with publint and
 * are-the-types-wrong (ESM-only profile). Exits non-zero on any problem.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const out = mkdtempSync(join(tmpdir(), 'okrkit-pack-'));
const bin = (name) => resolve(import.meta.dirname, '..', 'node_modules', '.bin', name);
const run = (command, args) => execFileSync(command, args, { stdio: 'inherit' });
try {
  execFileSync('pnpm', ['pack', '--pack-destination', out], { stdio: ['ignore', 'ignore', 'inherit'] });
  const tarball = readdirSync(out).find((file) => file.endsWith('.tgz'));
  if (!tarball) throw new Error('pnpm pack wrote no tarball');
  const path = join(out, tarball);
  console.log(`checking ${tarball}`);
  run(bin('publint'), ['run', path, '--strict']);
  // Stylesheet exports (`./styles.css`) are not modules: are-the-types-wrong checks JS entries only; publint checks them all.
  const exports = JSON.parse(readFileSync('package.json', 'utf8')).exports ?? {};
  const cssEntries = Object.keys(exports).filter((entry) => entry.endsWith('.css'));
  const exclude = cssEntries.length > 0 ? ['--exclude-entrypoints', ...cssEntries] : [];
  run(bin('attw'), [path, '--profile', 'esm-only', '--format', 'table-flipped', ...exclude]);
} finally {
  rmSync(out, { recursive: true, force: true });
}
