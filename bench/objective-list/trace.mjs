/**
 * Where the main thread's time goes in the benchmark's own actions, on both sides: each page
 * fresh, as in run.mjs (3 sort clicks, 4 filter changes, then 5 × Alt+↓ on the first row), traced
 * with Chrome's timeline categories; prints the main thread's inclusive time per trace event per
 * action (scripting, style, layout, paint), okrkit beside the bare page. Not a benchmark: tracing
 * slows both sides, and there is no verdict.
 *
 *   node bench/objective-list/trace.mjs [sort|filter|move]   (TRACE_PAGES=3, TRACE_TOP=14)
 *   TRACE_FIRST_MOVE=0 makes the page's first (renumbering) Alt+↓ before tracing starts.
 *   TRACE_PAINT=1 lists the first page's Paint events (nested: a scroller's contents inside the page's).
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openBenchPage, runInBrowser } from '../browser-runner.mjs';

const here = fileURLToPath(new URL('.', import.meta.url));
const action = process.argv[2] ?? 'move';
const PAGES = Number(process.env.TRACE_PAGES ?? 3);
const TOP = Number(process.env.TRACE_TOP ?? 14);
if (!['sort', 'filter', 'move'].includes(action)) throw new Error(`unknown action ${action}: sort, filter or move`);

const runner = {
  name: 'objective-list-trace',
  pageRoot: join(here, 'page'),
  reactSource: join(here, 'react-source.ts'),
  dedupe: ['react', 'react-dom', '@tanstack/react-table'],
  quiet: true,
};

await runInBrowser(runner, async ({ browser, context, origin }) => {
  const results = {};
  for (const lib of ['okrkit', 'bare']) {
    const sums = new Map();
    const timings = [];
    let actions = 0;
    for (let round = 0; round < PAGES; round++) {
      const page = await openBenchPage(context, `${origin}/index.html?lib=${lib}`, { settleMs: 150, label: lib });
      if (action === 'move' && process.env.TRACE_FIRST_MOVE === '0') {
        // The page's first move renumbers every priority; leave it out of the trace.
        await page.evaluate(() => window.__bench.focusRow(0));
        await page.keyboard.press('Alt+ArrowDown');
        await page.waitForTimeout(300);
      }
      await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'] });
      if (action === 'sort') for (let at = 0; at < 3; at++, actions++) timings.push(await page.evaluate(() => window.__bench.sort()));
      if (action === 'filter') {
        for (const index of [1, 2, 3, 0]) {
          timings.push(await page.evaluate((at) => window.__bench.filter(at), index));
          actions++;
        }
      }
      if (action === 'move') {
        if (process.env.TRACE_FIRST_MOVE !== '0') await page.evaluate(() => window.__bench.focusRow(0));
        await page.waitForTimeout(100);
        await page.evaluate(() => {
          window.__bench.moves = [];
          window.__bench.recordMoves = true;
        });
        for (let at = 0; at < 5; at++, actions++) {
          await page.keyboard.press('Alt+ArrowDown');
          await page.waitForFunction((count) => window.__bench.moves.length >= count || window.__bench.error, at + 1, { polling: 'raf' });
          await page.waitForTimeout(40);
        }
        timings.push(...(await page.evaluate(() => window.__bench.moves)));
      }
      const trace = JSON.parse((await browser.stopTracing()).toString());
      const events = trace.traceEvents ?? trace;
      const main = events.find((event) => event.name === 'thread_name' && event.args?.name === 'CrRendererMain' && events.some((other) => other.pid === event.pid && other.tid === event.tid && other.name === 'FunctionCall'));
      for (const event of events) {
        if (!main || event.pid !== main.pid || event.tid !== main.tid || event.ph !== 'X' || !event.dur) continue;
        sums.set(event.name, (sums.get(event.name) ?? 0) + event.dur / 1000);
        // TRACE_PAINT=1: each Paint's duration, layer and clip (what was painted, and how big).
        if (process.env.TRACE_PAINT && event.name === 'Paint' && round === 0) {
          const clip = event.args?.data?.clip;
          const size = clip ? `${Math.round(clip[2] - clip[0])}×${Math.round(clip[5] - clip[1])} at ${Math.round(clip[0])},${Math.round(clip[1])}` : '?';
          console.log(`  ${lib} paint ${(event.dur / 1000).toFixed(2)} ms, layer ${event.args?.data?.layerId ?? '?'}, node ${event.args?.data?.nodeId ?? '?'}, ${size}`);
        }
      }
      await page.close();
    }
    results[lib] = { sums, timings, actions };
  }
  const names = [...results.okrkit.sums.keys()].sort((a, b) => results.okrkit.sums.get(b) - results.okrkit.sums.get(a)).slice(0, TOP);
  console.log(`${action}: ${PAGES} fresh pages a side; main-thread trace events, inclusive ms per action`);
  for (const lib of ['okrkit', 'bare']) console.log(`${lib.padEnd(6)} timings: ${results[lib].timings.map((ms) => ms.toFixed(1)).join(', ')} ms`);
  console.log(`${'event'.padEnd(32)}  ${'okrkit'.padStart(8)}  ${'bare'.padStart(8)}`);
  for (const name of names) {
    const [a, b] = ['okrkit', 'bare'].map((lib) => (results[lib].sums.get(name) ?? 0) / results[lib].actions);
    console.log(`${name.padEnd(32)}  ${a.toFixed(2).padStart(8)}  ${b.toFixed(2).padStart(8)}`);
  }
});
