/**
 * Benchmark: okrkit's KeyResultChart against the same burn-up drawn with Recharts (line with
 * dots, dashed expected line, target, today, axes, grid, tooltip), 1,000 check-ins, in headless
 * Chromium, in one run, interleaved, medians. Not a test: it prints figures and ratios against
 * the targets of issue 12. The run fails when a side draws another number of check-ins or its
 * tooltip names a check-in more than one away from the one hovered. See bench/README.md.
 *
 *   pnpm --filter @okrkit/bench chart     (or `pnpm bench:chart` from the root)
 *
 * Environment: BENCH_ROUNDS (default 9), BENCH_WARMUP (2), BENCH_HOVERS (15), CHROMIUM_PATH,
 * BENCH_COLD_INTL=1 (the page has not used Intl before the chart mounts).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import react from '@vitejs/plugin-react';
import { chromium } from 'playwright';
import { build } from 'vite';
import { chromiumLaunchOptions } from '../../scripts/chromium.mjs';
import { serveStatic } from '../serve-static.mjs';

const here = fileURLToPath(new URL('.', import.meta.url));
const packages = resolve(here, '../../packages');
const N = 1000;
const WARMUP = Number(process.env.BENCH_WARMUP ?? 2);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 9);
const HOVERS = Number(process.env.BENCH_HOVERS ?? 15);
const HOVER_WARMUP = 3;
const PAGE_TIMEOUT = 30_000;
const RUN_LIMIT = 6 * 60_000;
const LIBS = ['okrkit', 'recharts'];
// Leave the page's first Intl use (ICU loading) inside okrkit's timed region: see page/main.ts.
const COLD_INTL = process.env.BENCH_COLD_INTL === '1';

const startedAt = performance.now();
const guard = setTimeout(() => {
  console.error(`chart benchmark: over ${RUN_LIMIT / 60_000} minutes, giving up`);
  process.exit(2);
}, RUN_LIMIT);
guard.unref();

// Sources, so that the run measures the working tree without a build; see react-source.ts.
const shared = {
  configFile: false,
  logLevel: 'warn',
  plugins: [react()],
  resolve: {
    alias: [
      { find: /^@okrkit\/react$/, replacement: join(here, 'react-source.ts') },
      { find: /^@okrkit\/react\/styles\.css$/, replacement: join(packages, 'react/src/styles/styles.css') },
      { find: /^@okrkit\/core$/, replacement: join(packages, 'core/src/index.ts') },
      { find: /^@okrkit\/adapter-memory$/, replacement: join(packages, 'adapter-memory/src/index.ts') },
    ],
    dedupe: ['react', 'react-dom'],
  },
};

/** Minified ES bundle of one entry, React external; gzip -9 of its JS. */
async function bundleSize(entry) {
  const output = await build({
    ...shared,
    build: {
      write: false,
      minify: true,
      target: 'es2022',
      reportCompressedSize: false,
      rollupOptions: {
        input: entry,
        external: [/^react($|\/)/, /^react-dom($|\/)/],
        preserveEntrySignatures: 'strict',
        output: { format: 'es' },
      },
    },
  });
  const chunks = (Array.isArray(output) ? output : [output]).flatMap((result) => result.output).filter((item) => item.type === 'chunk');
  const code = chunks.map((chunk) => chunk.code).join('\n');
  return { raw: Buffer.byteLength(code), gzip: gzipSync(code, { level: 9 }).length };
}

const median = (list) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)];
const p90 = (list) => [...list].sort((a, b) => a - b)[Math.min(list.length - 1, Math.floor(list.length * 0.9))];

