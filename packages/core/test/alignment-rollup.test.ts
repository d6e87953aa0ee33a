import { describe, expect, it } from 'vitest';
import {
  alignmentGroupIds,
  assessOkrSet,
  buildAlignmentGraph,
  filterAlignment,
  rollUpAlignment,
  scoringPresets,
  type AlignmentGraph,
  type OkrSet,
} from '../src/index';
import { domainExamples, domainExamplesNow, generateOrganisation } from '../src/examples/index';
import { keyResult, numeric, objective, okrSet } from './fixtures';

const domainTops = ['brightline', 'kestrel-labs', 'green-table', 'bright-minds'];

function expectSameAsCore(graph: AlignmentGraph, set: OkrSet, now: string) {
  const options = { now, scoring: scoringPresets.google, outdatedAfterDays: 10 };
  const rollups = rollUpAlignment(graph, set, options);
  const own = assessOkrSet(set, { ...options, includeChildren: false });
  const subtree = assessOkrSet(set, { ...options, includeChildren: true });
  expect(rollups.nodes.size).toBe(graph.nodes.length);
  for (const node of graph.nodes) {
    const rollup = rollups.nodes.get(node.id);
    const core = subtree.get(node.id);
    expect(rollup?.ownProgress.raw).toBe(own.get(node.id)?.progress.raw);
    expect(rollup?.subtreeProgress.raw).toBe(core?.progress.raw);
    expect(rollup?.subtreeProgress.value).toBe(core?.progress.value);
    expect(rollup?.status).toBe(core?.status);
    expect(rollup?.grade).toEqual(core?.grade);
    expect(rollup?.outdated).toBe(core?.outdated);
  }
  return rollups;
}

describe('rollUpAlignment', () => {
  it('given the DOMAIN examples, when rolled up, every number equals assessOkrSet with and without children', () => {
    const graph = buildAlignmentGraph(domainExamples, { topLevelTeamIds: domainTops });
    const rollups = expectSameAsCore(graph, domainExamples, domainExamplesNow);
    const company = rollups.nodes.get('obj-company-growth');
    expect(company?.descendants).toBe(3);
    expect(company?.ownProgress.raw).not.toBe(company?.subtreeProgress.raw);
  });

  it('given a generated organisation of 1,000 objectives with a loop, when rolled up, every number equals assessOkrSet', () => {
    const { okrSet: set, now, topLevelTeamIds } = generateOrganisation({ objectives: 1000, seed: 3, loop: true });
    expectSameAsCore(buildAlignmentGraph(set, { topLevelTeamIds }), set, now);
  });

  it('given a small tree, when rolled up, it counts descendants, orphans and off-track objectives below each node and group', () => {
    const set = okrSet({
      objectives: [
        objective('company'),
        objective('dept', { teamId: 'd', parentId: 'company' }),
        objective('team', { teamId: 't', parentId: 'dept' }),
        objective('stray', { teamId: 's' }),
        objective('stray-child', { teamId: 's', parentId: 'stray' }),
      ],
      // Halfway through Q1: 0 % is off track; the company's subtree, (100 % + 0 %) / 2, is on track.
      keyResults: [
        keyResult('k-company', 'company', numeric(0, 10, 10)),
        keyResult('k-dept', 'dept', numeric(0, 10, 0)),
        keyResult('k-team', 'team', numeric(0, 10, 0)),
        keyResult('k-stray', 'stray', numeric(0, 10, 0)),
        keyResult('k-stray-child', 'stray-child', numeric(0, 10, 0)),
      ],
    });
    const graph = buildAlignmentGraph(set);
    const rollups = rollUpAlignment(graph, set, { now: '2026-02-15T00:00:00Z' });
    expect(rollups.nodes.get('team')?.status).toBe('off-track');
    expect(rollups.nodes.get('company')?.status).toBe('on-track');
    expect(rollups.nodes.get('company')).toMatchObject({ descendants: 2, orphansBelow: 0, offTrackBelow: 2 });
    expect(rollups.nodes.get('dept')).toMatchObject({ descendants: 1, offTrackBelow: 1 });
    expect(rollups.nodes.get('team')).toMatchObject({ descendants: 0, offTrackBelow: 0 });
    expect(rollups.groups.get(alignmentGroupIds.orphans)).toEqual({ descendants: 2, orphansBelow: 1, offTrackBelow: 2 });
    expect(rollups.groups.get(alignmentGroupIds.root)).toEqual({ descendants: 5, orphansBelow: 1, offTrackBelow: 4 });
    expect(rollups.groups.has(alignmentGroupIds.loops)).toBe(false);
  });
});

describe('filterAlignment', () => {
  const graph = buildAlignmentGraph(domainExamples, { topLevelTeamIds: domainTops });

  it('given a team, when filtered, it matches that team and keeps every ancestor visible', () => {
    const result = filterAlignment(graph, domainExamples, { teamIds: ['brightline-support'] });
    expect([...result.matches]).toEqual(['obj-support']);
    expect(result.visible).toEqual(new Set(['obj-support', 'obj-retention', 'obj-user-activity', 'obj-company-growth']));
  });

  it('given text without accents or case, when filtered, it finds titles and key results that have them', () => {
    const set = okrSet({
      objectives: [objective('top'), objective('fr', { parentId: 'top', teamId: 'fr', title: 'Réduire le DÉLAI de réponse' })],
      keyResults: [keyResult('kr', 'top', numeric(0, 1, 0), { title: 'Lena Kovač signs the plan' })],
    });
    const small = buildAlignmentGraph(set);
    expect([...filterAlignment(small, set, { text: '  delai  reponse ' }).matches]).toEqual(['fr']);
    expect([...filterAlignment(small, set, { text: 'KOVAC' }).matches]).toEqual(['top']);
    expect([...filterAlignment(small, set, { text: 'délai missing' }).matches]).toEqual([]);
  });

  it('given several criteria, when filtered, each must hold', () => {
    const result = filterAlignment(graph, domainExamples, { periodIds: ['q1-2026'], ownerIds: ['priya-nair', 'lena-kovac'], text: 'users' });
    expect([...result.matches]).toEqual(['obj-retention']);
  });

  it('given statuses, when filtered with assessments, it keeps the matching status; without assessments it throws', () => {
    const rollups = rollUpAlignment(graph, domainExamples, { now: domainExamplesNow });
    const offTrack = [...rollups.nodes.values()].filter((rollup) => rollup.status === 'off-track').map((rollup) => rollup.objectiveId);
    expect(offTrack.length).toBeGreaterThan(0);
    const result = filterAlignment(graph, domainExamples, { statuses: ['off-track'] }, rollups.nodes);
    expect([...result.matches].sort()).toEqual(offTrack.sort());
    expect(() => filterAlignment(graph, domainExamples, { statuses: ['off-track'] })).toThrow(TypeError);
  });

  it('given an orphan that matches, when filtered, it keeps the orphans group visible', () => {
    const plain = buildAlignmentGraph(domainExamples);
    const result = filterAlignment(plain, domainExamples, { teamIds: ['green-table'] });
    expect(result.visible.has(alignmentGroupIds.orphans)).toBe(true);
    expect(result.visible.has('obj-healthy-dining')).toBe(true);
  });

  it('given an empty filter, when filtered, everything matches', () => {
    const result = filterAlignment(graph, domainExamples, {});
    expect(result.matches.size).toBe(graph.nodes.length);
  });
});
