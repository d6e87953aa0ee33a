/**
 * Benchmark: okrkit's AlignmentTree against react-d3-tree on the same generated organisations,
 * in headless Chromium, in one run, interleaved, medians. Not a test: it prints figures, ratios
 * and how they compare with the targets of issue 5. See bench/README.md for what is timed.
 *
 *   pnpm --filter @okrkit/bench alignment     (or `pnpm bench:alignment` from the root)
 *
 * Environment: BENCH_ROUNDS (default 7), BENCH_WARMUP (2), BENCH_TOGGLES (9), CHROMIUM (/usr/bin/chromium).
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
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
const SIZES = [1000, 5000];
const WARMUP = Number(process.env.BENCH_WARMUP ?? 2);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 7);
const TOGGLES = Number(process.env.BENCH_TOGGLES ?? 9);
const TOGGLE_WARMUP = 2;
const PAGE_TIMEOUT = 30_000;
const RUN_LIMIT = 4 * 60_000;

const startedAt = performance.now();
const guard = setTimeout(() => {
  console.error(`alignment benchmark: over ${RUN_LIMIT / 60_000} minutes, giving up`);
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
      { find: /^@okrkit\/core$/, replacement: join(packages, 'core/src/index.ts') },
      { find: /^@okrkit\/core\/examples$/, replacement: join(packages, 'core/src/examples/index.ts') },
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

/**
 * Both sides did the same work, or the comparison means nothing: they draw the same number of
 * objectives, and every card okrkit draws shows the title, owner and percent react-d3-tree's
 * label shows for that objective.
 */
const checks = [];
function compare(seen) {
  for (const n of SIZES) {
    const theirs = seen[`d3tree@${n}`];
    for (const key of ['okrkit', 'okrkit-all']) {
      const mine = seen[`${key}@${n}`];
      const drawn = Object.entries(mine.labels);
      const wrong = drawn.filter(([label, percent]) => theirs.labels[label] !== percent);
      if (mine.count !== theirs.count || drawn.length === 0 || wrong.length) {
        throw new Error(`${key} n=${n} and react-d3-tree differ: ${mine.count} vs ${theirs.count} objectives; ${wrong.length} of ${drawn.length} drawn labels differ ${JSON.stringify(wrong.slice(0, 3))}`);
      }
      checks.push(`${key} n=${n}: ${mine.count} objectives on both sides; the ${drawn.length} cards drawn match react-d3-tree's labels`);
    }
  }
}

