'use client';
import { bandOf, type ClosingResult, type ScoreBand } from '@okrkit/core';
import { aspirationalSweetSpot, CLOSING_RESULTS, periodReviewToCsv, periodReviewToMarkdown, type PeriodReviewMarkdownLabels, type ReviewGroup } from '@okrkit/core/cycle';
import { forwardRef, useCallback, useId, useMemo, useState, type ComponentPropsWithoutRef, type ForwardedRef, type ReactNode } from 'react';
import { formatNumber } from '../format/number-format';
import { bandName } from '../provider/core-words';
import { useOkrContext } from '../provider/okr-provider';
import { usePeriodReviewContext, type PeriodReviewContextValue, type PeriodReviewKind, type PeriodReviewTeam } from './period-review-context';
import { slotClass } from '../internal/slot-class';

type SectionProps = Omit<ComponentPropsWithoutRef<'section'>, 'children'>;

function Section({ slot, title, children, sectionProps, sectionRef }: { slot: string; title: string; children: ReactNode; sectionProps: SectionProps; sectionRef: ForwardedRef<HTMLElement> }) {
  const headingId = useId();
  return (
    <section ref={sectionRef} aria-labelledby={headingId} data-slot={`period-review-${slot}`} {...sectionProps} className={slotClass(`period-review-${slot}`, sectionProps.className)}>
      <h2 id={headingId} data-slot="period-review-heading" className="okr-slot-period-review-heading">
        {title}
      </h2>
      {children}
    </section>
  );
}

/** A band's name in the provider's language (okrkit's presets) or the strategy's own label. */
function useBandName(): (band: ScoreBand) => string {
  const { labels } = useOkrContext();
  return useCallback((band: ScoreBand) => bandName(labels, band), [labels]);
}

/** "Green: 2", "Yellow: 1" … for every band of the strategy, as words (never colour alone). */
function BandCounts({ group, slot }: { group: ReviewGroup; slot: string }) {
  const { labels, scoring, locale } = usePeriodReviewContext('ByTeam');
  const name = useBandName();
  return (
    <ul data-slot={slot} className={`okr-slot-${slot}`}>
      {scoring.bands.map((band) => (
        <li key={band.id} data-band={band.id} data-tone={band.tone} data-empty={(group.distribution[band.id] ?? 0) === 0 ? '' : undefined}>
          {labels.bandCount(name(band), formatNumber(group.distribution[band.id] ?? 0, locale))}
        </li>
      ))}
    </ul>
  );
}

/** "Achieved: 2", "Carried over: 1": the results that happened. */
function ResultCounts({ group }: { group: ReviewGroup }) {
  const { labels, locale } = usePeriodReviewContext('ByTeam');
  const shown = CLOSING_RESULTS.filter((result: ClosingResult) => group.results[result] > 0);
  return (
    <ul data-slot="period-review-results" className="okr-slot-period-review-results">
      {shown.map((result) => (
        <li key={result} data-result={result}>
          {labels.bandCount(labels.results[result], formatNumber(group.results[result], locale))}
        </li>
      ))}
    </ul>
  );
}

/** The mean grade with its band's name, or "none yet" for a group with nothing closed (never 0 or NaN for nothing). */
function MeanGrade({ group }: { group: ReviewGroup }) {
  const { labels, scoring, formatGrade } = usePeriodReviewContext('Summary');
  const name = useBandName();
  if (group.count === 0) return <span data-slot="period-review-no-grade" className="okr-slot-period-review-no-grade">{labels.noGrade}</span>;
  const band = bandOf(group.meanGrade, scoring);
  return (
    <span data-slot="period-review-mean" className="okr-slot-period-review-mean" data-band={band.id} data-tone={band.tone}>
      {formatGrade(group.meanGrade)} <span data-slot="period-review-band" className="okr-slot-period-review-band">({name(band)})</span>
    </span>
  );
}

interface TeamOption {
  key: string;
  team: PeriodReviewTeam;
  name: string;
}

function teamOptions(context: PeriodReviewContextValue): TeamOption[] {
  const teams = context.fullReview.byTeam.map((group) => ({ key: group.teamId === null ? 'company' : `team:${group.teamId}`, team: { teamId: group.teamId }, name: context.teamName(group.teamId) }));
  teams.sort((left, right) => left.name.localeCompare(right.name, context.locale));
  return [{ key: 'all', team: 'all', name: context.labels.allTeams }, ...teams];
}

