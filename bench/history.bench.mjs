/**
 * Benchmark: the history of every KR of an organisation (10,000 KRs × 50 check-ins) with
 * @okrkit/core's keyResultHistory, against a bare hand-written loop doing the same sweep
 * (group by KR, parse instants, sort by time then id, progress per reading) in the same run,
 * interleaved. Not a test: it prints figures and the ratio. `pnpm bench:history`.
 */
import { performance } from 'node:perf_hooks';
import { keyResultHistory } from '../packages/core/dist/index.js';
import { generateOrganisation } from './generate-organisation.mjs';

const organisation = generateOrganisation({ objectives: 2_500, keyResultsPerObjective: 4, checkInsPerKeyResult: 50 });

function bareProgress(metric, value) {
  switch (metric.kind) {
    case 'numeric': {
      const span = metric.target - metric.start;
      if (span === 0) return (metric.direction === 'increase' ? value >= metric.target : value <= metric.target) ? 1 : 0;
      return (value - metric.start) / span;
    }
    case 'binary':
      return value >= 1 ? 1 : 0;
    case 'milestones': {
      let total = 0;
      let done = 0;
      metric.milestones.forEach((milestone, index) => {
        total += milestone.weight ?? 1;
        if (index < value) done += milestone.weight ?? 1;
      });
      return total > 0 ? done / total : 0;
    }
    case 'guardrail':
      return (metric.bound === 'above' ? value >= metric.threshold : value <= metric.threshold) ? 1 : 0;
    default:
      return value >= metric.min && value <= metric.max ? 1 : 0;
  }
}

/** What a developer would write by hand: one map, one sort per KR, one pass. */
function bareLoop(set) {
  const byKeyResult = new Map();
  for (const checkIn of set.checkIns) {
    const list = byKeyResult.get(checkIn.keyResultId);
    if (list) list.push(checkIn);
    else byKeyResult.set(checkIn.keyResultId, [checkIn]);
  }
  const histories = new Map();
  for (const keyResult of set.keyResults) {
    const points = (byKeyResult.get(keyResult.id) ?? []).map((checkIn) => ({
      checkInId: checkIn.id,
      at: checkIn.at,
      atMs: Date.parse(checkIn.at),
      value: checkIn.value,
      progress: bareProgress(keyResult.metric, checkIn.value),
      confidence: checkIn.confidence ?? null,
      authorId: checkIn.authorId ?? null,
      note: checkIn.note ?? null,
    }));
    points.sort((a, b) => a.atMs - b.atMs || (a.checkInId < b.checkInId ? -1 : 1));
    histories.set(keyResult.id, points);
  }
  return histories;
}

function withCore(set) {
  const histories = new Map();
  for (const keyResult of set.keyResults) histories.set(keyResult.id, keyResultHistory(set, keyResult.id).points);
  return histories;
}

// A fresh (shallow-copied) set per run, so okrkit cannot reuse its cached index.
function time(fn) {
  const set = { ...organisation };
  const t0 = performance.now();
  const result = fn(set);
  return [performance.now() - t0, result];
}

const [, expected] = time(bareLoop);
const [, actual] = time(withCore);
let mismatches = 0;
for (const [id, bare] of expected) {
  const core = actual.get(id);
  if (core.length !== bare.length) mismatches++;
  else if (core.some((point, i) => point.checkInId !== bare[i].checkInId || Math.abs(point.progress - bare[i].progress) > 1e-9)) mismatches++;
}
if (mismatches > 0) {
  console.error(`okrkit and the bare loop disagree on ${mismatches} key results`);
  process.exit(1);
}

const warmup = 5;
const rounds = 15;
for (let i = 0; i < warmup; i++) {
  time(bareLoop);
  time(withCore);
}
const bareTimes = [];
const coreTimes = [];
for (let i = 0; i < rounds; i++) {
  // Interleaved, alternating who goes first, so drift on a shared machine hits both.
  if (i % 2 === 0) {
    bareTimes.push(time(bareLoop)[0]);
    coreTimes.push(time(withCore)[0]);
  } else {
    coreTimes.push(time(withCore)[0]);
    bareTimes.push(time(bareLoop)[0]);
  }
}
const median = (list) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)];
const p90 = (list) => [...list].sort((a, b) => a - b)[Math.floor(list.length * 0.9)];
const f = (ms) => `${ms.toFixed(1)} ms`;
const coreMedian = median(coreTimes);
const bareMedian = median(bareTimes);
console.log(`organisation: ${organisation.keyResults.length} key results, ${organisation.checkIns.length} check-ins`);
console.log(`rounds: ${rounds} (after ${warmup} warm-up), interleaved; the same points in the same order for every KR`);
console.log(`@okrkit/core keyResultHistory (every KR)  median ${f(coreMedian)}   p90 ${f(p90(coreTimes))}   ${((coreMedian * 1000) / organisation.checkIns.length).toFixed(2)} µs per check-in`);
console.log(`bare hand-written sweep                   median ${f(bareMedian)}   p90 ${f(p90(bareTimes))}`);
console.log(`ratio core / bare: ${(coreMedian / bareMedian).toFixed(2)}×`);
