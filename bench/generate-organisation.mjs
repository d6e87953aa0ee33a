/**
 * Generates a deterministic organisation for benchmarks: a company tree of objectives
 * (company → departments → teams → people), four KRs each of mixed metric kinds, and
 * weekly check-ins. Same seed, same data.
 */
export function generateOrganisation({ objectives = 10_000, keyResultsPerObjective = 4, checkInsPerKeyResult = 2, seed = 42 } = {}) {
  let state = seed >>> 0;
  const random = () => {
    // mulberry32: small, fast, deterministic.
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const periods = [
    { id: 'fy-2026', name: 'FY 2026', start: '2026-01-01', end: '2026-12-31' },
    { id: 'q1-2026', name: 'Q1 2026', start: '2026-01-01', end: '2026-03-31', parentId: 'fy-2026' },
    { id: 'q2-2026', name: 'Q2 2026', start: '2026-04-01', end: '2026-06-30', parentId: 'fy-2026' },
  ];
  const objectiveList = [];
  const keyResults = [];
  const checkIns = [];
  // Level sizes grow ×10 per level: 1 company, 10 departments, 100 teams, the rest people.
  const levels = [[]];
  for (let i = 0; i < objectives; i++) {
    const level = i === 0 ? 0 : i < 11 ? 1 : i < 111 ? 2 : 3;
    levels[level] ??= [];
    const parents = levels[level - 1];
    const parentId = level === 0 ? undefined : parents[Math.floor(random() * parents.length)];
    const id = `o${i}`;
    levels[level].push(id);
    objectiveList.push({
      id,
      title: `Objective ${i}`,
      periodId: level === 0 ? 'fy-2026' : random() < 0.5 ? 'q1-2026' : 'q2-2026',
      ownerId: `person-${i % 997}`,
      teamId: `team-${Math.floor(i / 40)}`,
      ...(parentId === undefined ? {} : { parentId }),
      priority: (i % 5) + 1,
      kind: random() < 0.2 ? 'aspirational' : 'committed',
      state: random() < 0.03 ? 'draft' : 'active',
      weight: 1 + Math.floor(random() * 3),
    });
    for (let k = 0; k < keyResultsPerObjective; k++) {
      const roll = random();
      let metric;
      if (roll < 0.6) {
        const start = Math.round(random() * 1000);
        const increase = random() < 0.75;
        const target = increase ? start + 1 + Math.round(random() * 1000) : Math.max(0, start - 1 - Math.round(random() * start));
        const current = start + (target - start) * (random() * 1.4 - 0.2);
        metric = { kind: 'numeric', direction: increase ? 'increase' : 'decrease', start, target, current };
      } else if (roll < 0.75) {
        metric = { kind: 'binary', done: random() < 0.4 };
      } else if (roll < 0.9) {
        metric = {
          kind: 'milestones',
          milestones: [1, 2, 3].map((m) => ({ title: `Step ${m}`, done: random() < 0.5, weight: m })),
        };
      } else {
        metric = { kind: 'guardrail', bound: 'below', threshold: 4, current: random() * 6, inclusive: true };
      }
      keyResults.push({ id: `o${i}k${k}`, objectiveId: id, title: `Key result ${k}`, metric, weight: 1 + (k % 2) });
    }
  }
  const base = Date.UTC(2026, 0, 5);
  for (let week = 0; week < checkInsPerKeyResult; week++) {
    for (const keyResult of keyResults) {
      checkIns.push({
        id: `${keyResult.id}c${week}`,
        keyResultId: keyResult.id,
        at: new Date(base + week * 7 * 86_400_000 + Math.floor(random() * 86_400_000)).toISOString(),
        value: random() * 100,
        confidence: Math.round(random() * 10) / 10,
      });
    }
  }
  // Check-ins are stored in time order, as a log.
  checkIns.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
  return { periods, objectives: objectiveList, keyResults, checkIns };
}
