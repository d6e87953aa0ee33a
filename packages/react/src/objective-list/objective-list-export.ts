import type { Status } from '@okrkit/core';
import type { CsvColumn } from '@okrkit/core/interchange';
import { displayPercent } from '../format/index';
import type { ObjectiveListLabels } from './objective-list.labels';
import type { ObjectiveListCellId } from './objective-list-row';
import type { ObjectiveListRow } from './objective-list.types';

/**
 * The CSV columns of the list as shown (the actions column has no data): headers in the
 * list's words; rank, progress and confidence as plain numbers (percent columns say "(%)"),
 * the last check-in as `YYYY-MM-DD HH:MM` in UTC, which every spreadsheet reads as a date;
 * names, states and statuses as the list writes them.
 * @example listCsvColumns(['rank', 'title'], labels, statusWords) // [{ header: 'Rank', … }, { header: 'Objective', … }]
 */
export function listCsvColumns(columns: readonly ObjectiveListCellId[], labels: ObjectiveListLabels, statusWords: Record<Status, string>): CsvColumn<ObjectiveListRow>[] {
  return columns.flatMap((column): CsvColumn<ObjectiveListRow>[] => {
    switch (column) {
      case 'rank':
        return [{ header: labels.rank, value: (row) => row.rank }];
      case 'title':
        return [{ header: labels.title, value: (row) => row.objective.title }];
      case 'owner':
        return [{ header: labels.owner, value: (row) => row.ownerName ?? row.objective.ownerId }];
      case 'team':
        return [{ header: labels.team, value: (row) => row.teamName ?? row.objective.teamId }];
      case 'period':
        return [{ header: labels.period, value: (row) => row.periodName }];
      case 'state':
        return [{ header: labels.state, value: (row) => labels.states[row.state] }];
      case 'status':
        return [{ header: labels.status, value: (row) => statusWords[row.status] }];
      case 'progress':
        return [{ header: `${labels.progress} (%)`, value: (row) => displayPercent(row.progress) }];
      case 'confidence':
        return [{ header: `${labels.confidence} (%)`, value: (row) => (row.confidence === null ? null : Math.round(row.confidence * 100)) }];
      case 'lastCheckIn':
        return [{ header: `${labels.lastCheckIn} (UTC)`, value: (row) => spreadsheetDateTime(row.lastCheckInAt) }];
      case 'actions':
        return [];
      default:
        return column satisfies never;
    }
  });
}

/**
 * An instant as a spreadsheet reads a date and time: `YYYY-MM-DD HH:MM` in UTC; null when
 * there is none or it cannot be read.
 * @example spreadsheetDateTime('2026-02-15T09:30:00.000Z') // '2026-02-15 09:30'
 */
export function spreadsheetDateTime(at: string | null): string | null {
  if (at === null) return null;
  const time = Date.parse(at);
  if (!Number.isFinite(time)) return null;
  return new Date(time).toISOString().slice(0, 16).replace('T', ' ');
}

/**
 * The rows as CSV. The CSV writer (papaparse, in `@okrkit/core/interchange`) is loaded on the
 * first export, so a page with a list does not download it until someone exports.
 * @example const csv = await listRowsToCsv(rows, listCsvColumns(columns, labels, statusWords));
 */
export async function listRowsToCsv(rows: readonly ObjectiveListRow[], columns: readonly CsvColumn<ObjectiveListRow>[]): Promise<string> {
  const { rowsToCsv } = await import('@okrkit/core/interchange');
  // A byte-order mark, so spreadsheets read names with accents (and every script) as UTF-8.
  return rowsToCsv(columns, rows, { bom: true });
}

/** Hands a CSV text to the browser as a file download (a Blob behind an object URL, freed afterwards). */
export function downloadCsv(csv: string, fileName: string): void {
  const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked a task later: some browsers start the download only after the click's task.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
