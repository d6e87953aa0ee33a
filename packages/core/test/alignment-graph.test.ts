import { describe, expect, it } from 'vitest';
import {
  alignmentGroupIds,
  buildAlignmentGraph,
  lintOkrSet,
  pathToRoot,
  type AlignmentGraph,
  type Objective,
} from '../src/index';
import { domainExamples } from '../src/examples/index';
import { keyResult, numeric, objective, okrSet } from './fixtures';

const domainTops = ['brightline', 'kestrel-labs', 'green-table', 'bright-minds'];

function childrenOf(graph: AlignmentGraph, id: string): readonly string[] {
  return graph.childrenOf.get(id) ?? [];
}

describe('buildAlignmentGraph on the DOMAIN examples', () => {
  const graph = buildAlignmentGraph(domainExamples, { topLevelTeamIds: domainTops });

  it('given each organisation top level, when built, it puts the five top objectives at the root, ranked, and no orphan', () => {
    expect(graph.roots).toEqual([
      'obj-healthy-dining', // priority 1, "Become the most popular…"
      'obj-tech-innovation', // priority 1, "Lead technical…"
      'obj-company-growth', // priority 1, "Make Brightline…"
      'obj-maths-results', // priority 1, "Our students…"
      'obj-company-learning', // priority 2
    ]);
    expect(graph.orphans).toEqual([]);
    expect(graph.loops).toEqual([]);
    expect(childrenOf(graph, alignmentGroupIds.root)).toEqual(graph.roots);
  });

  it('given the Brightline chain, when built, it follows company → product → growth → support', () => {
    expect(childrenOf(graph, 'obj-company-growth')).toEqual(['obj-user-activity']);
    expect(childrenOf(graph, 'obj-user-activity')).toEqual(['obj-retention']);
    expect(childrenOf(graph, 'obj-retention')).toEqual(['obj-support']);
    expect(childrenOf(graph, 'obj-company-learning')).toEqual(['obj-training']);
    expect(graph.nodeById.get('obj-support')).toMatchObject({ placement: 'child', parentId: 'obj-retention', depth: 3 });
    expect(pathToRoot(graph, 'obj-support')).toEqual(['obj-support', 'obj-retention', 'obj-user-activity', 'obj-company-growth']);
  });

  it('given the draft for next quarter, when drafts are hidden (the default), it is no node; when included, it hangs under its parent', () => {
    expect(graph.nodeById.has('obj-second-channel')).toBe(false);
    const withDrafts = buildAlignmentGraph(domainExamples, { topLevelTeamIds: domainTops, includeDrafts: true });
    expect(withDrafts.nodeById.get('obj-second-channel')?.parentId).toBe('obj-company-growth');
    expect(withDrafts.nodes).toHaveLength(domainExamples.objectives.length);
  });

  it('given no top-level teams, when built, its orphans are exactly the ones lintOkrSet reports', () => {
    const plain = buildAlignmentGraph(domainExamples, { includeDrafts: true });
    const linted = lintOkrSet(domainExamples, { ignore: [] })
      .filter((issue) => issue.code === 'orphan-objective')
      .map((issue) => issue.objectiveId);
    expect([...plain.orphans].sort()).toEqual([...linted].sort());
    expect(plain.orphans.length).toBeGreaterThan(0);
    expect(childrenOf(plain, alignmentGroupIds.orphans)).toEqual(plain.orphans);
    for (const id of plain.orphans) expect(plain.nodeById.get(id)).toMatchObject({ placement: 'orphan', parentId: alignmentGroupIds.orphans, depth: 1 });
  });

  it('given a custom isTopLevel, when built, it decides the roots', () => {
    const graph = buildAlignmentGraph(domainExamples, { isTopLevel: (candidate) => candidate.id === 'obj-company-growth' });
    expect(graph.roots).toEqual(['obj-company-growth']);
    expect(graph.orphans).toContain('obj-company-learning');
  });
});

describe('buildAlignmentGraph: secondary links', () => {
  const set = okrSet({
    objectives: [
      objective('company'),
      objective('marketing', { teamId: 'marketing', parentId: 'company' }),
      objective('sales', { teamId: 'sales', parentId: 'company' }),
      objective('brand', { teamId: 'brand', parentId: 'marketing', contributesTo: ['sales', 'marketing'] }),
      objective('events', { teamId: 'events', contributesTo: ['sales'] }),
      objective('self', { teamId: 'x', parentId: 'company', contributesTo: ['self'] }),
    ],
    keyResults: [
      keyResult('brand-kr1', 'brand', numeric(0, 10, 2), { contributesTo: ['company'] }),
      keyResult('brand-kr2', 'brand', numeric(0, 10, 2), { contributesTo: ['company', 'sales'] }),
    ],
  });
  const graph = buildAlignmentGraph(set);

  it('given an objective with a parent, a cross-team contribution and a KR contribution, when built, it has one primary and two secondary links', () => {
    expect(graph.edgesFrom.get('brand')).toEqual([
      { fromId: 'brand', toId: 'marketing', kind: 'primary', via: 'parent' },
      { fromId: 'brand', toId: 'sales', kind: 'secondary', via: 'objective-contributes-to' },
      { fromId: 'brand', toId: 'company', kind: 'secondary', via: 'key-result-contributes-to', keyResultId: 'brand-kr1' },
    ]);
    expect(graph.edges.filter((edge) => edge.kind === 'secondary')).toHaveLength(2);
  });

  it('given an objective that only contributes to another, when built, that link is its primary and it is no orphan', () => {
    expect(graph.nodeById.get('events')).toMatchObject({ placement: 'child', parentId: 'sales', primaryTargetId: 'sales' });
    expect(graph.edgesFrom.get('events')).toEqual([{ fromId: 'events', toId: 'sales', kind: 'primary', via: 'objective-contributes-to' }]);
    expect(childrenOf(graph, 'sales')).toEqual(['events']);
    expect(graph.orphans).toEqual([]);
  });

  it('given an objective contributing to itself, when built, it draws no link to itself', () => {
    expect(graph.edgesFrom.get('self')).toEqual([{ fromId: 'self', toId: 'company', kind: 'primary', via: 'parent' }]);
  });

  it('given a parent that is a hidden draft, when built, the objective heads its own tree instead of being called an orphan', () => {
    const graph = buildAlignmentGraph(
      okrSet({ objectives: [objective('draft', { state: 'draft' }), objective('child', { teamId: 't', parentId: 'draft' })] }),
    );
    expect(graph.roots).toEqual(['child']);
    expect(graph.orphans).toEqual([]);
  });
});

