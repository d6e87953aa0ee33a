/**
 * What every in-browser okrkit benchmark does around its measurements: build its page with Vite
 * (production React, okrkit from the working tree's sources), serve it from 127.0.0.1, launch
 * Debian's Chromium through Playwright, open pages that report `window.__bench.ready`, and stop
 * the browser and the server and delete the build however the run ends.
 *
 *   import { runInBrowser, openBenchPage } from '../browser-runner.mjs';
 *   await runInBrowser({ name: 'objective-list', pageRoot, reactSource, runLimitMs: 4 * 60_000 }, async ({ context, origin }) => {
 *     const page = await openBenchPage(context, `${origin}/index.html?lib=okrkit`);
 *     …
 *   });
 */
import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { chromium } from 'playwright';
import { build } from 'vite';
import { chromiumLaunchOptions } from '../scripts/chromium.mjs';
import { serveStatic } from './serve-static.mjs';

const packages = resolve(fileURLToPath(new URL('.', import.meta.url)), '../packages');

/**
 * Vite aliases from `@okrkit/core` (every entry its package exports: `.`, `./examples`,
 * `./interchange`, …, read from its package.json so a new entry needs no edit here),
 * `@okrkit/adapter-memory` and `@okrkit/react/styles.css` to their sources, and `@okrkit/react`
 * to the benchmark's own `reactSource` (a file re-exporting only the folders it measures).
 */
export function okrkitSourceAliases(reactSource) {
  const core = JSON.parse(readFileSync(join(packages, 'core/package.json'), 'utf8'));
  const escape = (text) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  const coreEntries = Object.keys(core.exports)
    .filter((entry) => entry !== './package.json')
    .map((entry) => {
      const name = entry === '.' ? '' : entry.slice(2);
      return { find: new RegExp(`^@okrkit/core${name ? `/${escape(name)}` : ''}$`), replacement: join(packages, 'core/src', name, 'index.ts') };
    });
  return [
    { find: /^@okrkit\/react$/, replacement: reactSource },
    { find: /^@okrkit\/react\/styles\.css$/, replacement: join(packages, 'react/src/styles/styles.css') },
    ...coreEntries,
    { find: /^@okrkit\/adapter-memory$/, replacement: join(packages, 'adapter-memory/src/index.ts') },
  ];
}

/** Builds the page in `pageRoot` (its index.html) into `outDir`; `minify: false` for readable profiles. */
export async function buildBenchPage({ pageRoot, reactSource, outDir, dedupe = ['react', 'react-dom'], minify = true }) {
  await build({
    configFile: false,
    logLevel: 'warn',
    plugins: [react()],
    root: pageRoot,
    base: './',
    resolve: { alias: okrkitSourceAliases(reactSource), dedupe },
    build: { outDir, emptyOutDir: true, target: 'es2022', reportCompressedSize: false, minify },
  });
}

/**
 * Builds, serves and opens a browser for `body({ browser, context, origin, outDir })`, and
 * cleans up after it however it ends. `runLimitMs` stops the process (exit 2) if the whole run
 * takes longer; `keep: true` leaves the build in place and prints where.
 */
export async function runInBrowser(options, body) {
  const { name, pageRoot, reactSource, dedupe, minify = true, runLimitMs, viewport = { width: 1300, height: 900 }, keep = false, quiet = false } = options;
  const guard = runLimitMs
    ? setTimeout(() => {
        console.error(`${name} benchmark: over ${runLimitMs / 60_000} minutes, giving up`);
        process.exit(2);
      }, runLimitMs)
    : undefined;
  guard?.unref();
  const temp = await mkdtemp(join(tmpdir(), `okrkit-${name}-bench-`));
  const outDir = join(temp, 'page');
  let server;
  let browser;
  try {
    const buildStart = performance.now();
    await buildBenchPage({ pageRoot, reactSource, outDir, dedupe, minify });
    if (!quiet) console.log(`built the page in ${((performance.now() - buildStart) / 1000).toFixed(1)} s`);
    server = await serveStatic(outDir);
    const origin = `http://127.0.0.1:${server.address().port}`;
    browser = await chromium.launch(chromiumLaunchOptions);
    const context = await browser.newContext({ viewport });
    return await body({ browser, context, origin, outDir });
  } finally {
    await browser?.close();
    await new Promise((done) => (server ? server.close(done) : done()));
    if (keep) console.log(`built page kept in ${temp}`);
    else await rm(temp, { recursive: true, force: true });
    clearTimeout(guard);
  }
}

/**
 * Opens `url` in a fresh page of `context` and waits until the page sets `window.__bench.ready`
 * (or `.error`, which is thrown with `label`); then `settleMs` of quiet. Closes the page on failure.
 */
export async function openBenchPage(context, url, { timeout = 30_000, polling = 50, settleMs = 0, label = url } = {}) {
  const page = await context.newPage();
  page.setDefaultTimeout(timeout);
  try {
    await page.goto(url, { waitUntil: 'load', timeout });
    await page.waitForFunction(() => window.__bench && (window.__bench.ready || window.__bench.error), null, { timeout, polling });
    const error = await page.evaluate(() => window.__bench.error);
    if (error) throw new Error(`${label}: ${error}`);
    if (settleMs > 0) await page.waitForTimeout(settleMs);
    return page;
  } catch (error) {
    await page.close();
    throw error;
  }
}