const temp = await mkdtemp(join(tmpdir(), 'okrkit-alignment-bench-'));
let server;
let browser;
try {
  // 1. Build the page once, and the two bundles whose size is compared.
  const buildStart = performance.now();
  await build({ ...shared, root: join(here, 'page'), base: './', build: { outDir: join(temp, 'page'), emptyOutDir: true, target: 'es2022', reportCompressedSize: false } });
  const sizes = {
    okrkit: await bundleSize(join(here, 'bundle/alignment-tree.ts')),
    d3tree: await bundleSize(join(here, 'bundle/react-d3-tree.ts')),
  };
  // The published build, for information: it may lag the sources and has bundled other widgets' dependencies before.
  const distEntry = join(temp, 'dist-entry.js');
  await writeFile(distEntry, `export { AlignmentTree } from ${JSON.stringify(join(packages, 'react/dist/index.js'))};\n`);
  sizes.dist = await bundleSize(distEntry).catch(() => undefined);
  const css = gzipSync(await readFile(join(packages, 'react/dist/styles.css')), { level: 9 }).length;
  console.log(`built the page and bundles in ${((performance.now() - buildStart) / 1000).toFixed(1)} s`);

  server = await serveStatic(join(temp, 'page'));
  const origin = `http://127.0.0.1:${server.address().port}`;
  browser = await chromium.launch(chromiumLaunchOptions);
  const context = await browser.newContext({ viewport: { width: 1300, height: 820 } });

  /** Opens a fresh page and waits for the tree's first paint; the caller closes it. */
  async function open(lib, n, expanded) {
    const page = await context.newPage();
    page.setDefaultTimeout(PAGE_TIMEOUT);
    try {
      await page.goto(`${origin}/index.html?lib=${lib}&n=${n}${expanded ? '&expanded=all' : ''}`, { waitUntil: 'commit', timeout: PAGE_TIMEOUT });
      await page.waitForFunction(() => window.__bench && (window.__bench.done || window.__bench.error), null, { timeout: PAGE_TIMEOUT, polling: 100 });
      const result = await page.evaluate(() => ({ marks: window.__bench.marks, domAtPaint: window.__bench.domAtPaint, error: window.__bench.error }));
      if (result.error) throw new Error(`${lib} n=${n}: ${result.error}`);
      return { page, result };
    } catch (error) {
      await page.close();
      throw error;
    }
  }

  // The three pages of each size: react-d3-tree has one configuration (its default shows everything).
  const variants = [
    { key: 'okrkit', lib: 'okrkit', expanded: false },
    { key: 'okrkit-all', lib: 'okrkit', expanded: true },
    { key: 'd3tree', lib: 'd3tree', expanded: false },
  ];
  const samples = {};
  for (const n of SIZES) for (const { key } of variants) samples[`${key}@${n}`] = { paint: [], fromNavigation: [], dom: [] };

  // 2. First paint and DOM size: a fresh page per load, interleaved, order alternating each round.
  // The first warm-up round also checks that both sides did the same work (see `compare`).
  const seen = {};
  for (let round = 0; round < WARMUP + ROUNDS; round++) {
    for (const n of SIZES) {
      const order = round % 2 === 0 ? variants : [...variants].reverse();
      for (const variant of order) {
        const { page, result } = await open(variant.lib, n, variant.expanded);
        // Settled: what stays in the DOM once the view has been measured and re-culled.
        await page.waitForTimeout(250);
        const dom = await page.evaluate(() => window.__bench.domNow());
        if (round === 0) seen[`${variant.key}@${n}`] = await page.evaluate(() => ({ count: window.__bench.objectiveCount, labels: window.__bench.labels() }));
        await page.close();
        if (round < WARMUP) continue;
        const sample = samples[`${variant.key}@${n}`];
        sample.paint.push(result.marks.painted - result.marks.start);
        sample.fromNavigation.push(result.marks.painted);
        sample.dom.push(Math.max(dom, result.domAtPaint));
      }
    }
    if (round === 0) compare(seen);
    process.stdout.write(`\rround ${round + 1}/${WARMUP + ROUNDS}${round < WARMUP ? ' (warm-up)' : ''}   `);
  }
  process.stdout.write('\n');

  // 3. Expand/collapse at 5,000: okrkit picks the node (keyboard), react-d3-tree toggles the same objective (click).
  async function toggles(lib, expanded, id) {
    const { page } = await open(lib, 5000, expanded);
    try {
      await page.waitForTimeout(250);
      const target = await page.evaluate((wanted) => window.__bench.toggleSetup(wanted), id);
      const times = { all: [], collapse: [], expand: [] };
      const states = [];
      for (let at = 0; at < TOGGLE_WARMUP + TOGGLES; at++) {
        const { ms, state } = await page.evaluate(() => window.__bench.toggle());
        states.push(state);
        if (at >= TOGGLE_WARMUP) {
          times.all.push(ms);
          times[state === 'collapsed' ? 'collapse' : 'expand'].push(ms);
        }
        await page.waitForTimeout(50);
      }
      if (new Set(states).size < 2) throw new Error(`${lib}: the toggles did not change the node's state (${states.join(', ')})`);
      return { target, times };
    } finally {
      await page.close();
    }
  }
  const toggleAll = await toggles('okrkit', true, undefined);
  const toggleD3 = await toggles('d3tree', false, toggleAll.target.id);
  const toggleDefault = await toggles('okrkit', false, undefined);
  if (toggleDefault.target.id !== toggleAll.target.id) throw new Error('okrkit picked different nodes to toggle');

  // 4. The table.
  const ms = (value) => `${value.toFixed(1)} ms`;
  const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
  const verdict = (ok) => (ok ? 'PASS' : 'MISS');
  const rows = [];
  const row = (...cells) => rows.push(cells);
  row('measure', 'size', 'okrkit (median / p90)', 'react-d3-tree (median / p90)', 'okrkit / d3', 'target', 'verdict');
  const configurations = [
    ['defaults', 'okrkit'],
    ['both fully expanded', 'okrkit-all'],
  ];
  for (const [label, key] of configurations) {
    for (const n of SIZES) {
      const mine = samples[`${key}@${n}`].paint;
      const theirs = samples[`d3tree@${n}`].paint;
      const ratio = median(mine) / median(theirs);
      const limit = n === 1000 ? 0.5 : 0.3;
      row(`first paint, ${label}`, n.toLocaleString('en'), `${ms(median(mine))} / ${ms(p90(mine))}`, `${ms(median(theirs))} / ${ms(p90(theirs))}`, `${ratio.toFixed(2)}×`, `≤ ${limit}×`, verdict(ratio <= limit));
    }
  }
  for (const [label, key] of configurations) {
    for (const n of SIZES) {
      const mine = samples[`${key}@${n}`].fromNavigation;
      const theirs = samples[`d3tree@${n}`].fromNavigation;
      row(`  from navigation start, ${label}`, n.toLocaleString('en'), `${ms(median(mine))} / ${ms(p90(mine))}`, `${ms(median(theirs))} / ${ms(p90(theirs))}`, `${(median(mine) / median(theirs)).toFixed(2)}×`, '(info)', '');
    }
  }
  for (const [label, key] of configurations) {
    for (const n of SIZES) {
      const mine = Math.max(...samples[`${key}@${n}`].dom);
      const theirs = Math.max(...samples[`d3tree@${n}`].dom);
      row(`DOM elements (max), ${label}`, n.toLocaleString('en'), String(mine), String(theirs), `${(mine / theirs).toFixed(3)}×`, '≤ 2,500', verdict(mine <= 2500));
    }
  }
  const toggleRow = (label, mine, limitCheck) => {
    const theirs = toggleD3.times;
    row(
      `expand/collapse, ${label}`,
      '5,000',
      `${ms(median(mine.all))} / ${ms(p90(mine.all))}`,
      `${ms(median(theirs.all))} / ${ms(p90(theirs.all))}`,
      `${(median(mine.all) / median(theirs.all)).toFixed(2)}×`,
      limitCheck ? '≤ 50 ms' : '(info)',
      limitCheck ? verdict(median(mine.all) <= 50) : '',
    );
    row('  collapse only / expand only', '5,000', `${ms(median(mine.collapse))} / ${ms(median(mine.expand))}`, `${ms(median(theirs.collapse))} / ${ms(median(theirs.expand))}`, '', '', '');
  };
  toggleRow('both fully expanded', toggleAll.times, true);
  toggleRow('okrkit defaults', toggleDefault.times, true);
  row('bundle, gzip -9, React excluded', '', kb(sizes.okrkit.gzip), kb(sizes.d3tree.gzip), `${(sizes.okrkit.gzip / sizes.d3tree.gzip).toFixed(2)}×`, '≤ 18 KB', verdict(sizes.okrkit.gzip <= 18 * 1024));
  row('  minified, not compressed', '', kb(sizes.okrkit.raw), kb(sizes.d3tree.raw), '', '(info)', '');
  if (sizes.dist) row('  AlignmentTree from packages/react/dist', '', kb(sizes.dist.gzip), '', '', '(info)', '');

  const widths = rows[0].map((_, column) => Math.max(...rows.map((cells) => String(cells[column]).length)));
  console.log('');
  console.log(`generateOrganisation({ objectives: n, seed: 7 }); ${ROUNDS} rounds after ${WARMUP} warm-up, a fresh page per load, interleaved, order alternating; 1280×800 stage`);
  for (const check of checks) console.log(`check: ${check}`);
  console.log(
    `toggled: ${toggleAll.target.id} (${toggleAll.target.descendants} objectives below it; okrkit: keyboard ArrowLeft/ArrowRight, react-d3-tree: click); ` +
      `median of ${TOGGLES} after ${TOGGLE_WARMUP} warm-up`,
  );
  console.log('');
  for (const [at, cells] of rows.entries()) {
    console.log(cells.map((cell, column) => String(cell).padEnd(widths[column])).join('  ').trimEnd());
    if (at === 0) console.log(widths.map((width) => '-'.repeat(width)).join('  '));
  }
  console.log('');
  console.log(`styles.css (all okrkit components, shared): ${kb(css)} gzip, not counted above`);
  console.log(`whole run: ${((performance.now() - startedAt) / 1000).toFixed(0)} s`);
} finally {
  await browser?.close();
  await new Promise((done) => (server ? server.close(done) : done()));
  await rm(temp, { recursive: true, force: true });
  clearTimeout(guard);
}
