'use client';
import type { AlignmentLayoutLink } from '@okrkit/core';
import { memo } from 'react';

function pathData(links: readonly AlignmentLayoutLink[]): string {
  let d = '';
  for (const link of links) {
    link.points.forEach((point, at) => {
      d += `${at === 0 ? 'M' : 'L'}${point.x} ${point.y}`;
    });
  }
  return d;
}

/**
 * Every visible link in one SVG, one `<path>` per kind (primary solid, secondary dashed, loop
 * in the danger colour) plus one for the highlighted path: four elements however many links,
 * which keeps the DOM small at any zoom. Decorative: the tree's structure is in the ARIA.
 */
export const AlignmentTreeLinks = /* @__PURE__ */ memo(function AlignmentTreeLinks({ links, highlighted }: { links: readonly AlignmentLayoutLink[]; highlighted: ReadonlySet<string> }) {
  const primary = links.filter((link) => link.kind === 'primary');
  const kinds = {
    primary,
    secondary: links.filter((link) => link.kind === 'secondary'),
    loop: links.filter((link) => link.kind === 'loop'),
    path: highlighted.size ? primary.filter((link) => highlighted.has(link.targetId) && highlighted.has(link.sourceId)) : [],
  };
  return (
    <svg data-slot="alignment-tree-links" aria-hidden="true" focusable="false" width="1" height="1">
      {Object.entries(kinds).map(([kind, list]) => (list.length ? <path key={kind} data-kind={kind} d={pathData(list)} /> : null))}
    </svg>
  );
});
