'use client';
import type { AlignmentGraph } from '@okrkit/core';
import { formatNumber } from '../format/number-format';
import { visuallyHidden } from '../internal/progressbar';
import type { AlignmentTreeLabels } from './alignment-tree.labels';

/** Zoom in, zoom out, fit and reset: real buttons with names, for pointer, touch and keyboard users alike. */
export function AlignmentTreeControls(props: { labels: AlignmentTreeLabels; zoomIn: () => void; zoomOut: () => void; fit: () => void; reset: () => void }) {
  const { labels } = props;
  const buttons = [
    ['zoom-in', labels.zoomIn, '+', props.zoomIn],
    ['zoom-out', labels.zoomOut, '−', props.zoomOut],
    ['fit', labels.fit, '⤢', props.fit],
    ['reset', labels.reset, '1:1', props.reset],
  ] as const;
  return (
    <div data-slot="alignment-tree-controls" className="okr-slot-alignment-tree-controls">
      {buttons.map(([action, label, glyph, onClick]) => (
        // The name is the hidden text, not aria-label: the glyph is no word to match a spoken command.
        <button key={action} type="button" data-action={action} title={label} onClick={onClick}>
          <span aria-hidden="true">{glyph}</span>
          <span style={visuallyHidden}>{label}</span>
        </button>
      ))}
    </div>
  );
}

/**
 * What is wrong with the alignment, above the canvas: orphans as a warning with their count
 * (the objectives themselves sit in their own group in the tree), each loop as an error
 * listing its chain, and the filter's match count (announced politely as it changes).
 */
export function AlignmentTreeIssues(props: {
  graph: AlignmentGraph;
  titleOf: (id: string) => string;
  matches: number | undefined;
  labels: AlignmentTreeLabels;
  locale: string | undefined;
}) {
  const { graph, titleOf, matches, labels, locale } = props;
  return (
    <>
      {graph.orphans.length ? (
        <p data-slot="alignment-tree-warning" className="okr-slot-alignment-tree-warning" data-state="warning">
          {labels.orphansWarning(formatNumber(graph.orphans.length, locale), graph.orphans.length)}
        </p>
      ) : null}
      {graph.loops.length ? (
        <div data-slot="alignment-tree-error" className="okr-slot-alignment-tree-error" data-state="error">
          <p data-slot="alignment-tree-error-title" className="okr-slot-alignment-tree-error-title">{labels.loopsError(formatNumber(graph.loops.length, locale), graph.loops.length)}</p>
          <ol>
            {graph.loops.map((loop) => (
              <li key={loop.join('\u0000')}>{labels.loopChain(loop.map(titleOf))}</li>
            ))}
          </ol>
        </div>
      ) : null}
      <AlignmentTreeMissing graph={graph} titleOf={titleOf} labels={labels} locale={locale} />
      <p data-slot="alignment-tree-filter-summary" className="okr-slot-alignment-tree-filter-summary" aria-live="polite">
        {matches === undefined ? '' : matches ? labels.matches(formatNumber(matches, locale), matches) : labels.noMatches}
      </p>
    </>
  );
}

/** How many objectives with missing targets are listed by name; the rest are counted. */
const MISSING_LISTED = 10;

/**
 * Objectives that name a parent or `contributesTo` objective the set does not hold (data
 * written before storage enforced references, or by another tool): a warning that says what
 * is missing. The store keeps such records, so the tree shows them (usually as orphans)
 * rather than losing them; this says why they sit where they do.
 */
function AlignmentTreeMissing(props: { graph: AlignmentGraph; titleOf: (id: string) => string; labels: AlignmentTreeLabels; locale: string | undefined }) {
  const { graph, titleOf, labels, locale } = props;
  const missing = graph.nodes.filter((node) => node.missingTargetIds !== undefined);
  if (!missing.length) return null;
  const rest = missing.length - MISSING_LISTED;
  return (
    <div data-slot="alignment-tree-missing" className="okr-slot-alignment-tree-missing" data-state="warning">
      <p data-slot="alignment-tree-missing-title" className="okr-slot-alignment-tree-missing-title">{labels.missingTargets(formatNumber(missing.length, locale), missing.length)}</p>
      <ul>
        {missing.slice(0, MISSING_LISTED).map((node) => (
          <li key={node.id} dir="auto">
            {labels.missingTarget(titleOf(node.id), node.missingTargetIds ?? [])}
          </li>
        ))}
        {rest > 0 ? <li>{labels.missingMore(formatNumber(rest, locale), rest)}</li> : null}
      </ul>
    </div>
  );
}
