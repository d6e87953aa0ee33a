/**
 * Benchmark (issue 10, item 2): keystroke → paint in `ObjectiveEditorForm`'s title field with
 * 10,000 objectives in the store, live validation and hints on, against a bare React-controlled
 * `<input>` on the same page (same React, same root), in headless Chromium, one run, order
 * alternating each round. Not a test: it prints figures, the ratio and the verdicts. See
 * bench/README.md for what is timed.
 *
 *   pnpm --filter @okrkit/bench editor     (or `pnpm bench:editor` from the root)
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
const KEYSTROKES = 'abcdefghijklmnopqrst'; // 20 characters
const PAGE_TIMEOUT = 60_000;
const RUN_LIMIT = 4 * 60_000;
// Issue 10: median ≤ 16 ms, p95 ≤ 1.1× the bare controlled input's p95 in the same run.
const TARGETS = { median: 16, p95Ratio: 1.1 };

const startedAt = performance.now();
const fields = [
  { key: 'okrkit', selector: '[data-slot="objective-editor-title"] input' },
  { key: 'bare', selector: '#plain' },
];

const runner = { name: 'objective-editor', pageRoot: join(here, 'page'), reactSource: join(here, 'react-source.ts'), runLimitMs: RUN_LIMIT };

await runInBrowser(runner, async ({ context, origin }) => {
  let info;
  const samples = { okrkit: [], bare: [] };
  for (let round = 0; round < WARMUP + ROUNDS; round++) {
    const page = await openBenchPage(context, `${origin}/index.html`, { timeout: PAGE_TIMEOUT, polling: 100, label: 'editor page' });
    info = await page.evaluate(() => ({
      objectives: window.__bench.objectives,
      keyResults: window.__bench.keyResults,
      editedId: window.__bench.editedId,
      hints: document.querySelector('[data-slot="objective-editor-hints"]') !== null,
    }));
    if (info.objectives !== 10_000) throw new Error(`the store holds ${info.objectives} objectives, not 10,000`);
    if (!info.hints) throw new Error('the editor shows no hints section: live hints are off');
    await page.waitForTimeout(300);
    const order = round % 2 === 0 ? fields : [...fields].reverse();
    for (const field of order) {
      await page.click(field.selector);
      await page.keyboard.press('End');
      await page.waitForTimeout(150);
      await page.evaluate(() => {
        window.__bench.keys = [];
        window.__bench.recording = true;
      });
      for (const [at, character] of [...KEYSTROKES].entries()) {
        await page.keyboard.press(character);
        await page.waitForFunction((count) => window.__bench.keys.length >= count, at + 1, { polling: 'raf' });
        await page.waitForTimeout(20 + (at % 3) * 7);
      }
      const typed = await page.evaluate((selector) => {
        window.__bench.recording = false;
        return { keys: window.__bench.keys, value: document.querySelector(selector)?.value };
      }, field.selector);
      if (!typed.value?.endsWith(KEYSTROKES)) throw new Error(`${field.key}: the field holds "${typed.value}", not the typed text`);
      if (round >= WARMUP) samples[field.key].push(...typed.keys);
    }
    await page.close();
    process.stdout.write(`\rround ${round + 1}/${WARMUP + ROUNDS}${round < WARMUP ? ' (warm-up)' : ''}   `);
  }
  process.stdout.write('\n');

  const ms = (value) => `${value.toFixed(1)} ms`;
  const [mineMedian, bareMedian, mineP95, bareP95] = [median(samples.okrkit), median(samples.bare), p95(samples.okrkit), p95(samples.bare)];
  const rows = [
    ['measure', 'okrkit editor title', 'bare controlled <input>', 'okrkit / bare', 'target', 'verdict'],
    ['keystroke → paint (median)', ms(mineMedian), ms(bareMedian), `${(mineMedian / bareMedian).toFixed(2)}×`, `≤ ${TARGETS.median} ms`, mineMedian <= TARGETS.median ? 'PASS' : 'MISS'],
    ['keystroke → paint (p95)', ms(mineP95), ms(bareP95), `${(mineP95 / bareP95).toFixed(2)}×`, `≤ ${TARGETS.p95Ratio}× bare`, mineP95 / bareP95 <= TARGETS.p95Ratio ? 'PASS' : 'MISS'],
    ['keystroke → paint (max, info)', ms(Math.max(...samples.okrkit)), ms(Math.max(...samples.bare)), '', '(info)', ''],
  ];
  const widths = rows[0].map((_, column) => Math.max(...rows.map((cells) => String(cells[column]).length)));
  console.log('');
  console.log(
    `${info.objectives.toLocaleString('en-US')} objectives in the store (generateOrganisation, seed 7), editing ${info.editedId} (${info.keyResults} KRs), live validation and hints on; ` +
      `${ROUNDS} rounds after ${WARMUP} warm-up, a fresh page per round, ${KEYSTROKES.length} real key presses per field per round, field order alternating ` +
      `(${samples.okrkit.length} samples per side)`,
  );
  console.log('');
  for (const [at, cells] of rows.entries()) {
    console.log(cells.map((cell, column) => String(cell).padEnd(widths[column])).join('  ').trimEnd());
    if (at === 0) console.log(widths.map((width) => '-'.repeat(width)).join('  '));
  }
  console.log('');
  console.log(`whole run: ${((performance.now() - startedAt) / 1000).toFixed(0)} s`);
});
