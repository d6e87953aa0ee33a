import { describe, expect, it } from 'vitest';
import {
  alignmentGroupIds,
  buildAlignmentGraph,
  createAlignmentLayoutCache,
  filterAlignment,
  layoutAlignmentTree,
  visibleLinksInViewport,
  visibleNodesInViewport,
  viewportRectangle,
  type AlignmentLayout,
  type AlignmentLayoutOptions,
  type AlignmentViewport,
} from '../src/index';
import { domainExamples, generateOrganisation } from '../src/examples/index';

const sizes = { nodeWidth: 240, nodeHeight: 96, gapX: 24, gapY: 48 } satisfies AlignmentLayoutOptions;
const domainTops = ['brightline', 'kestrel-labs', 'green-table', 'bright-minds'];
const domainGraph = buildAlignmentGraph(domainExamples, { topLevelTeamIds: domainTops, includeDrafts: true });

function nodeOf(layout: AlignmentLayout, id: string) {
  const node = layout.nodes.find((candidate) => candidate.id === id);
  if (!node) throw new Error(`${id} is not laid out`);
  return node;
}

/** Fails when two boxes at one depth come closer than a box plus the gap along the breadth axis. */
function expectNoOverlap(layout: AlignmentLayout, options: AlignmentLayoutOptions) {
  const topDown = layout.direction === 'top-down';
  const step = topDown ? options.nodeWidth + options.gapX : options.nodeHeight + options.gapY;
  const byDepth = new Map<number, number[]>();
  for (const node of layout.nodes) {
    const list = byDepth.get(node.depth) ?? [];
    list.push(topDown ? node.x : node.y);
    byDepth.set(node.depth, list);
  }
  let closest = Number.POSITIVE_INFINITY;
  for (const list of byDepth.values()) {
    list.sort((a, b) => a - b);
    for (let at = 1; at < list.length; at++) closest = Math.min(closest, (list[at] as number) - (list[at - 1] as number));
  }
  expect(closest).toBeGreaterThanOrEqual(step - 1e-6);
}

function bruteForce(layout: AlignmentLayout, viewport: AlignmentViewport): string[] {
  const view = viewportRectangle(viewport);
  return layout.nodes
    .filter((node) => node.x <= view.maxX && node.x + layout.nodeWidth >= view.minX && node.y <= view.maxY && node.y + layout.nodeHeight >= view.minY)
    .map((node) => node.id);
}

