/**
 * Benchmark (issue 10, item 1): `ObjectiveList` with 2,000 objectives against a bare
 * @tanstack/react-table v9 page with the same windowing, in headless Chromium, in one run,
 * interleaved, order alternating each round, medians. Not a test: it prints figures, ratios and
 * how they compare with the targets. See bench/README.md for what is timed.
 *
 *   pnpm --filter @okrkit/bench list     (or `pnpm bench:list` from the root)
 *
 * Environment: BENCH_ROUNDS (default 7), BENCH_WARMUP (2), CHROMIUM_PATH (/usr/bin/chromium).
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openBenchPage, runInBrowser } from '../browser-runner.mjs';
import { median, p95 } from '../statistics.mjs';

const here = fileURLToPath(new URL('.', import.meta.url));
const WARMUP = Number(process.env.BENCH_WARMUP ?? 2);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 7);
const SORT_CLICKS = 3; // ascending, descending, back to priority order
const FILTER_STEPS = [1, 2, 3, 0]; // not started, on track, at risk, all
const MOVES = 5; // Alt+↓ on the first row, five times (focus follows the row)
const PAGE_TIMEOUT = 30_000;
const RUN_LIMIT = 4 * 60_000;
// Issue 10: first render, sort, filter and a keyboard move each ≤ 1.15× the bare windowed page.
const TARGET = 1.15;

const startedAt = performance.now();
const variants = [
  { key: 'okrkit', query: 'lib=okrkit' },
  { key: 'bare', query: 'lib=bare' },
];

const runner = {
  name: 'objective-list',
  pageRoot: join(here, 'page'),
  reactSource: join(here, 'react-source.ts'),
  dedupe: ['react', 'react-dom', '@tanstack/react-table'],
  runLimitMs: RUN_LIMIT,
};

await runInBrowser(runner, async ({ context, origin }) => {
  const open = (variant) => openBenchPage(context, `${origin}/index.html?${variant.query}`, { timeout: PAGE_TIMEOUT, settleMs: 150, label: variant.key });

  /** Alt+↓ on the first row MOVES times; the row must end MOVES lines lower. Returns the samples. */
  async function moves(page, variant) {
    const id = await page.evaluate(() => window.__bench.focusRow(0));
    if (!id) throw new Error(`${variant.key}: could not focus the first row`);
    await page.waitForTimeout(100);
    await page.evaluate(() => {
      window.__bench.moves = [];
      window.__bench.recordMoves = true;
    });
    for (let at = 0; at < MOVES; at++) {
      await page.keyboard.press('Alt+ArrowDown');
      await page.waitForFunction((count) => window.__bench.moves.length >= count || window.__bench.error, at + 1, { polling: 'raf' });
      await page.waitForTimeout(40 + (at % 3) * 7);
    }
    const result = await page.evaluate((moved) => ({ moves: window.__bench.moves, line: window.__bench.lineOf(moved), error: window.__bench.error, focused: document.activeElement?.closest('[data-objective-id],tr[data-id]') !== null }), id);
    if (result.error) throw new Error(`${variant.key}: ${result.error}`);
    if (result.line !== MOVES) throw new Error(`${variant.key}: after ${MOVES} × Alt+↓ the row is at line ${result.line}`);
    if (!result.focused) throw new Error(`${variant.key}: focus did not follow the moved row`);
    return result.moves;
  }

  // 2. Both sides show the same objectives and do the same work.
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
  const mine = seen.okrkit;
  const theirs = seen.bare;
  if (mine.initial.count !== theirs.initial.count || mine.afterFilter.count !== theirs.afterFilter.count || mine.initial.rows !== theirs.initial.rows) {
    throw new Error(`okrkit and bare differ: ${JSON.stringify(seen)}`);
  }
  const check =
    `${mine.initial.count} objectives on both, status "not started" gives ${mine.afterFilter.count} on both; first row after sorting by Title: ` +
    `${mine.afterSort.first === theirs.afterSort.first ? `"${mine.afterSort.first}" on both` : `"${mine.afterSort.first}" vs "${theirs.afterSort.first}" (collation differs)`}; ` +
    `objective rows in the DOM: ${mine.initial.rows} on both`;

  // 3. A fresh page per variant per round, order alternating.
  const samples = Object.fromEntries(variants.map(({ key }) => [key, { sort: [], filter: [], move: [], mount: [] }]));
  for (let round = 0; round < WARMUP + ROUNDS; round++) {
    const order = round % 2 === 0 ? variants : [...variants].reverse();
    for (const variant of order) {
      const page = await open(variant);
      const sample = { sort: [], filter: [], move: [] };
      for (let click = 0; click < SORT_CLICKS; click++) {
        sample.sort.push(await page.evaluate(() => window.__bench.sort()));
        await page.waitForTimeout(60);
      }
      for (const index of FILTER_STEPS) {
        sample.filter.push(await page.evaluate((at) => window.__bench.filter(at), index));
        await page.waitForTimeout(60);
      }
      sample.move = await moves(page, variant);
      const mount = await page.evaluate(() => window.__bench.mountMs);
      await page.close();
      if (round < WARMUP) continue;
      for (const name of ['sort', 'filter', 'move']) samples[variant.key][name].push(...sample[name]);
      samples[variant.key].mount.push(mount);
    }
    process.stdout.write(`\rround ${round + 1}/${WARMUP + ROUNDS}${round < WARMUP ? ' (warm-up)' : ''}   `);
  }
  process.stdout.write('\n');

  // 4. The table.
  const ms = (value) => `${value.toFixed(1)} ms`;
  const rows = [['measure', 'okrkit', 'bare, windowed', 'okrkit / bare', 'target', 'verdict']];
  const measures = [
    ['first render of 2,000 objectives', 'mount', 'first render'],
    ['sort: click Title header → paint', 'sort', 'sort'],
    ['filter: choose a status → paint', 'filter', 'filter'],
    ['Alt+↓ on a focused row → moved row painted', 'move', 'Alt+↓'],
  ];
  for (const [label, name] of measures) {
    const [a, b] = ['okrkit', 'bare'].map((key) => median(samples[key][name]));
    rows.push([`${label} (median)`, ms(a), ms(b), `${(a / b).toFixed(2)}×`, `≤ ${TARGET}×`, a / b <= TARGET ? 'PASS' : 'MISS']);
  }
  for (const [, name, short] of measures) {
    const [a, b] = ['okrkit', 'bare'].map((key) => p95(samples[key][name]));
    rows.push([`  ${short} p95`, ms(a), ms(b), `${(a / b).toFixed(2)}×`, '(info)', '']);
  }
  const widths = rows[0].map((_, column) => Math.max(...rows.map((cells) => String(cells[column]).length)));
  console.log('');
  console.log(
    `2,000 generated objectives (generateOrganisation, seed 7; 8,000 KRs, 16,000 check-ins), same on both pages; ${ROUNDS} rounds after ${WARMUP} warm-up, ` +
      `a fresh page per variant per round, order alternating; per page ${SORT_CLICKS} sort clicks, ${FILTER_STEPS.length} filter changes, ${MOVES} × Alt+↓ ` +
      `(${samples.okrkit.move.length} move samples per side)`,
  );
  console.log(`check: ${check}`);
  console.log('');
  for (const [at, cells] of rows.entries()) {
    console.log(cells.map((cell, column) => String(cell).padEnd(widths[column])).join('  ').trimEnd());
    if (at === 0) console.log(widths.map((width) => '-'.repeat(width)).join('  '));
  }
  console.log('');
  console.log(`whole run: ${((performance.now() - startedAt) / 1000).toFixed(0)} s`);
});
