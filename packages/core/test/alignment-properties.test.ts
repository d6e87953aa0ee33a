import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  alignmentGroupIds,
  buildAlignmentGraph,
  filterAlignment,
  layoutAlignmentTree,
  pathToRoot,
  type Objective,
  type OkrSet,
} from '../src/index';
import { q1 } from './fixtures';

const sizes = { nodeWidth: 120, nodeHeight: 40, gapX: 10, gapY: 30 };

/** One objective per entry: a parent among the earlier ones (a forest), or none; top level or a team's. */
const forest = fc
  .array(
    fc.record({
      parent: fc.option(fc.nat(), { nil: undefined }),
      team: fc.boolean(),
      priority: fc.option(fc.integer({ min: 1, max: 4 }), { nil: undefined }),
      title: fc.constantFrom('Grow', 'grow', 'Grów', 'Retain', 'Ship'),
    }),
    { maxLength: 120 },
  )
  .map((entries): OkrSet => ({
    periods: [q1],
    keyResults: [],
    checkIns: [],
    objectives: entries.map((entry, at): Objective => ({
      id: `o${at}`,
      title: entry.title,
      periodId: 'q1',
      ...(entry.parent !== undefined && at > 0 ? { parentId: `o${entry.parent % at}` } : {}),
      ...(entry.team ? { teamId: 'team' } : {}),
      ...(entry.priority !== undefined ? { priority: entry.priority } : {}),
    })),
  }));

/** Any parent at all, itself included: loops of every length, chains into loops. */
const tangle = fc
  .array(fc.option(fc.nat(), { nil: undefined }), { minLength: 1, maxLength: 80 })
  .map((parents): OkrSet => ({
    periods: [q1],
    keyResults: [],
    checkIns: [],
    objectives: parents.map((parent, at): Objective => ({
      id: `o${at}`,
      title: `Objective ${at}`,
      periodId: 'q1',
      teamId: 'team',
      ...(parent !== undefined ? { parentId: `o${parent % parents.length}` } : {}),
    })),
  }));

describe('properties of the alignment tree', () => {
  it('given a random forest, when nothing is collapsed, every objective is laid out exactly once and paths end at a top', () => {
    fc.assert(
      fc.property(forest, fc.constantFrom('top-down' as const, 'left-right' as const), (set, direction) => {
        const graph = buildAlignmentGraph(set);
        const layout = layoutAlignmentTree(graph, { ...sizes, direction });
        const laidOut = layout.nodes.map((node) => node.id).filter((id) => graph.nodeById.has(id));
        expect(laidOut.sort()).toEqual(set.objectives.map((objective) => objective.id).sort());
        expect(graph.loops).toEqual([]);
        for (const objective of set.objectives) {
          const path = pathToRoot(graph, objective.id);
          expect(path[0]).toBe(objective.id);
          const top = path.at(-1) as string;
          expect(graph.roots.includes(top) || graph.orphans.includes(top)).toBe(true);
          // Top-level objectives (no team) that serve nothing are roots; the team's are orphans.
          expect(graph.roots.includes(top)).toBe(set.objectives.find((candidate) => candidate.id === top)?.teamId === undefined);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('given any parents, loops included, when built and laid out, it terminates and places every objective once', () => {
    fc.assert(
      fc.property(tangle, (set) => {
        const graph = buildAlignmentGraph(set);
        const layout = layoutAlignmentTree(graph, sizes);
        expect(layout.nodes.filter((node) => node.kind === 'objective')).toHaveLength(set.objectives.length);
        const members = graph.loops.flat();
        expect(new Set(members).size).toBe(members.length);
        for (const loop of graph.loops) {
          loop.forEach((id, at) => expect(graph.nodeById.get(id)?.primaryTargetId).toBe(loop[(at + 1) % loop.length]));
        }
        for (const objective of set.objectives) {
          const path = pathToRoot(graph, objective.id);
          expect(path.length).toBeLessThanOrEqual(set.objectives.length);
          const top = graph.nodeById.get(path.at(-1) as string);
          expect(['root', 'orphan', 'loop']).toContain(top?.placement);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('given a random forest and a filter, when filtered, every match has its whole path to the top visible', () => {
    fc.assert(
      fc.property(forest, fc.constantFrom('grow', 'retain', 'ship', 'o'), (set, text) => {
        const graph = buildAlignmentGraph(set);
        const { matches, visible } = filterAlignment(graph, set, { text });
        for (const id of matches) for (const above of pathToRoot(graph, id)) expect(visible.has(above)).toBe(true);
        for (const id of visible) expect(graph.nodeById.has(id) || id.startsWith('@okrkit/')).toBe(true);
        if ([...matches].some((id) => graph.nodeById.get(id)?.placement === 'orphan' || graph.orphans.some((orphan) => pathToRoot(graph, id).includes(orphan)))) {
          expect(visible.has(alignmentGroupIds.orphans)).toBe(true);
        }
        const layout = layoutAlignmentTree(graph, { ...sizes, include: visible });
        expect(layout.nodes.filter((node) => node.kind === 'objective').length).toBe([...visible].filter((id) => graph.nodeById.has(id)).length);
      }),
      { numRuns: 100 },
    );
  });
});
