/**
 * Benchmark: `store.load()` of a 10,000-objective organisation (`generateOrganisation` of
 * `@okrkit/core/examples`) over the memory adapter, with every validation rule applied,
 * against a plain `JSON.parse` of the same data, in the same run, interleaved.
 * Not a test: it prints figures and the ratio. Run with `pnpm bench:load` (builds first).
 *
 * What each side does inside the timed region:
 * - okrkit: a new store over the already filled memory adapter, `await store.load()` (the
 *   adapter copies its records, the store validates every record — shape, bounds, references,
 *   loops — and builds its tables) and the first `getSnapshot()`. A probe load first checks
 *   that the rules are on: an oversized id is left out, a dangling parent kept with a warning.
 * - peer: `JSON.parse` of the same records as the adapter holds them, serialised once
 *   beforehand (the 12.7 MB a REST or browser adapter would read).
 */
import { performance } from 'node:perf_hooks';
import { createMemoryAdapter } from '@okrkit/adapter-memory';
import { createOkrStore, validateOkrSet } from '@okrkit/core';
import { generateOrganisation } from '@okrkit/core/examples';

const objectives = Number(process.env.BENCH_OBJECTIVES ?? 10_000);
const warmup = Number(process.env.BENCH_WARMUP ?? 5);
const rounds = Number(process.env.BENCH_ROUNDS ?? 21);

const { okrSet } = generateOrganisation({ objectives });
const adapter = createMemoryAdapter({ initial: okrSet });
const text = JSON.stringify(adapter.dump());

async function storeLoad() {
  const store = createOkrStore({ adapter });
  const t0 = performance.now();
  await store.load();
  const snapshot = store.getSnapshot();
  const ms = performance.now() - t0;
  store.dispose();
  return [ms, snapshot];
}

function jsonParse() {
  const t0 = performance.now();
  const records = JSON.parse(text);
  return [performance.now() - t0, records];
}

// The same data on both sides, and nothing left out, or the comparison means nothing.
const [, first] = await storeLoad();
const parsed = jsonParse()[1];
const loaded = ['periods', 'objectives', 'keyResults', 'checkIns'].reduce((sum, key) => sum + first.okrSet[key].length, 0);
if (first.status !== 'ready' || first.loadIssues.length > 0 || loaded !== parsed.length) {
  console.error(`store.load kept ${loaded} of ${parsed.length} records with ${first.loadIssues.length} load issues`);
  process.exit(1);
}

// The rules are on: the same load over the same data plus one oversized id and one dangling
// reference reports the first as an error (left out) and the second as a warning (kept).
{
  const probe = createMemoryAdapter({
    initial: {
      ...okrSet,
      objectives: [
        ...okrSet.objectives,
        { id: 'x'.repeat(3000), title: 'Oversized id', periodId: okrSet.periods[0].id },
        { id: 'dangling', title: 'Aligned to nothing that exists', periodId: okrSet.periods[0].id, parentId: 'deleted' },
      ],
    },
  });
  const store = createOkrStore({ adapter: probe });
  await store.load();
  const issues = store.getSnapshot().loadIssues.map((issue) => `${issue.severity} ${issue.path.replace(/x{3000}/, 'x×3000')}: ${issue.message}`);
  const expected = ['error objectives["x×3000"].id: must be at most 128 characters', 'warning objectives["dangling"].parentId: names no objective with id "deleted"'];
  if (JSON.stringify(issues) !== JSON.stringify(expected)) {
    console.error(`the store did not apply its rules: ${JSON.stringify(issues)}`);
    process.exit(1);
  }
  store.dispose();
}

for (let i = 0; i < warmup; i++) {
  await storeLoad();
  jsonParse();
}
const loadTimes = [];
const parseTimes = [];
const adapterTimes = [];
const validateTimes = [];
for (let i = 0; i < rounds; i++) {
  // Interleaved, alternating who goes first, so drift on a shared machine hits both.
  if (i % 2 === 0) {
    loadTimes.push((await storeLoad())[0]);
    parseTimes.push(jsonParse()[0]);
  } else {
    parseTimes.push(jsonParse()[0]);
    loadTimes.push((await storeLoad())[0]);
  }
  // Where the time goes (not part of the ratio): the adapter's copy, and the public
  // validator over the whole set (the reference checker, valibot schemas).
  let t0 = performance.now();
  await adapter.load();
  adapterTimes.push(performance.now() - t0);
  if (i < 5) {
    t0 = performance.now();
    validateOkrSet(okrSet);
    validateTimes.push(performance.now() - t0);
  }
}

const median = (list) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)];
const p90 = (list) => [...list].sort((a, b) => a - b)[Math.floor(list.length * 0.9)];
const f = (ms) => `${ms.toFixed(1)} ms`;
const loadMedian = median(loadTimes);
const parseMedian = median(parseTimes);
const ratio = loadMedian / parseMedian;
console.log(
  `organisation: ${okrSet.objectives.length} objectives, ${okrSet.keyResults.length} key results, ${okrSet.checkIns.length} check-ins, ${okrSet.periods.length} periods; ${(text.length / 1e6).toFixed(1)} MB of JSON`,
);
console.log(`rounds: ${rounds} (after ${warmup} warm-up), interleaved; every record loaded, no load issues`);
console.log(`store.load() over the memory adapter   median ${f(loadMedian)}   p90 ${f(p90(loadTimes))}`);
console.log(`JSON.parse of the same records         median ${f(parseMedian)}   p90 ${f(p90(parseTimes))}`);
console.log(`ratio load / JSON.parse: ${ratio.toFixed(2)}×   (target ≤ 2×)`);
console.log('');
console.log('inside store.load (not in the ratio):');
console.log(`  memory adapter load (its copies)           median ${f(median(adapterTimes))}`);
console.log(`  validateOkrSet, valibot reference          median ${f(median(validateTimes))} (${validateTimes.length} runs)`);
console.log(`verdict: ${ratio <= 2 ? 'within' : 'OUTSIDE'} 2× of JSON.parse`);
