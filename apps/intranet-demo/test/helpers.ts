import { chromiumLaunchOptions } from '../../../scripts/chromium.mjs';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRestAdapter } from '@okrkit/adapter-rest';
import { createOkrStore, type OkrStore } from '@okrkit/core';
import { chromium, type Browser, type Page } from 'playwright';
import { afterAll, beforeAll, inject } from 'vitest';
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

/** What {@link useDemoServer} sets up for a test file; `server` may be replaced (a restart test). */
export interface DemoTestContext {
  dataDir: Awaited<ReturnType<typeof tempDataDir>>;
  server: DemoServer;
  browser: Browser;
}

/**
 * Registers the usual set-up of a demo test file: a fresh PGlite folder, the server on it
 * and, with `{ browser: true }`, headless Chromium; all closed and removed after the file.
 */
export function useDemoServer(options: { browser?: boolean } = {}): DemoTestContext {
  const context = {} as DemoTestContext;
  beforeAll(async () => {
    context.dataDir = await tempDataDir();
    const [server, browser] = await Promise.all([startOn(context.dataDir.path), options.browser ? launchChromium() : undefined]);
    context.server = server;
    if (browser) context.browser = browser;
  });
  afterAll(async () => {
    await context.browser?.close();
    await context.server?.close();
    await context.dataDir?.remove();
  });
  return context;
}

/**
 * A page in a British browser (1280 × 1000), signed in as the default person (Priya Nair,
 * Growth), on the OKR page; page errors and console errors collected in `failures`.
 */
export async function openDefaultPage(demo: DemoTestContext): Promise<{ page: Page; failures: string[] }> {
  const page = await demo.browser.newPage({ locale: 'en-GB', viewport: { width: 1280, height: 1000 } });
  const failures: string[] = [];
  page.on('pageerror', (error) => failures.push(error.message));
  page.on('console', (message) => void (message.type() === 'error' && failures.push(message.text())));
  await page.goto(demo.server.url);
  await page.getByRole('heading', { level: 1, name: 'Objectives and key results' }).waitFor();
  return { page, failures };
}