describe('layoutAlignmentTree', () => {
  it('given the DOMAIN examples top-down, when laid out, roots sit side by side on the first row and children one level down', () => {
    const layout = layoutAlignmentTree(domainGraph, sizes);
    expect(layout.nodes).toHaveLength(domainGraph.nodes.length);
    const roots = domainGraph.roots.map((id) => nodeOf(layout, id));
    for (const root of roots) expect(root).toMatchObject({ y: 0, depth: 0, parentId: null, setSize: roots.length });
    expect(roots.map((root) => root.positionInSet)).toEqual([1, 2, 3, 4, 5]);
    for (let at = 1; at < roots.length; at++) expect((roots[at] as { x: number }).x).toBeGreaterThan((roots[at - 1] as { x: number }).x);
    const support = nodeOf(layout, 'obj-support');
    expect(support).toMatchObject({ depth: 3, y: 3 * (96 + 48), parentId: 'obj-retention', hasChildren: false, collapsed: false });
    expect(nodeOf(layout, 'obj-company-growth')).toMatchObject({ hasChildren: true, setSize: 5 });
    expectNoOverlap(layout, sizes);
  });

  it('given a parent and child, when laid out, the primary link is an elbow from the parent bottom centre to the child top centre', () => {
    const layout = layoutAlignmentTree(domainGraph, sizes);
    const parent = nodeOf(layout, 'obj-retention');
    const child = nodeOf(layout, 'obj-support');
    const link = layout.links.find((candidate) => candidate.targetId === 'obj-support' && candidate.kind === 'primary');
    expect(link?.sourceId).toBe('obj-retention');
    expect(link?.points[0]).toEqual({ x: parent.x + 120, y: parent.y + 96 });
    expect(link?.points[1]?.y).toBe(parent.y + 96 + 24);
    expect(link?.points.at(-1)).toEqual({ x: child.x + 120, y: child.y });
    expect(layout.links.filter((candidate) => candidate.kind === 'primary')).toHaveLength(layout.nodes.filter((node) => node.parentId).length);
  });

  it('given square boxes and equal gaps, when laid out left-right instead of top-down, every coordinate swaps axes', () => {
    const square = { nodeWidth: 100, nodeHeight: 100, gapX: 20, gapY: 20 };
    const topDown = layoutAlignmentTree(domainGraph, { ...square, direction: 'top-down' });
    const leftRight = layoutAlignmentTree(domainGraph, { ...square, direction: 'left-right' });
    expect(leftRight.nodes.map((node) => [node.id, node.x, node.y])).toEqual(topDown.nodes.map((node) => [node.id, node.y, node.x]));
    expect(leftRight.bounds).toEqual({ minX: topDown.bounds.minY, minY: topDown.bounds.minX, maxX: topDown.bounds.maxY, maxY: topDown.bounds.maxX });
  });

  it('given wide boxes left-right, when laid out, levels are nodeWidth + gapX apart and siblings nodeHeight + gapY apart', () => {
    const layout = layoutAlignmentTree(domainGraph, { ...sizes, direction: 'left-right' });
    expect(nodeOf(layout, 'obj-support').x).toBe(3 * (240 + 24));
    const link = layout.links.find((candidate) => candidate.targetId === 'obj-support');
    expect(link?.points[0]?.x).toBe(nodeOf(layout, 'obj-retention').x + 240);
    expectNoOverlap(layout, { ...sizes, direction: 'left-right' });
  });

  it('given a collapsed node, when laid out, its subtree is hidden and it says it is collapsed', () => {
    const layout = layoutAlignmentTree(domainGraph, { ...sizes, collapsed: new Set(['obj-user-activity']) });
    const ids = layout.nodes.map((node) => node.id);
    expect(ids).not.toContain('obj-retention');
    expect(ids).not.toContain('obj-support');
    expect(nodeOf(layout, 'obj-user-activity')).toMatchObject({ collapsed: true, hasChildren: true });
    expect(layout.links.some((link) => link.targetId === 'obj-retention' || link.sourceId === 'obj-retention')).toBe(false);
  });

  it('given a rootId, when laid out, only that subtree is placed, its top at depth 0', () => {
    const layout = layoutAlignmentTree(domainGraph, { ...sizes, rootId: 'obj-user-activity' });
    expect(layout.nodes.map((node) => node.id)).toEqual(['obj-user-activity', 'obj-retention', 'obj-support']);
    expect(nodeOf(layout, 'obj-user-activity')).toMatchObject({ x: -120, y: 0, depth: 0, parentId: null });
    expect(() => layoutAlignmentTree(domainGraph, { ...sizes, rootId: 'nope' })).toThrow(RangeError);
  });

  it('given orphans and a loop, when laid out, their groups sit beside the roots and hold them one level down', () => {
    const { okrSet, topLevelTeamIds } = generateOrganisation({ objectives: 300, seed: 5, loop: true, orphans: 2 });
    const graph = buildAlignmentGraph(okrSet, { topLevelTeamIds });
    const layout = layoutAlignmentTree(graph, sizes);
    expect(nodeOf(layout, alignmentGroupIds.orphans)).toMatchObject({ kind: 'orphans', depth: 0, y: 0, parentId: null });
    expect(nodeOf(layout, alignmentGroupIds.loops)).toMatchObject({ kind: 'loops', depth: 0, parentId: null });
    for (const id of graph.orphans) expect(nodeOf(layout, id)).toMatchObject({ depth: 1, parentId: alignmentGroupIds.orphans });
    expect(layout.links.filter((link) => link.kind === 'loop')).toHaveLength(3);
    expect(layout.links.some((link) => link.kind === 'secondary')).toBe(true);
    expect(layout.nodes.some((node) => node.id === alignmentGroupIds.root)).toBe(false);
  });

  it('given a filter result as include, when laid out, only the matches and their ancestors are placed', () => {
    const { visible } = filterAlignment(domainGraph, domainExamples, { teamIds: ['brightline-support'] });
    const layout = layoutAlignmentTree(domainGraph, { ...sizes, include: visible });
    expect(layout.nodes.map((node) => node.id)).toEqual(['obj-company-growth', 'obj-user-activity', 'obj-retention', 'obj-support']);
    expect(nodeOf(layout, 'obj-company-growth').hasChildren).toBe(true);
  });

  it('given a generated organisation of 5,000 objectives, when laid out, every node is placed once and none overlaps another at its depth', () => {
    const timings: string[] = [];
    for (const objectives of [1000, 5000]) {
      const { okrSet, topLevelTeamIds } = generateOrganisation({ objectives, seed: 42, loop: true });
      const graph = buildAlignmentGraph(okrSet, { topLevelTeamIds });
      layoutAlignmentTree(graph, sizes); // warm-up
      const started = performance.now();
      const layout = layoutAlignmentTree(graph, sizes);
      timings.push(`${objectives}: ${(performance.now() - started).toFixed(1)} ms`);
      const ids = layout.nodes.map((node) => node.id).filter((id) => graph.nodeById.has(id));
      expect(new Set(ids).size).toBe(graph.nodes.length);
      expect(ids).toHaveLength(graph.nodes.length);
      expectNoOverlap(layout, sizes);
      expectNoOverlap(layoutAlignmentTree(graph, { ...sizes, direction: 'left-right' }), sizes);
    }
    console.log(`[alignment] layout of a generated organisation (not asserted): ${timings.join(', ')}`);
  });
});

