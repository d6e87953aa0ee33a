import type { KeyResult, Objective, OkrSet } from '../model/model.types';
import type { CsvColumnMapping, CsvField } from './csv-columns';

/**
 * One problem of an import, where a person finds it in the file: `row` is the line number a
 * spreadsheet shows (the header is row 1; 0 means the file as a whole), `column` the file's
 * header (`undefined` when the problem is the whole row), `path` the record path the core's
 * validation named (`metric.target`).
 */
export interface CsvImportError {
  row: number;
  column?: string;
  field?: CsvField;
  path?: string;
  message: string;
}

/** What importing a record would do: create it, update the stored one, or nothing (it is the same). */
export type CsvImportAction = 'create' | 'update' | 'unchanged';

/** A record the import would write, with what it would do. */
export interface CsvPlannedRecord<T> {
  action: CsvImportAction;
  record: T;
  /** The rows it was read from. */
  rows: number[];
}

/** One data row of the file as the preview shows it. */
export interface CsvPreviewRow {
  /** The row number a spreadsheet shows (the header is row 1). */
  row: number;
  /** The cells by field, as written in the file (trimmed). */
  cells: Partial<Record<CsvField, string>>;
  errors: CsvImportError[];
  objectiveId?: string;
  keyResultId?: string;
}

/** The dry run of an import: nothing is written until {@link csvImportBatch} is applied. */
export interface CsvImportPreview {
  headers: string[];
  mapping: CsvColumnMapping;
  rows: CsvPreviewRow[];
  /** Every problem: the file's own (row 0) and each row's. */
  errors: CsvImportError[];
  objectives: CsvPlannedRecord<Objective>[];
  keyResults: CsvPlannedRecord<KeyResult>[];
  summary: { rows: number; create: number; update: number; unchanged: number; errors: number };
}

/** Options of {@link previewCsvImport}. */
export interface CsvImportOptions {
  /** Which header holds each field. @default suggestColumnMapping(headers) */
  mapping?: CsvColumnMapping;
  /** What is stored now (the store snapshot's `okrSet`): ids found there are updated, periods and parents resolved. */
  existing?: OkrSet;
}