const temp = await mkdtemp(join(tmpdir(), 'okrkit-chart-bench-'));
let server;
let browser;
try {
  const buildStart = performance.now();
  await build({ ...shared, root: join(here, 'page'), base: './', build: { outDir: join(temp, 'page'), emptyOutDir: true, target: 'es2022', reportCompressedSize: false } });
  const sizes = {
    okrkit: await bundleSize(join(here, 'bundle/key-result-chart.ts')),
    recharts: await bundleSize(join(here, 'bundle/recharts-burn-up.ts')),
  };
  console.log(`built the page and bundles in ${((performance.now() - buildStart) / 1000).toFixed(1)} s`);

  server = await serveStatic(join(temp, 'page'));
  const origin = `http://127.0.0.1:${server.address().port}`;
  browser = await chromium.launch(chromiumLaunchOptions);
  const context = await browser.newContext({ viewport: { width: 1000, height: 600 } });

  async function open(lib) {
    const page = await context.newPage();
    page.setDefaultTimeout(PAGE_TIMEOUT);
    try {
      await page.goto(`${origin}/index.html?lib=${lib}&n=${N}${COLD_INTL ? '&intl=cold' : ''}`, { waitUntil: 'commit', timeout: PAGE_TIMEOUT });
      await page.waitForFunction(() => window.__bench && (window.__bench.done || window.__bench.error), null, { timeout: PAGE_TIMEOUT, polling: 50 });
      const result = await page.evaluate(() => ({ marks: window.__bench.marks, error: window.__bench.error }));
      if (result.error) throw new Error(`${lib}: ${result.error}`);
      return { page, result };
    } catch (error) {
      await page.close();
      throw error;
    }
  }

  // 1. First paint: a fresh page per load, interleaved, order alternating each round.
  const paint = { okrkit: [], recharts: [] };
  const points = {};
  for (let round = 0; round < WARMUP + ROUNDS; round++) {
    const order = round % 2 === 0 ? LIBS : [...LIBS].reverse();
    for (const lib of order) {
      const { page, result } = await open(lib);
      if (round === 0) {
        await page.waitForTimeout(200);
        points[lib] = await page.evaluate(() => window.__bench.pointCount());
      }
      await page.close();
      if (round >= WARMUP) paint[lib].push(result.marks.painted - result.marks.start);
    }
    process.stdout.write(`\rfirst paint: round ${round + 1}/${WARMUP + ROUNDS}${round < WARMUP ? ' (warm-up)' : ''}   `);
  }
  process.stdout.write('\n');
  if (points.okrkit !== N || points.recharts !== N) throw new Error(`both sides must draw ${N} check-ins: okrkit ${points.okrkit}, recharts ${points.recharts}`);

  // 2. Hover-to-tooltip: a real mouse (Playwright) moves between two check-ins on each side.
  const hover = { okrkit: [], recharts: [] };
  const hoverDom = { okrkit: [], recharts: [] };
  const shown = { okrkit: new Set(), recharts: new Set() };
  const targets = [Math.floor(N * 0.3), Math.floor(N * 0.7)];
  const pages = {};
  for (const lib of LIBS) {
    pages[lib] = (await open(lib)).page;
    await pages[lib].waitForTimeout(300);
  }
  for (let at = 0; at < HOVER_WARMUP + HOVERS; at++) {
    const order = at % 2 === 0 ? LIBS : [...LIBS].reverse();
    for (const lib of order) {
      const page = pages[lib];
      // A page in the background gets no animation frames: the one measured is in front.
      await page.bringToFront();
      const index = targets[at % 2];
      const { x, y } = await page.evaluate((wanted) => window.__bench.pointCentre(wanted), index);
      const waiting = page.evaluate(() => window.__bench.armHover());
      await page.waitForTimeout(20);
      await page.mouse.move(x, y);
      const { ms, domMs, text } = await Promise.race([
        waiting,
        page.waitForTimeout(10_000).then(() => {
          throw new Error(`${lib}: no tooltip 10 s after moving the mouse to check-in ${index} at ${Math.round(x)},${Math.round(y)}`);
        }),
      ]);
      // Both sides must show the check-in the mouse was moved to (or a neighbour: 1,000 check-ins
      // in 576 px are 0.6 px apart, and each library snaps the pointer its own way).
      const near = await page.evaluate((at) => [at - 1, at, at + 1].map((neighbour) => window.__bench.valueText(neighbour)), index);
      if (!near.some((value) => text.includes(value))) throw new Error(`${lib}: the tooltip at check-in ${index} reads ${JSON.stringify(text.slice(0, 60))}, none of ${near.join(' / ')}`);
      if (at >= HOVER_WARMUP) {
        hover[lib].push(ms);
        hoverDom[lib].push(domMs);
        shown[lib].add(text);
      }
    }
    process.stdout.write(`\rhover: ${at + 1}/${HOVER_WARMUP + HOVERS}${at < HOVER_WARMUP ? ' (warm-up)' : ''}   `);
  }
  process.stdout.write('\n');
  for (const lib of LIBS) await pages[lib].close();

  const ms = (value) => `${value.toFixed(1)} ms`;
  const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
  const verdict = (ok) => (ok ? 'PASS' : 'MISS');
  const rows = [];
  const row = (...cells) => rows.push(cells);
  row('measure', 'okrkit (median / p90)', 'Recharts (median / p90)', 'okrkit / Recharts', 'target', 'verdict');
  const paintRatio = median(paint.okrkit) / median(paint.recharts);
  row(`first paint, ${N.toLocaleString('en')} check-ins`, `${ms(median(paint.okrkit))} / ${ms(p90(paint.okrkit))}`, `${ms(median(paint.recharts))} / ${ms(p90(paint.recharts))}`, `${paintRatio.toFixed(2)}×`, '≤ 0.3×', verdict(paintRatio <= 0.3));
  const hoverDomRatio = median(hoverDom.okrkit) / median(hoverDom.recharts);
  row('hover to tooltip in the DOM', `${ms(median(hoverDom.okrkit))} / ${ms(p90(hoverDom.okrkit))}`, `${ms(median(hoverDom.recharts))} / ${ms(p90(hoverDom.recharts))}`, `${hoverDomRatio.toFixed(2)}×`, '≤ 0.3×', verdict(hoverDomRatio <= 0.3));
  const hoverRatio = median(hover.okrkit) / median(hover.recharts);
  row('hover to tooltip painted', `${ms(median(hover.okrkit))} / ${ms(p90(hover.okrkit))}`, `${ms(median(hover.recharts))} / ${ms(p90(hover.recharts))}`, `${hoverRatio.toFixed(2)}×`, '≤ 0.3×', verdict(hoverRatio <= 0.3));
  const byteRatio = sizes.okrkit.gzip / sizes.recharts.gzip;
  row('bundle, gzip -9, React excluded', kb(sizes.okrkit.gzip), kb(sizes.recharts.gzip), `${byteRatio.toFixed(3)}×`, '≤ 0.15×', verdict(byteRatio <= 0.15));
  row('  minified, not compressed', kb(sizes.okrkit.raw), kb(sizes.recharts.raw), '', '(info)', '');

  const widths = rows[0].map((_, column) => Math.max(...rows.map((cells) => String(cells[column]).length)));
  console.log('');
  console.log(`one KR, ${N} check-ins over Q1 2026; 640 px panel; Intl ${COLD_INTL ? 'first used by the chart (cold)' : 'already in use on both sides'}; ${ROUNDS} page loads each after ${WARMUP} warm-up, interleaved, order alternating; ${HOVERS} hovers each after ${HOVER_WARMUP}`);
  console.log(`check: both sides drew ${N} check-in marks and named the hovered check-in (± 1) in every tooltip; tooltips seen: okrkit ${[...shown.okrkit].map((text) => JSON.stringify(text.slice(0, 40))).join(', ')}; Recharts ${[...shown.recharts].map((text) => JSON.stringify(text.slice(0, 40))).join(', ')}`);
  console.log('');
  for (const [at, cells] of rows.entries()) {
    console.log(cells.map((cell, column) => String(cell).padEnd(widths[column])).join('  ').trimEnd());
    if (at === 0) console.log(widths.map((width) => '-'.repeat(width)).join('  '));
  }
  console.log('');
  console.log(`whole run: ${((performance.now() - startedAt) / 1000).toFixed(0)} s`);
} finally {
  await browser?.close();
  await new Promise((done) => (server ? server.close(done) : done()));
  await rm(temp, { recursive: true, force: true });
  clearTimeout(guard);
}
