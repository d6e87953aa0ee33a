/**
 * A CPU profile of one side of the objective-list benchmark page, for finding where the time
 * goes (not a benchmark: no peer, no verdict). Builds the same page unminified, opens
 * `?lib=okrkit` (or `PROFILE_LIB=bare`), runs one action many times under Chrome's sampling
 * profiler and prints the functions with the most self time and the most total time.
 *
 *   node bench/objective-list/profile.mjs sort|filter|move|mount   (PROFILE_TOP=40, PROFILE_REPEAT=10)
 *   PROFILE_FIRST_MOVE=1 includes the page's first Alt+↓ (which renumbers every priority) in a move profile.
 *   PROFILE_OUT=/tmp/list.cpuprofile also writes the profile for Chrome DevTools' Performance panel.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runInBrowser } from '../browser-runner.mjs';

const here = fileURLToPath(new URL('.', import.meta.url));
const action = process.argv[2] ?? 'sort';
const lib = process.env.PROFILE_LIB ?? 'okrkit';
const TOP = Number(process.env.PROFILE_TOP ?? 30);
const REPEAT = Number(process.env.PROFILE_REPEAT ?? 10);
if (!['sort', 'filter', 'move', 'mount'].includes(action)) throw new Error(`unknown action ${action}: sort, filter, move or mount`);

const runner = {
  name: 'objective-list-profile',
  pageRoot: join(here, 'page'),
  reactSource: join(here, 'react-source.ts'),
  dedupe: ['react', 'react-dom', '@tanstack/react-table'],
  minify: false,
  keep: Boolean(process.env.PROFILE_KEEP),
  quiet: true,
};

await runInBrowser(runner, async ({ browser, context, origin }) => {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  if (action === 'mount') await cdp.send('Profiler.start');
  await page.goto(`${origin}/index.html?lib=${lib}`, { waitUntil: 'load' });
  await page.waitForFunction(() => window.__bench && (window.__bench.ready || window.__bench.error), null, { polling: 50 });
  const error = await page.evaluate(() => window.__bench.error);
  if (error) throw new Error(error);
  const timings = [];
  if (action === 'mount') {
    timings.push(await page.evaluate(() => window.__bench.mountMs));
  } else {
    await page.waitForTimeout(200);
    if (action === 'move') {
      await page.evaluate(() => window.__bench.focusRow(0));
      // The page's first move renumbers every priority (the generated organisation ranks per
      // owner); PROFILE_FIRST_MOVE=1 profiles it, by default it runs before the profiler starts.
      if (!process.env.PROFILE_FIRST_MOVE) {
        await page.keyboard.press('Alt+ArrowDown');
        await page.waitForTimeout(300);
      }
    }
    await cdp.send('Profiler.start');
    if (action === 'sort') for (let at = 0; at < REPEAT; at++) timings.push(await page.evaluate(() => window.__bench.sort()));
    if (action === 'filter') for (let at = 0; at < REPEAT; at++) timings.push(await page.evaluate((index) => window.__bench.filter(index), (at % 4) + 0));
    if (action === 'move') {
      await page.evaluate(() => {
        window.__bench.moves = [];
        window.__bench.recordMoves = true;
      });
      for (let at = 0; at < REPEAT; at++) {
        await page.keyboard.press('Alt+ArrowDown');
        await page.waitForFunction((count) => window.__bench.moves.length >= count || window.__bench.error, at + 1, { polling: 'raf' });
        await page.waitForTimeout(40);
      }
      timings.push(...(await page.evaluate(() => window.__bench.moves)));
    }
  }
  const { profile } = await cdp.send('Profiler.stop');
  if (process.env.PROFILE_TRACE) {
    // Where the main thread's time went by trace event (scripting, style, layout, paint), one more round traced.
    await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'] });
    if (action === 'sort') for (let at = 0; at < REPEAT; at++) await page.evaluate(() => window.__bench.sort());
    if (action === 'filter') for (let at = 0; at < REPEAT; at++) await page.evaluate((index) => window.__bench.filter(index), at % 4);
    if (action === 'move') for (let at = 0; at < REPEAT; at++) {
      await page.keyboard.press('Alt+ArrowDown');
      await page.waitForTimeout(80);
    }
    const trace = JSON.parse((await browser.stopTracing()).toString());
    const events = trace.traceEvents ?? trace;
    const main = events.find((event) => event.name === 'thread_name' && event.args?.name === 'CrRendererMain' && events.some((other) => other.pid === event.pid && other.name === 'FunctionCall'));
    const sums = new Map();
    for (const event of events) {
      if (!main || event.pid !== main.pid || event.tid !== main.tid || event.ph !== 'X' || !event.dur) continue;
      sums.set(event.name, (sums.get(event.name) ?? 0) + event.dur / 1000);
    }
    console.log(`\ntrace events on the main thread (inclusive ms, ${REPEAT} actions)`);
    for (const [name, ms] of [...sums].sort((a, b) => b[1] - a[1]).slice(0, 20)) console.log(`${ms.toFixed(1).padStart(9)} ms  ${name}`);
  }
  if (process.env.PROFILE_OUT) await writeFile(process.env.PROFILE_OUT, JSON.stringify(profile));

  // Self time per node from the samples, then per function (name + file:line).
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
  const print = (title, map) => {
    console.log(`\n${title}`);
    for (const [key, ms] of [...map].sort((a, b) => b[1] - a[1]).slice(0, TOP)) console.log(`${ms.toFixed(1).padStart(9)} ms  ${key}`);
  };
  console.log(`${lib} ${action}: ${timings.map((ms) => ms.toFixed(1)).join(', ')} ms`);
  print('self time', self);
  print('total time', total);
});
