/**
 * Benchmark-sized property run: 10^6 random finite inputs (far beyond the validators' range)
 * through every progress, rollup, status, grade, confidence and layout function of the built
 * @okrkit/core, counting the outputs that are NaN, ±Infinity or out of range. The same
 * properties run 10^4 times in `pnpm test` (packages/core/test/maths-extreme.test.ts).
 * Not a test: it prints counts. Run with `pnpm bench:maths` (builds the core first);
 * `node bench/maths-properties.bench.mjs 10000` runs fewer.
 */
import { performance } from 'node:perf_hooks';
import fc from 'fast-check';
import * as core from '../packages/core/dist/index.js';
import { mathsProperties } from '../packages/core/test/maths-properties.mjs';

const total = Number(process.argv[2] ?? 1_000_000);
if (!(Number.isInteger(total) && total > 0 && total <= 1e8)) throw new RangeError(`run count must be a whole number from 1 to 100,000,000, got ${process.argv[2]}`);
const properties = mathsProperties(core, fc);
const runsEach = Math.ceil(total / properties.length);
const chunk = 10_000;

console.log(`maths properties: ${runsEach.toLocaleString('en')} random inputs for each of ${properties.length} properties (${(runsEach * properties.length).toLocaleString('en')} in all)`);
let failedAll = 0;
let ranAll = 0;
for (const [number, property] of properties.entries()) {
  const started = performance.now();
  let ran = 0;
  let failed = 0;
  let first;
  for (let seed = 1; ran < runsEach; seed++) {
    const size = Math.min(chunk, runsEach - ran);
    for (const input of fc.sample(property.arbitrary, { numRuns: size, seed: number * 1_000_003 + seed })) {
      let holds;
      try {
        holds = property.holds(input);
      } catch (error) {
        holds = false;
        first ??= { input, error: String(error) };
      }
      if (!holds) {
        failed++;
        first ??= { input };
      }
    }
    ran += size;
  }
  ranAll += ran;
  failedAll += failed;
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`  ${property.name.padEnd(44)} ${ran.toLocaleString('en').padStart(9)} runs  ${String(failed).padStart(5)} not finite or out of range  ${seconds.padStart(6)} s`);
  if (first) console.log(`    first failing input: ${JSON.stringify(first).slice(0, 600)}`);
}
console.log(`total: ${ranAll.toLocaleString('en')} runs, ${failedAll} failures`);
process.exitCode = failedAll === 0 ? 0 : 1;
