'use client';
import type { AlignmentBounds, AlignmentLayoutLink } from '@okrkit/core';
import { memo } from 'react';
import { clipPolyline } from './viewport.utils';

/** The links as path data, cut to `clip` (a link may run far beyond the view; see `linkClipFor`). */
function pathData(links: readonly AlignmentLayoutLink[], clip: AlignmentBounds): string {
  let d = '';
  for (const link of links) {
    for (const part of clipPolyline(link.points, clip)) {
      part.forEach((point, at) => {
        d += `${at === 0 ? 'M' : 'L'}${point.x} ${point.y}`;
      });
    }
  }
  return d;
}

/**
 * Every visible link in one SVG, one `<path>` per kind (primary solid, secondary dashed, loop
 * in the danger colour) plus one for the highlighted path: four elements however many links,
 * which keeps the DOM small at any zoom, each cut to `clip` (around the view) so that the
 * browser never strokes, or dashes, more than the view can show. Decorative: the tree's
 * structure is in the ARIA.
 */
export const AlignmentTreeLinks = /* @__PURE__ */ memo(function AlignmentTreeLinks({
  links,
  highlighted,
  clip,
}: {
  links: readonly AlignmentLayoutLink[];
  highlighted: ReadonlySet<string>;
  clip: AlignmentBounds;
}) {
  const primary = links.filter((link) => link.kind === 'primary');
  const kinds = {
    primary,
    secondary: links.filter((link) => link.kind === 'secondary'),
    loop: links.filter((link) => link.kind === 'loop'),
    path: highlighted.size ? primary.filter((link) => highlighted.has(link.targetId) && highlighted.has(link.sourceId)) : [],
  };
  return (
    <svg data-slot="alignment-tree-links" className="okr-slot-alignment-tree-links" aria-hidden="true" focusable="false" width="1" height="1">
      {Object.entries(kinds).map(([kind, list]) => (list.length ? <path key={kind} data-kind={kind} d={pathData(list, clip)} /> : null))}
    </svg>
  );
});