describe('createAlignmentLayoutCache', () => {
  const { okrSet, topLevelTeamIds } = generateOrganisation({ objectives: 2000, seed: 9 });
  const graph = buildAlignmentGraph(okrSet, { topLevelTeamIds });

  it('given the same inputs, when asked again, it returns the same layout object; going back to an earlier collapse state is a hit', () => {
    const cache = createAlignmentLayoutCache();
    const open = cache.layout(graph, sizes);
    expect(cache.layout(graph, { ...sizes })).toBe(open);
    const collapsedOnce = cache.layout(graph, { ...sizes, collapsed: new Set([graph.roots[0] as string]) });
    expect(collapsedOnce.nodes.length).toBeLessThan(open.nodes.length);
    expect(cache.layout(graph, { ...sizes, collapsed: new Set() })).toBe(open);
    expect(cache.layout(graph, { ...sizes, collapsed: new Set([graph.roots[0] as string]) })).toBe(collapsedOnce);
  });

  it('given another graph object, when asked, it lays out again', () => {
    const cache = createAlignmentLayoutCache({ size: 1 });
    const first = cache.layout(graph, sizes);
    expect(cache.layout(buildAlignmentGraph(okrSet, { topLevelTeamIds }), sizes)).not.toBe(first);
  });
});

describe('visibleNodesInViewport', () => {
  const { okrSet, topLevelTeamIds } = generateOrganisation({ objectives: 5000, seed: 11, loop: true });
  const graph = buildAlignmentGraph(okrSet, { topLevelTeamIds });

  it('given random viewports over 5,000 nodes, in both directions, when culled, it returns exactly the nodes whose boxes meet the view', () => {
    for (const direction of ['top-down', 'left-right'] as const) {
      const layout = layoutAlignmentTree(graph, { ...sizes, direction });
      const { minX, minY, maxX, maxY } = layout.bounds;
      let seed = 7;
      const random = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
      for (let trial = 0; trial < 40; trial++) {
        const viewport: AlignmentViewport = {
          x: minX + random() * (maxX - minX),
          y: minY - 200 + random() * (maxY - minY + 400),
          width: 1280,
          height: 720,
          scale: 0.1 + random() * 2,
          overscan: trial % 2 ? 100 : 0,
        };
        expect(new Set(visibleNodesInViewport(layout, viewport))).toEqual(new Set(bruteForce(layout, viewport)));
      }
    }
  });

  it('given a typical screen at 100 %, when culled, it returns a few dozen nodes out of thousands', () => {
    const layout = layoutAlignmentTree(graph, sizes);
    const ids = visibleNodesInViewport(layout, { x: -640, y: -100, width: 1280, height: 720, scale: 1 });
    expect(ids.length).toBeGreaterThan(0);
    expect(ids.length).toBeLessThan(50);
    expect(visibleNodesInViewport(layout, { x: 1e9, y: 1e9, width: 100, height: 100 })).toEqual([]);
    expect(() => visibleNodesInViewport(layout, { x: 0, y: 0, width: 1, height: 1, scale: 0 })).toThrow(RangeError);
  });

  it('given a viewport, when links are culled, it keeps exactly the links whose bounding boxes meet it', () => {
    const layout = layoutAlignmentTree(graph, sizes);
    const viewport = { x: -2000, y: 0, width: 1600, height: 900, scale: 0.5 };
    const view = viewportRectangle(viewport);
    const links = visibleLinksInViewport(layout, viewport);
    expect(links.length).toBeGreaterThan(0);
    expect(links.length).toBeLessThan(layout.links.length);
    for (const link of links) {
      const xs = link.points.map((point) => point.x);
      const ys = link.points.map((point) => point.y);
      expect(Math.min(...xs) <= view.maxX && Math.max(...xs) >= view.minX && Math.min(...ys) <= view.maxY && Math.max(...ys) >= view.minY).toBe(true);
    }
  });
});
