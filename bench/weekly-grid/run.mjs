/**
 * Benchmark (issue 6, item 5): the WeeklyReportBuilder's task grid against a bare
 * @tanstack/react-table v9 page on the same 2,000 generated tasks, in headless Chromium, in
 * one run, interleaved, order alternating each round, medians. Not a test: it prints figures,
 * ratios and how they compare with the targets. See bench/README.md for what is timed.
 *
 *   pnpm --filter @okrkit/bench weekly-grid     (or `pnpm bench:weekly-grid` from the root)
 *
 * Environment: BENCH_ROUNDS (default 7), BENCH_WARMUP (2), CHROMIUM (/usr/bin/chromium).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright';
import { chromiumLaunchOptions } from '../../scripts/chromium.mjs';
import { buildBenchPage } from '../browser-runner.mjs';
import { serveStatic } from '../serve-static.mjs';

const here = fileURLToPath(new URL('.', import.meta.url));
const WARMUP = Number(process.env.BENCH_WARMUP ?? 2);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 7);
const KEYSTROKES = 'abcdefghijklmnopqrst'; // 20 characters
const SORT_CLICKS = 3; // ascending, descending, back to the default order
const FILTER_STEPS = [1, 2, 3, 0]; // to do, in progress, done, all
const PAGE_TIMEOUT = 30_000;
const RUN_LIMIT = 3 * 60_000;
// Issue 13: sort and filter ≤ 1.15× the bare windowed TanStack page, first render ≤ 1.5× it.
const TARGETS = { ratio: 1.15, firstRender: 1.5, keystroke: 16 };

const startedAt = performance.now();
const guard = setTimeout(() => {
  console.error(`weekly-grid benchmark: over ${RUN_LIMIT / 60_000} minutes, giving up`);
  process.exit(2);
}, RUN_LIMIT);
guard.unref();


const sorted = (list) => [...list].sort((a, b) => a - b);
const median = (list) => sorted(list)[Math.floor(list.length / 2)];
const p95 = (list) => sorted(list)[Math.min(list.length - 1, Math.ceil(list.length * 0.95) - 1)];

const variants = [
  { key: 'okrkit', query: 'lib=okrkit' },
  { key: 'bare', query: 'lib=bare&window=rows' },
  { key: 'bare-all', query: 'lib=bare&window=none' },
];

const temp = await mkdtemp(join(tmpdir(), 'okrkit-weekly-grid-bench-'));
let server;
let browser;
try {
  // 1. Build the page (production React), okrkit from the working tree's sources.
  const buildStart = performance.now();
  await buildBenchPage({ pageRoot: join(here, 'page'), reactSource: join(here, 'react-source.ts'), outDir: join(temp, 'page'), dedupe: ['react', 'react-dom', '@tanstack/react-table'] });
  console.log(`built the page in ${((performance.now() - buildStart) / 1000).toFixed(1)} s`);

  server = await serveStatic(join(temp, 'page'));
  const origin = `http://127.0.0.1:${server.address().port}`;
  browser = await chromium.launch(chromiumLaunchOptions);
  const context = await browser.newContext({ viewport: { width: 1300, height: 900 } });

  async function open(variant) {
    const page = await context.newPage();
    page.setDefaultTimeout(PAGE_TIMEOUT);
    try {
      await page.goto(`${origin}/index.html?${variant.query}`, { waitUntil: 'load', timeout: PAGE_TIMEOUT });
      await page.waitForFunction(() => window.__bench && (window.__bench.ready || window.__bench.error), null, { timeout: PAGE_TIMEOUT, polling: 50 });
      const error = await page.evaluate(() => window.__bench.error);
      if (error) throw new Error(`${variant.key}: ${error}`);
      await page.waitForTimeout(150);
      return page;
    } catch (error) {
      await page.close();
      throw error;
    }
  }

  // 2. Both sides show the same tasks and do the same work.
  const checks = [];
  const seen = {};
  for (const variant of variants) {
    const page = await open(variant);
    const read = () => page.evaluate(() => ({ count: window.__bench.count(), first: window.__bench.firstTitle(), rows: window.__bench.renderedRows() }));
    const initial = await read();
    await page.evaluate(() => window.__bench.sort());
    const afterSort = await read();
    await page.evaluate(() => window.__bench.filter(1));
    const afterFilter = await read();
    seen[variant.key] = { initial, afterSort, afterFilter };
    await page.close();
  }
  for (const key of ['bare', 'bare-all']) {
    const mine = seen.okrkit;
    const theirs = seen[key];
    if (mine.initial.count !== theirs.initial.count || mine.afterFilter.count !== theirs.afterFilter.count) {
      throw new Error(`okrkit and ${key} differ: ${JSON.stringify({ okrkit: mine, [key]: theirs })}`);
    }
    const sameFirst = mine.afterSort.first === theirs.afterSort.first;
    checks.push(
      `okrkit vs ${key}: "${mine.initial.count}", status "to do" gives "${mine.afterFilter.count}" on both; first row after sorting by Task: ` +
        `${sameFirst ? `"${mine.afterSort.first}" on both` : `"${mine.afterSort.first}" vs "${theirs.afterSort.first}" (collation differs)`}; ` +
        `task rows in the DOM: ${mine.initial.rows} vs ${theirs.initial.rows}`,
    );
  }

  // 3. Sort, filter, and (okrkit) keystrokes: a fresh page per variant per round, order alternating.
  const samples = Object.fromEntries(variants.map(({ key }) => [key, { sort: [], filter: [], keys: [], keyQueue: [], mount: [] }]));
  for (let round = 0; round < WARMUP + ROUNDS; round++) {
    const order = round % 2 === 0 ? variants : [...variants].reverse();
    for (const variant of order) {
      const page = await open(variant);
      const sample = { sort: [], filter: [], keys: [], keyQueue: [] };
      for (let click = 0; click < SORT_CLICKS; click++) {
        sample.sort.push(await page.evaluate(() => window.__bench.sort()));
        await page.waitForTimeout(60);
      }
      for (const index of FILTER_STEPS) {
        sample.filter.push(await page.evaluate((at) => window.__bench.filter(at), index));
        await page.waitForTimeout(60);
      }
      if (variant.key !== 'bare-all') {
        // okrkit: the title cell's editor (double-click opens it); bare: a React-controlled <input>, the floor.
        const field = variant.key === 'okrkit' ? '[data-slot="weekly-report-cell-editor"]' : '#plain';
        if (variant.key === 'okrkit') await page.dblclick('[role="gridcell"][data-column="title"] >> nth=0');
        else await page.click(field);
        await page.waitForSelector(field);
        await page.keyboard.press('End');
        await page.waitForTimeout(100);
        await page.evaluate(() => (window.__bench.recordKeys = true));
        for (const [at, character] of [...KEYSTROKES].entries()) {
          await page.keyboard.press(character);
          await page.waitForFunction((count) => window.__bench.keys.length >= count, at + 1, { polling: 'raf' });
          await page.waitForTimeout(20 + (at % 3) * 7);
        }
        const typed = await page.evaluate((selector) => ({ keys: window.__bench.keys, queue: window.__bench.keyQueue, value: document.querySelector(selector)?.value }), field);
        if (!typed.value?.endsWith(KEYSTROKES)) throw new Error(`the cell editor holds "${typed.value}", not the typed text`);
        sample.keys = typed.keys;
        sample.keyQueue = typed.queue;
      }
      const mount = await page.evaluate(() => window.__bench.mountMs);
      const storesMs = await page.evaluate(() => window.__bench.storesMs);
      const intlMs = await page.evaluate(() => window.__bench.intlMs);
      const settledMs = await page.evaluate(() => window.__bench.settledMs);
      await page.close();
      if (round < WARMUP) continue;
      for (const name of ['sort', 'filter', 'keys', 'keyQueue']) samples[variant.key][name].push(...sample[name]);
      samples[variant.key].mount.push(mount);
      if (typeof intlMs === 'number') (samples[variant.key].intl ??= []).push(intlMs);
      if (typeof settledMs === 'number') (samples[variant.key].settled ??= []).push(settledMs);
      if (typeof storesMs === 'number') (samples[variant.key].stores ??= []).push(storesMs);
    }
    process.stdout.write(`\rround ${round + 1}/${WARMUP + ROUNDS}${round < WARMUP ? ' (warm-up)' : ''}   `);
  }
  process.stdout.write('\n');

  // 4. The table.
  const ms = (value) => `${value.toFixed(1)} ms`;
  const verdict = (ok) => (ok ? 'PASS' : 'MISS');
  const rows = [];
  const row = (...cells) => rows.push(cells);
  row('measure', 'okrkit', 'bare, windowed', 'bare, all rows', 'okrkit / bare windowed', 'okrkit / bare all rows', 'target', 'verdict');
  for (const [label, name] of [
    ['sort: click Task header → paint (median)', 'sort'],
    ['filter: choose a status → paint (median)', 'filter'],
    ['first render of 2,000 tasks (median)', 'mount'],
  ]) {
    const [mine, windowed, all] = ['okrkit', 'bare', 'bare-all'].map((key) => median(samples[key][name]));
    const ratio = mine / windowed;
    const target = name === 'mount' ? TARGETS.firstRender : TARGETS.ratio;
    row(label, ms(mine), ms(windowed), ms(all), `${ratio.toFixed(2)}×`, `${(mine / all).toFixed(2)}×`, `≤ ${target}× windowed`, verdict(ratio <= target));
  }
  for (const [label, name] of [
    ['  sort p95', 'sort'],
    ['  filter p95', 'filter'],
    ['  first render p95', 'mount'],
  ]) {
    const [mine, windowed, all] = ['okrkit', 'bare', 'bare-all'].map((key) => p95(samples[key][name]));
    row(label, ms(mine), ms(windowed), ms(all), `${(mine / windowed).toFixed(2)}×`, `${(mine / all).toFixed(2)}×`, '(info)', '');
  }
  if (samples.okrkit.stores?.length) {
    const stores = median(samples.okrkit.stores);
    row('  of which loading the stores (median)', ms(stores), '', '', '', '', '(info)', '');
    row('  of which rendering (median, first render − load)', ms(median(samples.okrkit.mount) - stores), '', '', `${((median(samples.okrkit.mount) - stores) / median(samples.bare.mount)).toFixed(2)}×`, '', '(info)', '');
  }
  if (samples.okrkit.settled?.length) {
    const [mine, windowed, all] = ['okrkit', 'bare', 'bare-all'].map((key) => median(samples[key].settled));
    row('  mount → every section painted, below the fold too (median)', ms(mine), ms(windowed), ms(all), `${(mine / windowed).toFixed(2)}×`, `${(mine / all).toFixed(2)}×`, '(info)', '');
  }
  if (samples.okrkit.intl?.length) {
    const [mine, windowed, all] = ['okrkit', 'bare', 'bare-all'].map((key) => median(samples[key].intl));
    row("  the page's first Intl.DateTimeFormat, before the timer (median)", ms(mine), ms(windowed), ms(all), '', '', '(info)', '');
  }
  const keys = samples.okrkit.keys;
  const floor = samples.bare.keys;
  const keyRow = (label, pick) =>
    row(label, ms(pick(keys)), `${ms(pick(floor))} (plain <input>)`, '', `${(pick(keys) / pick(floor)).toFixed(2)}×`, '', `≤ ${TARGETS.keystroke} ms`, verdict(pick(keys) <= TARGETS.keystroke));
  keyRow('keystroke → paint in a title cell (median)', median);
  keyRow('keystroke → paint in a title cell (p95)', p95);
  row('  of which keydown queueing (median / p95)', `${ms(median(samples.okrkit.keyQueue))} / ${ms(p95(samples.okrkit.keyQueue))}`, `${ms(median(samples.bare.keyQueue))} / ${ms(p95(samples.bare.keyQueue))}`, '', '', '', '(info)', '');

  const widths = rows[0].map((_, column) => Math.max(...rows.map((cells) => String(cells[column]).length)));
  console.log('');
  console.log(
    `2,000 generated tasks (seed 7), same on every page; ${ROUNDS} rounds after ${WARMUP} warm-up, a fresh page per variant per round, interleaved, order alternating; ` +
      `per page ${SORT_CLICKS} sort clicks and ${FILTER_STEPS.length} filter changes; ${KEYSTROKES.length} keystrokes per round into okrkit's title cell editor and, as the floor, a React-controlled <input> on the bare page (${keys.length} samples each)`,
  );
  for (const check of checks) console.log(`check: ${check}`);
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