const keyOf = (team: PeriodReviewTeam) => (team === 'all' ? 'all' : team.teamId === null ? 'company' : `team:${team.teamId}`);
const KINDS: readonly PeriodReviewKind[] = ['all', 'committed', 'aspirational'];

/** The filters: a team (from the teams with closed objectives) and the kind, both controlled or not on the root. */
export const PeriodReviewFilters = /* @__PURE__ */ forwardRef<HTMLDivElement, Omit<ComponentPropsWithoutRef<'div'>, 'children'>>(function PeriodReviewFilters(props, ref) {
  const context = usePeriodReviewContext('Filters');
  const { labels, team, setTeam, kind, setKind } = context;
  const teamId = useId();
  const kindName = useId();
  const options = teamOptions(context);
  const current = keyOf(team);
  // A controlled team the period has no closed objective of still shows as chosen.
  const listed = options.some((option) => option.key === current) ? options : [...options, { key: current, team, name: team === 'all' ? labels.allTeams : context.teamName(team.teamId) }];
  return (
    <div ref={ref} role="group" aria-label={labels.filters} data-slot="period-review-filters" {...props} className={slotClass('period-review-filters', props.className)}>
      <div data-slot="period-review-field" className="okr-slot-period-review-field">
        <label htmlFor={teamId}>{labels.team}</label>
        <select id={teamId} value={current} onChange={(event) => setTeam(listed.find((option) => option.key === event.target.value)?.team ?? 'all')}>
          {listed.map((option) => (
            <option key={option.key} value={option.key}>
              {option.name}
            </option>
          ))}
        </select>
      </div>
      <fieldset data-slot="period-review-kinds" className="okr-slot-period-review-kinds">
        <legend>{labels.kind}</legend>
        {KINDS.map((option) => (
          <label key={option} data-slot="period-review-kind-option" className="okr-slot-period-review-kind-option">
            <input type="radio" name={kindName} value={option} checked={kind === option} onChange={() => setKind(option)} />
            {labels.kinds[option]}
          </label>
        ))}
      </fieldset>
    </div>
  );
});

/** The scope in numbers: objectives closed and still open, the mean grade with its band, the count per band and per result; says when the period is not closed yet. */
export const PeriodReviewSummary = /* @__PURE__ */ forwardRef<HTMLElement, SectionProps>(function PeriodReviewSummary(props, ref) {
  const { review, completion, labels, locale } = usePeriodReviewContext('Summary');
  const number = (value: number) => formatNumber(value, locale);
  return (
    <Section slot="summary" title={labels.summary} sectionProps={props} sectionRef={ref}>
      {completion.state === 'partly-closed' ? (
        <p data-slot="period-review-notice" className="okr-slot-period-review-notice" data-state="partly-closed">{labels.partlyClosed(number(completion.open), number(completion.reviewed))}</p>
      ) : completion.state === 'nothing-closed' ? (
        <p data-slot="period-review-notice" className="okr-slot-period-review-notice" data-state="nothing-closed">{labels.nothingClosed(number(completion.open))}</p>
      ) : null}
      {completion.ungraded > 0 ? <p data-slot="period-review-notice" className="okr-slot-period-review-notice" data-state="ungraded">{labels.ungraded(number(completion.ungraded))}</p> : null}
      <dl data-slot="period-review-figures" className="okr-slot-period-review-figures">
        <div>
          <dt>{labels.closedObjectives}</dt>
          <dd data-slot="period-review-closed" className="okr-slot-period-review-closed">{number(completion.reviewed)}</dd>
        </div>
        <div>
          <dt>{labels.openObjectives}</dt>
          <dd data-slot="period-review-open" className="okr-slot-period-review-open">{number(completion.open)}</dd>
        </div>
        <div>
          <dt>{labels.meanGrade}</dt>
          <dd>
            <MeanGrade group={review.overall} />
          </dd>
        </div>
      </dl>
      {review.overall.count > 0 ? (
        <>
          <BandCounts group={review.overall} slot="period-review-bands" />
          <ResultCounts group={review.overall} />
        </>
      ) : null}
    </Section>
  );
});

