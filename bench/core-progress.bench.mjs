/**
 * Benchmark: progress, rollups and status for a whole organisation with @okrkit/core,
 * against a bare hand-written loop over the same arrays, in the same run, interleaved.
 * Not a test: it prints figures and ratios. Run with `pnpm bench` (builds the core first).
 */
import { performance } from 'node:perf_hooks';
import { assessOkrSet } from '../packages/core/dist/index.js';
import { generateOrganisation } from './generate-organisation.mjs';

const DAY = 86_400_000;
const now = '2026-02-15T12:00:00Z';
const organisation = generateOrganisation({ objectives: 10_000, keyResultsPerObjective: 4, checkInsPerKeyResult: 2 });

/** What a developer would write by hand: maps, one pass, no explanations. */
function bareLoop(set, nowIso) {
  return bareCompute(bareTables(set), set, nowIso);
}

function bareTables(set) {
  const periodBounds = new Map();
  for (const period of set.periods) {
    periodBounds.set(period.id, [Date.parse(`${period.start}T00:00:00Z`), Date.parse(`${period.end}T00:00:00Z`) + DAY]);
  }
  const keyResultsByObjective = new Map();
  for (const keyResult of set.keyResults) {
    const list = keyResultsByObjective.get(keyResult.objectiveId);
    if (list) list.push(keyResult);
    else keyResultsByObjective.set(keyResult.objectiveId, [keyResult]);
  }
  const children = new Map();
  for (const objective of set.objectives) {
    if (objective.parentId === undefined) continue;
    const list = children.get(objective.parentId);
    if (list) list.push(objective);
    else children.set(objective.parentId, [objective]);
  }
  const lastCheckIn = new Map();
  for (const checkIn of set.checkIns) lastCheckIn.set(checkIn.keyResultId, checkIn.at);
  return { periodBounds, keyResultsByObjective, children, lastCheckIn };
}

function bareCompute({ periodBounds, keyResultsByObjective, children, lastCheckIn }, set, nowIso) {
  const nowMs = Date.parse(nowIso);
  const metricValue = (metric) => {
    switch (metric.kind) {
      case 'numeric': {
        const span = metric.target - metric.start;
        const raw = span === 0 ? 1 : (metric.current - metric.start) / span;
        return raw < 0 ? 0 : raw > 1 ? 1 : raw;
      }
      case 'binary':
        return metric.done ? 1 : 0;
      case 'milestones': {
        let total = 0;
        let done = 0;
        for (const m of metric.milestones) {
          total += m.weight ?? 1;
          if (m.done) done += m.weight ?? 1;
        }
        return total > 0 ? done / total : 0;
      }
      default:
        return metric.current <= metric.threshold ? 1 : 0;
    }
  };
  const memo = new Map();
  const progressOf = (objective) => {
    const known = memo.get(objective.id);
    if (known !== undefined) return known;
    let total = 0;
    let sum = 0;
    for (const keyResult of keyResultsByObjective.get(objective.id) ?? []) {
      const weight = keyResult.weight ?? 1;
      total += weight;
      sum += weight * metricValue(keyResult.metric);
    }
    for (const child of children.get(objective.id) ?? []) {
      if (child.state === 'draft') continue;
      const weight = child.weight ?? 1;
      total += weight;
      sum += weight * progressOf(child);
    }
    const value = total > 0 ? sum / total : 0;
    memo.set(objective.id, value);
    return value;
  };
  const results = new Map();
  for (const objective of set.objectives) {
    const [start, end] = periodBounds.get(objective.periodId);
    const progress = progressOf(objective);
    const expected = nowMs <= start ? 0 : nowMs >= end ? 1 : (nowMs - start) / (end - start);
    let status;
    if (nowMs < start) status = 'not-started';
    else if (progress >= 1) status = 'achieved';
    else if (expected - progress <= 1e-9) status = 'on-track';
    else status = expected - progress <= 0.2 + 1e-9 ? 'at-risk' : 'off-track';
    let outdated = false;
    for (const keyResult of keyResultsByObjective.get(objective.id) ?? []) {
      const at = lastCheckIn.get(keyResult.id);
      const since = at === undefined ? start : Date.parse(at);
      if (nowMs >= start && nowMs < end && nowMs - since > 14 * DAY) outdated = true;
    }
    results.set(objective.id, { progress, status, outdated });
  }
  return results;
}

