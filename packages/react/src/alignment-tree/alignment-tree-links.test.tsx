import type { AlignmentLayoutLink } from '@okrkit/core';
import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { AlignmentTreeLinks } from './alignment-tree-links';

const link = (sourceId: string, targetId: string, kind: AlignmentLayoutLink['kind'], x: number): AlignmentLayoutLink => ({
  sourceId,
  targetId,
  kind,
  points: [
    { x, y: 0 },
    { x, y: 50 },
  ],
});
const links = [link('a', 'b', 'primary', 10), link('b', 'c', 'primary', 20), link('a', 'd', 'secondary', 30), link('d', 'a', 'loop', 40)];
const everywhere = { minX: -1000, minY: -1000, maxX: 1000, maxY: 1000 };

function renderLinks(highlighted: ReadonlySet<string> = new Set(), clip = everywhere, list = links) {
  const { container } = render(<AlignmentTreeLinks links={list} highlighted={highlighted} clip={clip} />);
  const svg = container.querySelector('svg[data-slot="alignment-tree-links"]') as SVGSVGElement;
  const path = (kind: string) => svg.querySelector(`path[data-kind="${kind}"]`);
  return { svg, path };
}

describe('AlignmentTreeLinks', () => {
  it('given primary, secondary and loop links, it draws one path per kind, hidden from assistive technology', () => {
    const { svg, path } = renderLinks();
    expect(svg).toHaveAttribute('aria-hidden', 'true');
    expect(svg.querySelectorAll('path')).toHaveLength(3);
    expect(path('primary')).toHaveAttribute('d', 'M10 0L10 50M20 0L20 50');
    expect(path('secondary')).toHaveAttribute('d', 'M30 0L30 50');
    expect(path('loop')).toHaveAttribute('d', 'M40 0L40 50');
    expect(path('path')).toBeNull();
  });

  it('given a highlighted path, it draws again only the primary links with both ends on it', () => {
    const { path } = renderLinks(new Set(['a', 'b', 'd']));
    expect(path('path')).toHaveAttribute('d', 'M10 0L10 50');
  });

  it('given a kind with no link, it draws no empty path for it', () => {
    const { svg } = renderLinks(new Set(), everywhere, [links[0]!]);
    expect([...svg.querySelectorAll('path')].map((element) => element.getAttribute('data-kind'))).toEqual(['primary']);
  });

  it('given a clip box, it cuts each link to it and leaves out links wholly outside', () => {
    const { path } = renderLinks(new Set(), { minX: 0, minY: 10, maxX: 25, maxY: 30 });
    expect(path('primary')).toHaveAttribute('d', 'M10 10L10 30M20 10L20 30');
    expect(path('secondary')?.getAttribute('d') ?? '').toBe('');
  });
});