/** The grade distribution by team, as a table with a caption: the team's name from the provider's directory, objectives, mean grade, bands and results in words. */
export const PeriodReviewByTeam = /* @__PURE__ */ forwardRef<HTMLElement, SectionProps>(function PeriodReviewByTeam(props, ref) {
  const { review, labels, locale, teamName } = usePeriodReviewContext('ByTeam');
  if (review.byTeam.length === 0) return null;
  return (
    <Section slot="by-team" title={labels.byTeam} sectionProps={props} sectionRef={ref}>
      <GroupTable caption={labels.byTeamCaption} firstColumn={labels.teamColumn} rows={review.byTeam.map((group) => ({ key: group.teamId ?? '', name: <bdi>{teamName(group.teamId)}</bdi>, group }))} locale={locale} />
    </Section>
  );
});

function GroupTable({ caption, firstColumn, rows, locale }: { caption: string; firstColumn: string; rows: Array<{ key: string; name: ReactNode; group: ReviewGroup }>; locale: string | undefined }) {
  const { labels } = usePeriodReviewContext('ByTeam');
  return (
    <div data-slot="period-review-table-scroll" className="okr-slot-period-review-table-scroll">
      <table data-slot="period-review-table" className="okr-slot-period-review-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{firstColumn}</th>
            <th scope="col">{labels.objectivesColumn}</th>
            <th scope="col">{labels.meanGradeColumn}</th>
            <th scope="col">{labels.bandsColumn}</th>
            <th scope="col">{labels.resultsColumn}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key}>
              <th scope="row">{row.name}</th>
              <td data-slot="period-review-count" className="okr-slot-period-review-count">{formatNumber(row.group.count, locale)}</td>
              <td><MeanGrade group={row.group} /></td>
              <td><BandCounts group={row.group} slot="period-review-bands" /></td>
              <td><ResultCounts group={row.group} /></td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Committed vs aspirational, as a table, with the method's note: committed objectives are meant to reach the top, aspirational ones to land around 0.6–0.7 (on the strategy's scale). */
export const PeriodReviewByKind = /* @__PURE__ */ forwardRef<HTMLElement, SectionProps>(function PeriodReviewByKind(props, ref) {
  const { review, labels, locale, kind, scoring, formatGrade } = usePeriodReviewContext('ByKind');
  const expected = useMemo(() => aspirationalSweetSpot(scoring), [scoring]);
  const kinds = (['committed', 'aspirational'] as const).filter((candidate) => kind === 'all' || kind === candidate);
  return (
    <Section slot="by-kind" title={labels.byKind} sectionProps={props} sectionRef={ref}>
      <GroupTable caption={labels.byKindCaption} firstColumn={labels.kindColumn} rows={kinds.map((candidate) => ({ key: candidate, name: labels.kinds[candidate], group: review.byKind[candidate] }))} locale={locale} />
      <ul data-slot="period-review-expectations" className="okr-slot-period-review-expectations">
        {kinds.includes('committed') ? <li>{labels.committedNote(formatGrade(expected.committed))}</li> : null}
        {kinds.includes('aspirational') ? <li>{labels.aspirationalNote(formatGrade(expected.low), formatGrade(expected.high))}</li> : null}
      </ul>
    </Section>
  );
});

/** Per closed objective: its result, grade and band, and what was met, what was missed and why, and the lessons (user text direction-isolated; long text wraps). */
export const PeriodReviewLessons = /* @__PURE__ */ forwardRef<HTMLElement, SectionProps>(function PeriodReviewLessons(props, ref) {
  const { review, labels, scoring, formatGrade, teamName } = usePeriodReviewContext('Lessons');
  const name = useBandName();
  return (
    <Section slot="lessons" title={labels.lessons} sectionProps={props} sectionRef={ref}>
      {review.objectives.length === 0 ? (
        <p data-slot="period-review-empty" className="okr-slot-period-review-empty">{labels.noLessons}</p>
      ) : (
        <ul data-slot="period-review-lesson-list" className="okr-slot-period-review-lesson-list">
          {review.objectives.map((entry) => (
            <LessonItem key={entry.objectiveId} title={entry.title} team={teamName(entry.teamId)} outcome={labels.outcome(labels.results[entry.result], formatGrade(entry.grade), name(scoring.bands.find((band) => band.id === entry.band) ?? bandOf(entry.grade, scoring)))} result={entry.result} texts={[[labels.met, entry.met], [labels.missed, entry.missed], [labels.lessonsLearned, entry.lessons]]} />
          ))}
        </ul>
      )}
    </Section>
  );
});

