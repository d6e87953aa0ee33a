/**
 * Where the weekly report's first render (or a filter change) goes, for finding what to cut
 * (not a benchmark: no peer, no verdict). Builds the benchmark page unminified, opens
 * `?lib=okrkit` (or `PROFILE_LIB=bare`, `PROFILE_LIB=bare&window=none`) under Chrome's tracing,
 * and prints, for the timed region only (mount → first row painted, or each filter change):
 * the main thread's time by trace event (script, style, layout, paint), the DOM elements and
 * the layout objects Chromium laid out, and, with `PROFILE_CPU=1`, the functions with the most
 * self and total time from a sampling profile of a second page load.
 *
 *   node bench/weekly-grid/profile.mjs mount|filter     (PROFILE_REPEAT=5 page loads or filter rounds)
 *   PROFILE_OUT=/tmp/weekly.json also writes the last trace for Chrome DevTools' Performance panel.
 *   PROFILE_EVENTS=1 lists the timed region's events in order (a function call with its name and line).
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright';
import { chromiumLaunchOptions } from '../../scripts/chromium.mjs';
import { buildBenchPage } from '../browser-runner.mjs';
import { serveStatic } from '../serve-static.mjs';

const here = fileURLToPath(new URL('.', import.meta.url));
const action = process.argv[2] ?? 'mount';
const lib = process.env.PROFILE_LIB ?? 'okrkit';
const REPEAT = Number(process.env.PROFILE_REPEAT ?? 5);
const TOP = Number(process.env.PROFILE_TOP ?? 25);
if (!['mount', 'filter'].includes(action)) throw new Error(`unknown action ${action}: mount or filter`);

const temp = await mkdtemp(join(tmpdir(), 'okrkit-weekly-grid-profile-'));
let server;
let browser;
try {
  await buildBenchPage({ pageRoot: join(here, 'page'), reactSource: join(here, 'react-source.ts'), outDir: join(temp, 'page'), dedupe: ['react', 'react-dom', '@tanstack/react-table'], minify: false });
  server = await serveStatic(join(temp, 'page'));
  const origin = `http://127.0.0.1:${server.address().port}`;
  browser = await chromium.launch(chromiumLaunchOptions);
  const context = await browser.newContext({ viewport: { width: 1300, height: 900 } });

  const open = async (page) => {
    await page.goto(`${origin}/index.html?lib=${lib}`, { waitUntil: 'load' });
    await page.waitForFunction(() => window.__bench && (window.__bench.ready || window.__bench.error), null, { polling: 50 });
    const error = await page.evaluate(() => window.__bench.error);
    if (error) throw new Error(error);
  };

  const totals = new Map();
  const timings = [];
  let lastTrace = null;
  let elements = 0;
  for (let round = 0; round < REPEAT; round++) {
    const page = await context.newPage();
    if (action === 'filter') {
      await open(page);
      await page.waitForTimeout(200);
    }
    await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink.user_timing'] });
    if (action === 'mount') {
      await open(page);
      timings.push(await page.evaluate(() => window.__bench.mountMs));
      elements = await page.evaluate(() => document.querySelectorAll('#stage *').length);
      if (process.env.PROFILE_SHOT && round === 0) {
        await page.screenshot({ path: process.env.PROFILE_SHOT });
        // Where each part sits, and how many elements it holds: what is above the 900 px fold.
        const parts = await page.evaluate(() =>
          [...document.querySelectorAll('#stage [data-slot="weekly-report-header"], #stage [data-slot="weekly-report-section"], #stage [data-slot="weekly-report-task-grid"]')].map((element) => {
            const box = element.getBoundingClientRect();
            return `${element.getAttribute('data-section') ?? element.getAttribute('data-slot')}: top ${Math.round(box.top)} px, height ${Math.round(box.height)} px, ${element.querySelectorAll('*').length + 1} elements`;
          }),
        );
        console.log(parts.join('\n'));
      }
    } else {
      for (const index of [1, 2, 3, 0]) timings.push(await page.evaluate((at) => window.__bench.filter(at), index));
    }
    await page.waitForTimeout(300);
    const trace = JSON.parse((await browser.stopTracing()).toString());
    lastTrace = trace;
    const events = trace.traceEvents ?? trace;
    const main = events.find((event) => event.name === 'thread_name' && event.args?.name === 'CrRendererMain' && events.some((other) => other.pid === event.pid && other.tid === event.tid && other.name === 'FunctionCall'));
    // The timed region: from the page's `bench:start` mark (mount) or the whole traced span (filter) to `bench:end`.
    const marks = events.filter((event) => main && event.pid === main.pid && (event.name === 'bench:start' || event.name === 'bench:end'));
    const from = action === 'mount' ? marks.find((event) => event.name === 'bench:start')?.ts : -Infinity;
    const to = action === 'mount' ? marks.find((event) => event.name === 'bench:end')?.ts : Infinity;
    if (action === 'mount' && (from === undefined || to === undefined)) throw new Error('no bench:start / bench:end marks in the trace');
    for (const event of events) {
      if (!main || event.pid !== main.pid || event.tid !== main.tid || event.ph !== 'X' || !event.dur) continue;
      if (event.ts < from || event.ts > to) continue;
      const name = event.name === 'Layout' ? 'Layout' : event.name;
      const entry = totals.get(name) ?? { ms: 0, count: 0, objects: 0 };
      entry.ms += event.dur / 1000;
      entry.count += 1;
      if (event.name === 'Layout') entry.objects += event.args?.beginData?.dirtyObjects ?? 0;
      if (process.env.PROFILE_EVENTS && ['Layout', 'UpdateLayoutTree', 'Paint', 'FunctionCall', 'TimerFire', 'FireAnimationFrame', 'RunMicrotasks'].includes(event.name)) {
        const detail = event.name === 'FunctionCall' ? ` ${event.args?.data?.functionName || '(anonymous)'} ${String(event.args?.data?.url ?? '').split('/').pop()}:${event.args?.data?.lineNumber ?? '?'}` : event.name === 'Layout' ? ` ${event.args?.beginData?.dirtyObjects ?? '?'} of ${event.args?.beginData?.totalObjects ?? '?'} objects${event.args?.beginData?.partialLayout ? ', partial' : ''}` : event.name === 'UpdateLayoutTree' ? ` ${event.args?.elementCount ?? '?'} elements` : '';
        console.log(`  round ${round + 1} +${((event.ts - (Number.isFinite(from) ? from : events[0].ts)) / 1000).toFixed(1).padStart(6)} ms  ${(event.dur / 1000).toFixed(1).padStart(6)} ms  ${event.name}${detail}`);
      }
      totals.set(name, entry);
    }
    await page.close();
  }
  console.log(`${lib} ${action}: ${timings.map((ms) => ms.toFixed(1)).join(', ')} ms${action === 'mount' ? `; ${elements} elements in #stage once settled` : ''}`);
  console.log(`\ntrace events on the main thread inside the timed region (inclusive ms, summed over ${REPEAT} ${action === 'mount' ? 'page loads' : 'rounds of 4 filter changes'})`);
  for (const [name, { ms, count, objects }] of [...totals].sort((a, b) => b[1].ms - a[1].ms).slice(0, 20)) {
    console.log(`${ms.toFixed(1).padStart(9)} ms  ${String(count).padStart(4)}×  ${name}${objects ? ` (${objects} dirty layout objects)` : ''}`);
  }
  if (process.env.PROFILE_OUT) await writeFile(process.env.PROFILE_OUT, JSON.stringify(lastTrace));

  if (process.env.PROFILE_CPU) {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    if (action === 'mount') {
      // Only the timed mount: the page holds after preparing its data until `go()`.
      await page.goto(`${origin}/index.html?lib=${lib}&hold`, { waitUntil: 'load' });
      await page.waitForFunction(() => window.__bench.go || window.__bench.error, null, { polling: 50 });
      await cdp.send('Profiler.start');
      await page.evaluate(() => window.__bench.go());
      await page.waitForFunction(() => window.__bench.ready || window.__bench.error, null, { polling: 50 });
    } else {
      await open(page);
      await cdp.send('Profiler.start');
      for (let round = 0; round < REPEAT; round++) for (const index of [1, 2, 3, 0]) await page.evaluate((at) => window.__bench.filter(at), index);
    }
    const { profile } = await cdp.send('Profiler.stop');
    const interval = new Map();
    for (let at = 0; at < profile.samples.length; at++) interval.set(profile.samples[at], (interval.get(profile.samples[at]) ?? 0) + (profile.timeDeltas[at + 1] ?? 0) / 1000);
    const byId = new Map(profile.nodes.map((node) => [node.id, node]));
    const parent = new Map();
    for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
    const keyOf = (node) => `${node.callFrame.functionName || '(anonymous)'} ${node.callFrame.url.split('/').pop()}:${node.callFrame.lineNumber + 1}`;
    const self = new Map();
    const total = new Map();
    for (const [id, ms] of interval) {
      const node = byId.get(id);
      self.set(keyOf(node), (self.get(keyOf(node)) ?? 0) + ms);
      const seen = new Set();
      for (let at = id; at !== undefined; at = parent.get(at)) {
        const key = keyOf(byId.get(at));
        if (seen.has(key)) continue;
        seen.add(key);
        total.set(key, (total.get(key) ?? 0) + ms);
      }
    }
    for (const [title, map] of [['self time', self], ['total time', total]]) {
      console.log(`\n${title} (one ${action === 'mount' ? 'page load, mount → first row painted' : `page, ${REPEAT} rounds of filter changes`})`);
      for (const [key, ms] of [...map].sort((a, b) => b[1] - a[1]).slice(0, TOP)) console.log(`${ms.toFixed(1).padStart(9)} ms  ${key}`);
    }
  }
} finally {
  await browser?.close();
  await new Promise((done) => (server ? server.close(done) : done()));
  await rm(temp, { recursive: true, force: true });
}
