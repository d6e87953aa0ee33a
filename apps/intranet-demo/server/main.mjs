/**
 * `pnpm start`: the okrkit intranet demo on http://127.0.0.1:4173/ (or the next free port).
 * Env: PORT, DATABASE_URL (PostgreSQL instead of PGlite), OKRKIT_DATA_DIR (PGlite's folder).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { defaultDataDir, defaultDistDir, startDemoServer } from './demo-server.mjs';

const port = process.env.PORT ? Number(process.env.PORT) : 4173;
if (!Number.isInteger(port) || port < 0 || port > 65_535) {
  console.error(`okrkit intranet demo: PORT must be a port number, got "${process.env.PORT}"`);
  process.exit(1);
}
if (!existsSync(join(defaultDistDir, 'index.html'))) {
  console.warn('okrkit intranet demo: the page is not built yet; run `pnpm --filter @okrkit/intranet-demo... build` (the API works meanwhile).');
}

let server;
try {
  server = await startDemoServer({
    port,
    databaseUrl: process.env.DATABASE_URL || undefined,
    dataDir: process.env.OKRKIT_DATA_DIR || defaultDataDir,
    log: (message) => console.error(message),
  });
} catch (error) {
  console.error(`okrkit intranet demo: could not start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
console.log(`okrkit intranet demo: ${server.url} (storage: ${server.storage}${server.seeded ? ', seeded with the domain examples' : ''})`);

let stopping = false;
async function stop(signal) {
  if (stopping) return;
  stopping = true;
  console.log(`okrkit intranet demo: ${signal}, shutting down`);
  // A second signal, or a close that hangs, ends the process anyway.
  setTimeout(() => process.exit(1), 5_000).unref();
  try {
    await server.close();
    process.exit(0);
  } catch (error) {
    console.error(error);
    process.exit(1);
  }
}
process.on('SIGINT', () => void stop('SIGINT'));
process.on('SIGTERM', () => void stop('SIGTERM'));