function LessonItem({ title, team, outcome, result, texts }: { title: string; team: string; outcome: string; result: ClosingResult; texts: Array<[string, string]> }) {
  const headingId = useId();
  const written = texts.filter(([, text]) => text.trim() !== '');
  return (
    <li data-slot="period-review-lesson" className="okr-slot-period-review-lesson" data-result={result} aria-labelledby={headingId}>
      <h3 id={headingId} data-slot="period-review-lesson-title" className="okr-slot-period-review-lesson-title">
        <bdi>{title}</bdi>
      </h3>
      <p data-slot="period-review-lesson-outcome" className="okr-slot-period-review-lesson-outcome">
        <bdi>{team}</bdi> · {outcome}
      </p>
      {written.length > 0 ? (
        <dl data-slot="period-review-retrospective" className="okr-slot-period-review-retrospective">
          {written.map(([term, text]) => (
            <div key={term}>
              <dt>{term}</dt>
              <dd dir="auto">{text}</dd>
            </div>
          ))}
        </dl>
      ) : null}
    </li>
  );
}

const fileSafe = (text: string) => text.replace(/[^\p{L}\p{N}._-]+/gu, '-').replace(/^-+|-+$/g, '') || 'review';

/** Copy or download the review as shown (the chosen team and kind) as Markdown or CSV, through the core's `periodReviewToMarkdown` and `periodReviewToCsv`. Open to read-only viewers too: it writes nothing. */
export const PeriodReviewExport = /* @__PURE__ */ forwardRef<HTMLElement, SectionProps>(function PeriodReviewExport(props, ref) {
  const { review, period, labels, scoring, teamName } = usePeriodReviewContext('Export');
  const [status, setStatus] = useState<{ failed: boolean; text: string }>({ failed: false, text: '' });
  const bandOf = useBandName();
  // The export speaks the widget's language: its headings, columns, kinds, results and bands.
  const words = useMemo<PeriodReviewMarkdownLabels>(
    () => ({
      title: labels.reviewOf,
      byTeam: labels.byTeam,
      byKind: labels.byKind,
      objectives: labels.closedObjectives,
      lessons: labels.lessons,
      noLessons: labels.noLessons,
      team: labels.teamColumn,
      company: labels.company,
      kind: labels.kindColumn,
      objective: labels.objectiveColumn,
      count: labels.objectivesColumn,
      meanGrade: labels.meanGradeColumn,
      result: labels.resultColumn,
      grade: labels.gradeColumn,
      kinds: { committed: labels.kinds.committed, aspirational: labels.kinds.aspirational },
      results: labels.results,
      band: bandOf,
    }),
    [labels, bandOf],
  );
  const markdownText = useMemo(() => periodReviewToMarkdown(review, period.name, scoring, teamName, words), [review, period.name, scoring, teamName, words]);
  const csvText = useMemo(() => periodReviewToCsv(review), [review]);
  const base = `${fileSafe(period.name)}-review`;
  const copy = async (text: string) => {
    try {
      await navigator.clipboard.writeText(text);
      setStatus({ failed: false, text: labels.copied });
    } catch {
      setStatus({ failed: true, text: labels.copyFailed });
    }
  };
  return (
    <Section slot="export" title={labels.export} sectionProps={props} sectionRef={ref}>
      <div data-slot="period-review-actions" className="okr-slot-period-review-actions">
        <button type="button" onClick={() => void copy(markdownText)}>{labels.copyMarkdown}</button>
        <button type="button" onClick={() => void copy(csvText)}>{labels.copyCsv}</button>
        <a href={`data:text/markdown;charset=utf-8,${encodeURIComponent(markdownText)}`} download={`${base}.md`} data-slot="period-review-download" className="okr-slot-period-review-download">{labels.downloadMarkdown}</a>
        <a href={`data:text/csv;charset=utf-8,${encodeURIComponent(csvText)}`} download={`${base}.csv`} data-slot="period-review-download" className="okr-slot-period-review-download">{labels.downloadCsv}</a>
      </div>
      {status.failed ? <p role="alert" data-slot="period-review-error" className="okr-slot-period-review-error">{status.text}</p> : null}
      <p role="status" data-slot="period-review-done" className="okr-slot-period-review-done">{status.failed ? '' : status.text}</p>
    </Section>
  );
});
