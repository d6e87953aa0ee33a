'use client';
import { roundContributions } from '@okrkit/core';
import { forwardRef, useId, useState, type ComponentPropsWithoutRef } from 'react';
import { formatNumber, formatPercent } from '../format/index';
import { bandName } from '../provider/core-words';
import { useObjectiveAssessment, useOkrContext } from '../provider/index';
import { useObjectiveCardContext } from './objective-card-context';
import { slotClass } from '../internal/slot-class';

export interface ObjectiveCardScoreProps extends ComponentPropsWithoutRef<'div'> {
  /** Whether the explanation is open at first. @default false */
  defaultExpanded?: boolean;
}

/**
 * The objective's grade under the provider's scoring strategy (e.g. "0.7 · Green" for
 * Google-style grades) with a "Why this score?" disclosure: the formula and, for each
 * part, its weight, share, progress and contribution — from the core's explanation, the
 * contributions rounded (largest remainder) so that they add up to the total shown, with a
 * note when that moved one by a point.
 */
export const ObjectiveCardScore = /* @__PURE__ */ forwardRef<HTMLDivElement, ObjectiveCardScoreProps>(function ObjectiveCardScore(props, ref) {
  const { defaultExpanded = false, ...rest } = props;
  const { objectiveId } = useObjectiveCardContext('Score');
  const { scoring, locale, labels } = useOkrContext();
  const assessment = useObjectiveAssessment(objectiveId);
  const [expanded, setExpanded] = useState(defaultExpanded);
  const panelId = useId();
  if (!assessment) return null;
  const { grade, progress } = assessment;
  const { explanation } = progress;
  // Whole percentages that add up to the total shown under them (largest remainder).
  const rounded = explanation.parts && explanation.parts.length > 0 ? roundContributions(explanation.parts) : null;
  const noteId = `${panelId}-rounding`;
  return (
    <div ref={ref} data-slot="objective-card-score" data-state={grade.band.tone} data-band={grade.band.id} {...rest} className={slotClass('objective-card-score', rest.className)}>
      <p data-slot="objective-card-score-value" className="okr-slot-objective-card-score-value">
        <span data-slot="objective-card-score-label" className="okr-slot-objective-card-score-label">{labels.score}</span>{' '}
        <strong>{scoring.format(grade.score, locale)}</strong> <span data-slot="objective-card-score-band" className="okr-slot-objective-card-score-band">{bandName(labels, grade.band)}</span>
      </p>
      <button
        type="button"
        data-slot="objective-card-score-trigger" className="okr-slot-objective-card-score-trigger"
        data-state={expanded ? 'open' : 'closed'}
        aria-expanded={expanded}
        aria-controls={panelId}
        onClick={() => setExpanded((open) => !open)}
        // The label's own direction: an untranslated "Why this score?" in a right-to-left page keeps its "?" at the end.
        dir="auto"
      >
        {labels.whyThisScore}
      </button>
      <div id={panelId} data-slot="objective-card-score-explanation" className="okr-slot-objective-card-score-explanation" data-state={expanded ? 'open' : 'closed'} hidden={!expanded}>
        <p>
          <span>{labels.formula}: </span>
          <code>{explanation.formula}</code>
        </p>
        {explanation.note ? <p data-slot="objective-card-score-note" className="okr-slot-objective-card-score-note">{explanation.note}</p> : null}
        {explanation.parts && rounded ? (
          <table data-slot="objective-card-score-parts" className="okr-slot-objective-card-score-parts" aria-describedby={rounded.adjusted ? noteId : undefined}>
            <thead>
              <tr>
                <th scope="col">{labels.keyResults}</th>
                <th scope="col">{labels.weight}</th>
                <th scope="col">{labels.share}</th>
                <th scope="col">{labels.partProgress}</th>
                <th scope="col">{labels.contribution}</th>
              </tr>
            </thead>
            <tbody>
              {explanation.parts.map((part, at) => (
                <tr key={`${part.kind}:${part.id}`} data-kind={part.kind}>
                  <th scope="row" dir="auto">
                    {part.label}
                  </th>
                  <td>{formatNumber(part.weight, locale)}</td>
                  <td>{formatPercent(part.share, locale)}</td>
                  <td>{formatPercent(part.value, locale)}</td>
                  <td>{formatPercent((rounded.parts[at] ?? 0) / 100, locale)}</td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr data-slot="objective-card-score-total" className="okr-slot-objective-card-score-total">
                <th scope="row" colSpan={4}>
                  {labels.contributionsTotal}
                </th>
                <td>{formatPercent(rounded.total / 100, locale)}</td>
              </tr>
            </tfoot>
          </table>
        ) : null}
        {rounded?.adjusted ? (
          <p id={noteId} data-slot="objective-card-score-rounding" className="okr-slot-objective-card-score-rounding">
            {labels.contributionsRounded}
          </p>
        ) : null}
      </div>
    </div>
  );
});
