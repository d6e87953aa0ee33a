import { execFileSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** A PostgreSQL server the tests may create schemas in. */
    databaseUrl: string;
  }
}

/**
 * Gives the tests a real PostgreSQL server: `DATABASE_URL` when it is set, otherwise a
 * throw-away cluster started here (initdb + pg_ctl into a temp dir, 127.0.0.1 on a free
 * port, fsync off) and deleted at teardown. No binaries is a failure, not a skip: the
 * real-server tests are part of `pnpm test`.
 */
export default async function setup(project: TestProject): Promise<(() => void) | undefined> {
  const fromEnvironment = process.env.DATABASE_URL;
  if (fromEnvironment) {
    project.provide('databaseUrl', fromEnvironment);
    return undefined;
  }
  const binaries = findBinaries();
  const port = await freePort();
  const asRoot = process.getuid?.() === 0;
  removeAbandonedClusters(binaries.pgCtl, asRoot);
  const directory = mkdtempSync(join(tmpdir(), 'okrkit-pg-'));
  writeFileSync(join(directory, 'owner.pid'), String(process.pid));
  const dataDirectory = join(directory, 'data');
  // initdb and postgres refuse to run as root: hand the directory to the postgres user.
  if (asRoot) {
    const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim());
    const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim());
    chownSync(directory, uid, gid);
  }
  const run = (binary: string, args: string[]) => runAs(asRoot, binary, args, directory);
  const stop = () => {
    try {
      run(binaries.pgCtl, ['-D', dataDirectory, '-m', 'immediate', '-w', 'stop']);
    } catch {
      // Already stopped, or never started: the directory is removed either way.
    }
    rmSync(directory, { recursive: true, force: true });
  };
  try {
    run(binaries.initdb, ['-D', dataDirectory, '-U', 'postgres', '--auth=trust', '--encoding=UTF8', '--no-locale', '--no-sync']);
    const serverOptions = [
      `-p ${port}`,
      `-k ${directory}`,
      '-c listen_addresses=127.0.0.1',
      '-c fsync=off',
      '-c synchronous_commit=off',
      '-c full_page_writes=off',
      '-c max_connections=200',
    ].join(' ');
    run(binaries.pgCtl, ['-D', dataDirectory, '-o', serverOptions, '-l', join(directory, 'server.log'), '-w', '-t', '60', 'start']);
  } catch (error) {
    const output = (error as { stderr?: Buffer }).stderr?.toString() ?? '';
    stop();
    throw new Error(`could not start a throw-away PostgreSQL with ${binaries.initdb}: ${String(error)}\n${output}`);
  }
  project.provide('databaseUrl', `postgresql://postgres@127.0.0.1:${port}/postgres`);
  return stop;
}

function runAs(asRoot: boolean, binary: string, args: string[], cwd?: string): void {
  const [command, commandArgs] = asRoot ? ['runuser', ['-u', 'postgres', '--', binary, ...args]] : [binary, args];
  execFileSync(command, commandArgs, { stdio: ['ignore', 'pipe', 'pipe'], cwd, timeout: 60_000 });
}

/**
 * A run killed before its teardown (Ctrl-C, a CI timeout) leaves its cluster running: stop and
 * delete those whose owning process is gone, so they do not pile up.
 */
function removeAbandonedClusters(pgCtl: string, asRoot: boolean): void {
  for (const name of readdirSync(tmpdir()).filter((entry) => entry.startsWith('okrkit-pg-'))) {
    const directory = join(tmpdir(), name);
    let owner = 0;
    try {
      owner = Number(readFileSync(join(directory, 'owner.pid'), 'utf8'));
    } catch {
      // No owner file yet: another run may be creating it this instant; leave young ones alone.
      if (Date.now() - statSync(directory).mtimeMs < 10 * 60_000) continue;
    }
    if (owner > 0 && isAlive(owner)) continue;
    try {
      if (existsSync(join(directory, 'data'))) runAs(asRoot, pgCtl, ['-D', join(directory, 'data'), '-m', 'immediate', '-w', 'stop']);
    } catch {
      // Already stopped: removing the directory is all that is left.
    }
    rmSync(directory, { recursive: true, force: true });
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as { code?: string }).code === 'EPERM';
  }
}

function findBinaries(): { initdb: string; pgCtl: string } {
  const candidates: string[] = [];
  const debianRoot = '/usr/lib/postgresql';
  if (existsSync(debianRoot)) {
    // Newest major version first.
    const versions = readdirSync(debianRoot).sort((a, b) => Number(b) - Number(a));
    candidates.push(...versions.map((version) => join(debianRoot, version, 'bin')));
  }
  candidates.push(...(process.env.PATH ?? '').split(':').filter(Boolean));
  for (const directory of candidates) {
    const initdb = join(directory, 'initdb');
    const pgCtl = join(directory, 'pg_ctl');
    if (existsSync(initdb) && existsSync(pgCtl)) return { initdb, pgCtl };
  }
  throw new Error(
    'The PostgreSQL tests need a real server, and none was found: DATABASE_URL is not set and ' +
      'initdb/pg_ctl are neither in /usr/lib/postgresql/*/bin nor on PATH. ' +
      'Run `bash scripts/install-postgres.sh` (installs the Debian package), or set DATABASE_URL.',
  );
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}
