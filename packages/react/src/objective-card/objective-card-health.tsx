'use client';
import { lintObjective, okrIndex, type LintIssue, type LintOptions, type OkrStoreSnapshot } from '@okrkit/core';
import { forwardRef, useCallback, type ComponentPropsWithoutRef } from 'react';
import { lintSentence } from '../provider/core-words';
import { useOkrContext, useOkrSelector } from '../provider/index';
import { useObjectiveCardContext } from './objective-card-context';
import { slotClass } from '../internal/slot-class';

export interface ObjectiveCardHealthProps extends ComponentPropsWithoutRef<'section'> {
  /**
   * Options for the core's health checks (`now` and `outdatedAfterDays` come from the
   * provider). Pass a stable object. @example { topLevelTeamIds: ['brightline'] }
   */
  lintOptions?: Omit<LintOptions, 'now' | 'outdatedAfterDays'>;
}

const NO_ISSUES: readonly LintIssue[] = [];

// Issues are small plain records: equal text means nothing to re-render.
const sameIssues = (a: readonly LintIssue[], b: readonly LintIssue[]) => JSON.stringify(a) === JSON.stringify(b);

/**
 * The OKR health warnings that concern this objective or its key results (the core's
 * `lintObjective`: only this objective's records are read, so a long text elsewhere in the
 * set costs this card nothing), each with its severity as a word. Renders nothing when the
 * objective is healthy or no longer in the set.
 */
export const ObjectiveCardHealth = /* @__PURE__ */ forwardRef<HTMLElement, ObjectiveCardHealthProps>(function ObjectiveCardHealth(props, ref) {
  const { lintOptions, ...rest } = props;
  const { objectiveId } = useObjectiveCardContext('Health');
  const { now, outdatedAfterDays, labels, locale } = useOkrContext();
  const issues = useOkrSelector(
    useCallback(
      (snapshot: OkrStoreSnapshot) =>
        okrIndex(snapshot.okrSet).objectivesById.has(objectiveId) ? lintObjective(snapshot.okrSet, objectiveId, { ...lintOptions, now, outdatedAfterDays }) : NO_ISSUES,
      [objectiveId, lintOptions, now, outdatedAfterDays],
    ),
    sameIssues,
  );
  if (issues.length === 0) return null;
  return (
    <section ref={ref} data-slot="objective-card-health" aria-label={labels.healthWarnings} {...rest} className={slotClass('objective-card-health', rest.className)}>
      <ul>
        {issues.map((issue) => (
          <li key={`${issue.code}:${issue.keyResultId ?? issue.objectiveId ?? ''}`} data-slot="objective-card-health-issue" className="okr-slot-objective-card-health-issue" data-state={issue.severity} data-code={issue.code} dir="auto">
            <strong data-slot="objective-card-health-severity" className="okr-slot-objective-card-health-severity">{labels.severity[issue.severity]}:</strong> {lintSentence(labels, issue, locale)}
          </li>
        ))}
      </ul>
    </section>
  );
});