function withCore(set, nowIso) {
  return assessOkrSet(set, { now: nowIso, includeChildren: true });
}

// Each run gets a fresh (shallow-copied) set, so okrkit cannot reuse its cached index:
// both sides build their lookup tables inside the timed region.
function time(fn) {
  const set = { ...organisation };
  const t0 = performance.now();
  const result = fn(set, now);
  return [performance.now() - t0, result];
}

// Same answers, or the comparison means nothing.
const [, expected] = time(bareLoop);
const [, actual] = time(withCore);
let mismatches = 0;
for (const [id, bare] of expected) {
  const core = actual.get(id);
  if (Math.abs(core.progress.value - bare.progress) > 1e-9 || core.status !== bare.status || core.outdated !== bare.outdated) mismatches++;
}
if (mismatches > 0) {
  console.error(`okrkit and the bare loop disagree on ${mismatches} objectives`);
  process.exit(1);
}

const warmup = 15;
const rounds = 41;
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
// Warm: lookup tables already built (okrkit caches them per set; the bare loop keeps its maps),
// as when a dashboard re-scores the same data for another date or strategy.
const warmSet = { ...organisation };
const tables = bareTables(warmSet);
withCore(warmSet, now);
const warmBare = [];
const warmCore = [];
for (let i = 0; i < rounds; i++) {
  const run = (fn) => {
    const t0 = performance.now();
    fn();
    return performance.now() - t0;
  };
  if (i % 2 === 0) {
    warmBare.push(run(() => bareCompute(tables, warmSet, now)));
    warmCore.push(run(() => withCore(warmSet, now)));
  } else {
    warmCore.push(run(() => withCore(warmSet, now)));
    warmBare.push(run(() => bareCompute(tables, warmSet, now)));
  }
}

const median = (list) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)];
const p90 = (list) => [...list].sort((a, b) => a - b)[Math.floor(list.length * 0.9)];
const coreMedian = median(coreTimes);
const bareMedian = median(bareTimes);
const ratio = coreMedian / bareMedian;
const f = (ms) => `${ms.toFixed(2)} ms`;
console.log(
  `organisation: ${organisation.objectives.length} objectives, ${organisation.keyResults.length} key results, ${organisation.checkIns.length} check-ins`,
);
console.log(`rounds: ${rounds} (after ${warmup} warm-up), interleaved; answers identical on all ${expected.size} objectives`);
console.log('cold (each side builds its lookup tables inside the timed region):');
console.log(`@okrkit/core assessOkrSet   median ${f(coreMedian)}   p90 ${f(p90(coreTimes))}`);
console.log(`bare hand-written loop      median ${f(bareMedian)}   p90 ${f(p90(bareTimes))}`);
console.log(`ratio core / bare: ${ratio.toFixed(2)}×   (target ≤ 2×; core target < 20 ms)`);
console.log('');
console.log('warm (lookup tables already built):');
console.log(`@okrkit/core assessOkrSet   median ${f(median(warmCore))}   p90 ${f(p90(warmCore))}`);
console.log(`bare hand-written loop      median ${f(median(warmBare))}   p90 ${f(p90(warmBare))}`);
console.log(`ratio core / bare: ${(median(warmCore) / median(warmBare)).toFixed(2)}×`);
const spin = performance.now();
let sum = 0;
for (let i = 0; i < 1e7; i++) sum += i;
console.log('');
console.log(`machine speed reference: 1e7 integer additions take ${(performance.now() - spin).toFixed(1)} ms (${sum > 0 ? 'done' : ''})`);
console.log(`verdict (cold): ${coreMedian < 20 ? 'under' : 'OVER'} 20 ms, ${ratio <= 2 ? 'within' : 'OUTSIDE'} 2× of the bare loop`);
