import type { IsoDate, OkrSet } from '../model/model.types';
import { ConflictError } from '../store/errors';
import type { Instant } from '../time/time';
import { toEpochMs } from '../time/time';
import { formatIsoWeek, reportWeekOf } from './week';
import { createWeeklyReport } from './weekly-report';
import type { WeeklyReportStore } from './weekly-report-store.types';
import type { IsoWeek, WeeklyReport } from './weekly-report.types';

/**
 * The id {@link startWeeklyReport} gives a person's report for a week: one report per person
 * and week, so two tabs starting it at once meet on one id (the second save conflicts)
 * instead of making two.
 * @example weeklyReportIdFor('ana', { year: 2026, week: 10 }) // 'wr-ana-2026-W10'
 */
export function weeklyReportIdFor(authorId: string, week: IsoWeek): string {
  return `wr-${authorId}-${formatIsoWeek(week)}`;
}

/** What {@link startWeeklyReport} needs. */
export interface StartWeeklyReportInput {
  /** The weekly-report store the builder reads. Loaded here when it is not yet. */
  store: WeeklyReportStore;
  /** The OKRs, loaded: the new report's focus comes from the person's current KRs. */
  okrSet: OkrSet;
  /** Who writes the report. */
  personId: string;
  /** The person's team: its objectives are in the focus too. */
  teamId?: string | undefined;
  /** Any day of the week. @default the UTC calendar date of `now` */
  date?: IsoDate | undefined;
  /** The person's locale: it decides the first day of the week ('en-US' Sunday, 'de-DE' Monday). */
  locale: string;
  now: Instant;
  /** The id of a report that has to be created. @default weeklyReportIdFor(personId, week) */
  id?: string | undefined;
}

/**
 * This week's report for a person, ready for `WeeklyReportBuilder`'s `reportId`: the one the
 * store holds for that person and week, or a new draft made by `createWeeklyReport` (focus
 * filled in from the person's and team's active OKRs, ranked) and saved. When another tab or
 * device created it meanwhile, the save conflicts and the stored one is returned: a week
 * never gets two reports. Rejects with the store's error when storage cannot be read or
 * written (e.g. `UnavailableError`), so a host can show it with a Retry.
 * @example
 * const report = await startWeeklyReport({ store: reports, okrSet: okrStore.getSnapshot().okrSet, personId: 'ana', locale: 'en-US', now: new Date() });
 * <WeeklyReportBuilder reportId={report.id} currentUserId="ana" />
 */
export async function startWeeklyReport(input: StartWeeklyReportInput): Promise<WeeklyReport> {
  const { store, okrSet, personId, teamId, locale, now } = input;
  const date = input.date ?? new Date(toEpochMs(now)).toISOString().slice(0, 10);
  const { week } = reportWeekOf(date, locale);
  const id = input.id ?? weeklyReportIdFor(personId, week);
  const find = (): WeeklyReport | undefined => {
    const { reports } = store.getSnapshot();
    const byId = reports.get(id);
    if (byId) return byId;
    for (const report of reports.values()) {
      if (report.authorId === personId && report.week.year === week.year && report.week.week === week.week) return report;
    }
    return undefined;
  };
  const read = async (): Promise<void> => {
    await store.load({ authorId: personId });
    const { status, error } = store.getSnapshot();
    if (status === 'error' && error) throw error;
  };

  if (store.getSnapshot().status !== 'ready') await read();
  const found = find();
  if (found) return found;
  const draft = createWeeklyReport({ id, authorId: personId, ...(teamId === undefined ? {} : { teamId }), date, locale, okrSet, now });
  try {
    return await store.save(draft);
  } catch (cause) {
    if (!(cause instanceof ConflictError)) throw cause;
    // Created elsewhere meanwhile: the store kept our draft as a conflict beside theirs;
    // a fresh draft holds nothing the person typed, so theirs wins.
    const theirs = store.getSnapshot().conflicts.has(id) ? store.takeTheirs(id) : null;
    if (theirs) return theirs;
    await read();
    const stored = find();
    if (stored) return stored;
    throw cause;
  }
}
