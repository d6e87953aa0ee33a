'use client';
import { forwardRef, useId, useState, type ComponentPropsWithoutRef } from 'react';
import { formatNumber, formatPercent } from '../format/index';
import { useObjectiveAssessment, useOkrContext } from '../provider/index';
import { useObjectiveCardContext } from './objective-card-context';

export interface ObjectiveCardScoreProps extends ComponentPropsWithoutRef<'div'> {
  /** Whether the explanation is open at first. @default false */
  defaultExpanded?: boolean;
}

/**
 * The objective's grade under the provider's scoring strategy (e.g. "0.7 · Green" for
 * Google-style grades) with a "Why this score?" disclosure: the formula and, for each
 * part, its weight, share, progress and contribution — straight from the core's explanation.
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
  return (
    <div ref={ref} data-slot="objective-card-score" data-state={grade.band.tone} data-band={grade.band.id} {...rest}>
      <p data-slot="objective-card-score-value">
        <span data-slot="objective-card-score-label">{labels.score}</span>{' '}
        <strong>{scoring.format(grade.score, locale)}</strong> <span data-slot="objective-card-score-band">{grade.band.label}</span>
      </p>
      <button
        type="button"
        data-slot="objective-card-score-trigger"
        data-state={expanded ? 'open' : 'closed'}
        aria-expanded={expanded}
        aria-controls={panelId}
        onClick={() => setExpanded((open) => !open)}
      >
        {labels.whyThisScore}
      </button>
      <div id={panelId} data-slot="objective-card-score-explanation" data-state={expanded ? 'open' : 'closed'} hidden={!expanded}>
        <p>
          <span>{labels.formula}: </span>
          <code>{explanation.formula}</code>
        </p>
        {explanation.note ? <p data-slot="objective-card-score-note">{explanation.note}</p> : null}
        {explanation.parts && explanation.parts.length > 0 ? (
          <table data-slot="objective-card-score-parts">
            <thead>
              <tr>
                <th scope="col">{labels.keyResults}</th>
                <th scope="col">{labels.weight}</th>
                <th scope="col">{labels.share}</th>
                <th scope="col">{labels.objectiveProgress}</th>
                <th scope="col">{labels.contribution}</th>
              </tr>
            </thead>
            <tbody>
              {explanation.parts.map((part) => (
                <tr key={`${part.kind}:${part.id}`} data-kind={part.kind}>
                  <th scope="row">{part.label}</th>
                  <td>{formatNumber(part.weight, locale)}</td>
                  <td>{formatPercent(part.share, locale)}</td>
                  <td>{formatPercent(part.value, locale)}</td>
                  <td>{formatPercent(part.contribution, locale)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : null}
      </div>
    </div>
  );
});