describe('buildAlignmentGraph: loops', () => {
  const loopSet = okrSet({
    objectives: [
      objective('company'),
      objective('a', { teamId: 't', parentId: 'b' }),
      objective('b', { teamId: 't', parentId: 'c' }),
      objective('c', { teamId: 't', parentId: 'a' }),
      objective('below-a', { teamId: 't', parentId: 'a' }),
      objective('self', { teamId: 't', parentId: 'self' }),
      objective('fine', { teamId: 't', parentId: 'company' }),
    ],
  });

  it('given a 3-cycle and a self-loop, when built, it reports both as id chains without hanging', () => {
    const graph = buildAlignmentGraph(loopSet);
    expect(graph.loops).toEqual([['a', 'b', 'c'], ['self']]);
    expect(childrenOf(graph, alignmentGroupIds.loops)).toEqual(['a', 'b', 'c', 'self']);
    expect(childrenOf(graph, alignmentGroupIds.root)).toEqual(['company', alignmentGroupIds.loops]);
    expect(graph.nodeById.get('b')).toMatchObject({ placement: 'loop', parentId: alignmentGroupIds.loops, primaryTargetId: 'c', depth: 1 });
    expect(graph.nodeById.get('below-a')).toMatchObject({ placement: 'child', parentId: 'a', depth: 2 });
    expect(graph.edgesFrom.get('c')?.[0]).toMatchObject({ toId: 'a', kind: 'loop' });
    expect(graph.edgesFrom.get('self')?.[0]).toMatchObject({ toId: 'self', kind: 'loop' });
    expect(graph.nodes).toHaveLength(loopSet.objectives.length);
    expect(pathToRoot(graph, 'below-a')).toEqual(['below-a', 'a']);
  });

  it('given the same objectives in another order, when built, it reports the same loops and the same tree', () => {
    const reversed = { ...loopSet, objectives: [...loopSet.objectives].reverse() };
    const graph = buildAlignmentGraph(reversed);
    const original = buildAlignmentGraph(loopSet);
    expect(graph.loops).toEqual(original.loops);
    expect(graph.nodes.map((node) => node.id)).toEqual(original.nodes.map((node) => node.id));
  });

  it('given two objectives contributing only to each other, when built, the promoted links make a loop and it is reported', () => {
    const graph = buildAlignmentGraph(
      okrSet({
        objectives: [
          objective('x', { teamId: 't1', contributesTo: ['y'] }),
          objective('y', { teamId: 't2', contributesTo: ['x'] }),
        ],
      }),
    );
    expect(graph.loops).toEqual([['x', 'y']]);
    expect(graph.roots).toEqual([]);
  });
});

describe('buildAlignmentGraph: order', () => {
  it('given siblings, when built, it orders them by priority, then title ignoring case and accents, then id', () => {
    const children: Objective[] = [
      objective('z', { parentId: 'top', teamId: 't', title: 'alpha' }),
      objective('unranked', { parentId: 'top', teamId: 't', title: 'Aardvark' }),
      objective('second', { parentId: 'top', teamId: 't', title: 'Zebra', priority: 2 }),
      objective('first', { parentId: 'top', teamId: 't', title: 'Zebra', priority: 1 }),
      objective('a', { parentId: 'top', teamId: 't', title: 'alpha' }),
      objective('accent', { parentId: 'top', teamId: 't', title: 'Álgebra' }),
    ];
    const graph = buildAlignmentGraph(okrSet({ objectives: [objective('top'), ...children] }));
    expect(childrenOf(graph, 'top')).toEqual(['first', 'second', 'unranked', 'accent', 'a', 'z']);
    expect(graph.nodes.map((node) => node.id)).toEqual(['top', 'first', 'second', 'unranked', 'accent', 'a', 'z']);
  });

  it('given an empty set, when built, it is empty', () => {
    const graph = buildAlignmentGraph(okrSet({}));
    expect(graph.nodes).toEqual([]);
    expect(childrenOf(graph, alignmentGroupIds.root)).toEqual([]);
    expect(pathToRoot(graph, 'nothing')).toEqual([]);
  });
});
