/**
 * The "no NaN, ever" properties of okrkit's maths, shared by the core's test suite (10^4 runs,
 * `test/maths-extreme.test.ts`) and the benchmark script (10^6 runs,
 * `bench/maths-properties.bench.mjs`). Plain JavaScript with the API passed in, so the test
 * checks the sources and the benchmark the built package with the same definitions.
 *
 * Inputs are any finite numbers — far beyond what the validators accept (|x| ≤ ~1e15):
 * the maths must not rely on validation. Each property returns true when every number it
 * reads is finite and in its documented range.
 */

const STATUSES = new Set(['not-started', 'on-track', 'at-risk', 'off-track', 'achieved']);
const RAW_LIMIT = 1e9;
const NOW = '2026-02-15T12:00:00Z';

/** @param {number} value */
const finite = (value) => typeof value === 'number' && Number.isFinite(value);
/** @param {number} value */
const unit = (value) => finite(value) && value >= 0 && value <= 1;
/** @param {{ value: number; raw: number }} progress */
const progressOk = (progress) => unit(progress.value) && finite(progress.raw) && Math.abs(progress.raw) <= RAW_LIMIT;

/**
 * Whether every number in an explanation (inputs, shares, contributions) is finite and the shares sum to ~1.
 * @param {{ inputs: Record<string, unknown>; parts?: { share: number; contribution: number; weight: number; value: number }[] }} explanation
 */
function explanationOk(explanation) {
  for (const input of Object.values(explanation.inputs)) if (typeof input === 'number' && !finite(input)) return false;
  const parts = explanation.parts ?? [];
  let sum = 0;
  for (const part of parts) {
    if (!unit(part.share) || !unit(part.contribution) || !finite(part.weight) || !unit(part.value)) return false;
    sum += part.share;
  }
  return sum === 0 || Math.abs(sum - 1) < 1e-9;
}

/**
 * The properties, each `{ name, arbitrary, holds }`.
 * @param {any} core the `@okrkit/core` API (sources or built package)
 * @param {any} fc fast-check
 */
