import { chromiumLaunchOptions } from '../../../scripts/chromium.mjs';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRestAdapter } from '@okrkit/adapter-rest';
import { createOkrStore, type OkrStore } from '@okrkit/core';
import { chromium, type Browser } from 'playwright';
import { inject } from 'vitest';
import { startDemoServer, type DemoServer } from '../server/demo-server.mjs';

/** A fresh, empty PGlite folder (a copy of the one global setup initialised); `remove` deletes it. */
export async function tempDataDir(): Promise<{ path: string; remove(): Promise<void> }> {
  const parent = await mkdtemp(join(tmpdir(), 'okrkit-demo-data-'));
  const path = join(parent, 'pglite');
  await cp(inject('pgliteTemplateDir'), path, { recursive: true });
  return { path, remove: () => rm(parent, { recursive: true, force: true }) };
}

/** The demo server on any free loopback port, on `dataDir`, serving the page built for this run. */
export function startOn(dataDir: string): Promise<DemoServer> {
  return startDemoServer({ port: 0, host: '127.0.0.1', dataDir, distDir: inject('distDir') });
}

/** A store talking to the server as `personId`, the way the page does. */
export function storeFor(server: DemoServer, personId: string): OkrStore {
  const adapter = createRestAdapter({
    baseUrl: new URL('api/okr', server.url).href,
    headers: () => ({ 'x-okrkit-user': personId }),
    subscribe: false,
    retries: 0,
  });
  return createOkrStore({ adapter, now: () => new Date('2026-02-15T12:00:00Z') });
}


/** Headless Chromium from the system (`CHROMIUM_PATH`, else /usr/bin/chromium): `playwright install` is not used. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch(chromiumLaunchOptions);
}
