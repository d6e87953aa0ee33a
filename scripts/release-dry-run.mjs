#!/usr/bin/env node
/**
 * `pnpm release:dry-run`: what `pnpm release` would publish, checked without publishing.
 * For every public workspace package: packs it as `pnpm publish` would (`workspace:` ranges
 * rewritten to versions), refuses a manifest that still holds a `workspace:` range, runs
 * publint (strict) and are-the-types-wrong (`--profile esm-only`) on the tarball, and prints
 * name, version, the version pending changesets would give it, files and size.
 * Needs the packages built (`pnpm build`); exits non-zero on any problem.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const bin = (name) => path.join(root, 'node_modules', '.bin', name);
const quiet = (command, args, options = {}) => execFileSync(command, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], ...options });

/** The public packages under packages/, by folder. */
export function publicPackages(dir = path.join(root, 'packages')) {
  return readdirSync(dir)
    .map((name) => path.join(dir, name))
    .filter((folder) => existsSync(path.join(folder, 'package.json')))
    .map((folder) => ({ folder, manifest: JSON.parse(readFileSync(path.join(folder, 'package.json'), 'utf8')) }))
    .filter(({ manifest }) => manifest.private !== true);
}

/** Dependency ranges that would reach the registry unresolved (`workspace:`, `link:`, `file:`). */
export function unresolvedRanges(manifest) {
  const found = [];
  for (const field of ['dependencies', 'peerDependencies', 'optionalDependencies']) {
    for (const [name, range] of Object.entries(manifest[field] ?? {})) if (/^(workspace|link|file):/.test(String(range))) found.push(`${field}.${name}: ${range}`);
  }
  return found;
}

/** The versions pending changesets would give each package (empty when none are pending). */
function pendingVersions() {
  const out = path.join(mkdtempSync(path.join(tmpdir(), 'okrkit-status-')), 'status.json');
  try {
    quiet(bin('changeset'), ['status', '--output', out], { cwd: root });
    return new Map(JSON.parse(readFileSync(out, 'utf8')).releases.map((release) => [release.name, `${release.newVersion} (${release.type})`]));
  } catch {
    return new Map();
  } finally {
    rmSync(path.dirname(out), { recursive: true, force: true });
  }
}

function main() {
  const pending = pendingVersions();
  const out = mkdtempSync(path.join(tmpdir(), 'okrkit-release-'));
  const problems = [];
  const rows = [];
  try {
    for (const { folder, manifest } of publicPackages()) {
      const before = new Set(readdirSync(out));
      quiet('pnpm', ['pack', '--pack-destination', out], { cwd: folder });
      const tarball = readdirSync(out).find((file) => file.endsWith('.tgz') && !before.has(file));
      if (!tarball) {
        problems.push(`${manifest.name}: pnpm pack wrote no tarball`);
        continue;
      }
      const file = path.join(out, tarball);
      const listing = quiet('tar', ['-tzf', file]).trim().split('\n');
      const packed = JSON.parse(quiet('tar', ['-xzOf', file, 'package/package.json']));
      for (const range of unresolvedRanges(packed)) problems.push(`${manifest.name}: ${range} left in the packed manifest`);
      try {
        quiet(bin('publint'), ['run', file, '--strict']);
      } catch (error) {
        problems.push(`${manifest.name}: publint\n${error.stdout ?? ''}${error.stderr ?? ''}`);
      }
      const cssEntries = Object.keys(packed.exports ?? {}).filter((entry) => entry.endsWith('.css'));
      try {
        quiet(bin('attw'), [file, '--profile', 'esm-only', '--format', 'table-flipped', ...(cssEntries.length > 0 ? ['--exclude-entrypoints', ...cssEntries] : [])]);
      } catch (error) {
        problems.push(`${manifest.name}: are-the-types-wrong\n${error.stdout ?? ''}`);
      }
      const internal = Object.entries({ ...packed.dependencies, ...packed.peerDependencies }).filter(([name]) => name.startsWith('@okrkit/'));
      rows.push([
        `${packed.name}@${packed.version}`,
        pending.get(packed.name) ?? '—',
        `${listing.length} files, ${(statSync(file).size / 1024).toFixed(1)} kB`,
        internal.map(([name, range]) => `${name} ${range}`).join(', ') || '—',
      ]);
    }
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
  const header = ['package', 'next (changesets)', 'tarball', '@okrkit ranges as published'];
  const widths = header.map((title, at) => Math.max(title.length, ...rows.map((row) => row[at].length)));
  const line = (cells) => cells.map((cell, at) => cell.padEnd(widths[at])).join('  ');
  console.log(`release dry run: ${rows.length} packages would be published (nothing was)\n`);
  console.log(line(header));
  for (const row of rows) console.log(line(row));
  if (problems.length > 0) {
    console.error(`\n${problems.length} problem(s):\n${problems.join('\n')}`);
    return 1;
  }
  console.log('\npublint --strict and attw --profile esm-only: clean; no workspace: ranges in the tarballs');
  return 0;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) process.exitCode = main();