export function mathsProperties(core, fc) {
  const edges = [0, -0, 1, -1, 0.5, 5e-324, -5e-324, 1e-300, 1e15, -1e15, 1e308, -1e308, Number.MAX_VALUE, -Number.MAX_VALUE];
  const number = fc.oneof(
    { weight: 3, arbitrary: fc.double({ noNaN: true, noDefaultInfinity: true }) },
    { weight: 2, arbitrary: fc.constantFrom(...edges) },
    { weight: 1, arbitrary: fc.double({ min: -100, max: 100, noNaN: true }) },
  );
  const weight = fc.option(number, { nil: undefined });
  const milestones = fc
    .array(fc.record({ title: fc.constant('Step'), done: fc.boolean(), weight }), { maxLength: 6 })
    .map((list) => ({ kind: 'milestones', milestones: list }));
  const metric = fc.oneof(
    fc.tuple(fc.constantFrom('increase', 'decrease'), number, number, number).map(([direction, start, target, current]) => ({ kind: 'numeric', direction, start, target, current })),
    fc.boolean().map((done) => ({ kind: 'binary', done })),
    milestones,
    fc.tuple(fc.constantFrom('above', 'below'), number, number, fc.boolean()).map(([bound, threshold, current, inclusive]) => ({ kind: 'guardrail', bound, threshold, current, inclusive })),
    fc.tuple(number, number, number).map(([a, b, current]) => ({ kind: 'guardrail-range', min: Math.min(a, b), max: Math.max(a, b), current })),
  );
  const instant = fc.integer({ min: Date.UTC(2025, 11, 1), max: Date.UTC(2026, 4, 1) }).map((ms) => new Date(ms).toISOString());
  /** A set of up to 6 objectives in a tree (each child's parent comes earlier), KRs and check-ins with extreme numbers. */
  const okrSet = fc
    .record({
      objectives: fc.array(fc.record({ parent: fc.nat(), weight, draft: fc.boolean() }), { minLength: 1, maxLength: 6 }),
      keyResults: fc.array(fc.record({ objective: fc.nat(), metric, weight }), { maxLength: 10 }),
      checkIns: fc.array(fc.record({ keyResult: fc.nat(), at: instant, value: number, confidence: fc.option(number, { nil: undefined }) }), { maxLength: 8 }),
    })
    .map(({ objectives, keyResults, checkIns }) => {
      const set = {
        periods: [{ id: 'q1', name: 'Q1', start: '2026-01-01', end: '2026-03-31' }],
        objectives: objectives.map((objective, at) => {
          const made = { id: `o${at}`, title: `Objective ${at}`, periodId: 'q1' };
          if (at > 0) Object.assign(made, { parentId: `o${objective.parent % at}`, teamId: `t${at}` });
          if (objective.weight !== undefined) Object.assign(made, { weight: objective.weight });
          if (objective.draft && at > 0) Object.assign(made, { state: 'draft' });
          return made;
        }),
        keyResults: keyResults.map((keyResult, at) => {
          const made = { id: `k${at}`, objectiveId: `o${keyResult.objective % objectives.length}`, title: `Key result ${at}`, metric: keyResult.metric };
          if (keyResult.weight !== undefined) Object.assign(made, { weight: keyResult.weight });
          return made;
        }),
        checkIns: [],
      };
      if (keyResults.length > 0) {
        set.checkIns = checkIns
          .map((checkIn, at) => {
            const made = { id: `c${at}`, keyResultId: `k${checkIn.keyResult % keyResults.length}`, at: checkIn.at, value: checkIn.value };
            if (checkIn.confidence !== undefined) Object.assign(made, { confidence: checkIn.confidence });
            return made;
          })
          .sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
      }
      return set;
    });

  const presets = Object.values(core.scoringPresets);

  return [
    {
      name: 'metricProgress',
      arbitrary: metric,
      holds: (value) => {
        const progress = core.metricProgress(value);
        return progressOk(progress) && explanationOk(progress.explanation);
      },
    },
    {
      name: 'objectiveProgress (includeChildren)',
      arbitrary: okrSet,
      holds: (set) => {
        const progress = core.objectiveProgress('o0', set, { includeChildren: true });
        return progressOk(progress) && explanationOk(progress.explanation) && progressOk(core.objectiveProgress('o0', set));
      },
    },
    {
      name: 'assessOkrSet (status, grade, every preset)',
      arbitrary: fc.tuple(okrSet, fc.constantFrom(...presets), instant),
      holds: ([set, scoring, now]) => {
        for (const assessment of core.assessOkrSet(set, { now, scoring, includeChildren: true }).values()) {
          if (!STATUSES.has(assessment.status) || !progressOk(assessment.progress) || !unit(assessment.expected)) return false;
          if (!finite(assessment.grade.score) || /NaN|∞|Infinity/.test(scoring.format(assessment.grade.score, 'en'))) return false;
        }
        return true;
      },
    },
    {
      name: 'scoreProgress (any number, every preset)',
      arbitrary: fc.tuple(number, fc.constantFrom(...presets)),
      holds: ([progress, scoring]) => {
        const grade = core.scoreProgress(progress, scoring);
        return finite(grade.score) && !/NaN|∞|Infinity/.test(scoring.format(grade.score, 'en'));
      },
    },
    {
      name: 'keyResultConfidence',
      arbitrary: okrSet,
      holds: (set) =>
        set.keyResults.every((keyResult) => {
          const confidence = core.keyResultConfidence(keyResult.id, set);
          return [confidence.latest, confidence.previous, confidence.change].every((value) => value === null || finite(value));
        }),
    },
    {
      name: 'progressSinceLastWeek',
      arbitrary: okrSet,
      holds: (set) =>
        core.progressSinceLastWeek({ weekStart: '2026-02-09', focus: [{ objectiveId: 'o0' }, ...set.keyResults.map((keyResult) => ({ keyResultId: keyResult.id }))] }, set).every(
          (row) =>
            [row.lastWeek, row.thisWeek].every((reading) => reading === null || (finite(reading.value) && finite(reading.progress) && (reading.confidence === null || unit(reading.confidence)))) &&
            Object.values(row.change).every((value) => value === null || finite(value)),
        ),
    },
    {
      name: 'rollUpAlignment + layoutAlignmentTree',
      arbitrary: okrSet,
      holds: (set) => {
        const graph = core.buildAlignmentGraph(set);
        const rollups = core.rollUpAlignment(graph, set, { now: NOW });
        for (const node of rollups.nodes.values()) {
          if (!progressOk(node.ownProgress) || !progressOk(node.subtreeProgress) || !finite(node.grade.score) || !STATUSES.has(node.status)) return false;
        }
        const layout = core.layoutAlignmentTree(graph, { nodeWidth: 240, nodeHeight: 96, gapX: 24, gapY: 48 });
        return layout.nodes.every((node) => finite(node.x) && finite(node.y)) && layout.links.every((link) => link.points.every((point) => finite(point.x) && finite(point.y)));
      },
    },
  ];
}
