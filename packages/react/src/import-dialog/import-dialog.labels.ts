import type { ProvidedOkrLabels } from '../provider/labels';

/**
 * The words of `ImportDialog`: a section of `OkrLabels` (`labels.importer`), replaced through
 * `OkrProvider` like every other word; kept here so only pages with the dialog ship them.
 */
export interface ImportDialogLabels {
  title: string;
  description: string;
  chooseFile: string;
  pasteLabel: string;
  mapping: string;
  /** The documented field a select maps, e.g. "target". */
  fieldLabel: (field: string) => string;
  notInFile: string;
  preview: string;
  row: string;
  problems: string;
  noProblems: string;
  /** "3 to create, 2 to update, 5 unchanged". */
  summary: (create: string, update: string, unchanged: string) => string;
  /** "2 problems in the file: fix them and choose it again". */
  errorCount: (count: string) => string;
  wholeFile: string;
  import: string;
  importing: string;
  imported: (count: string) => string;
  importFailed: string;
  notAllowed: string;
  nothingToImport: string;
  close: string;
}

/** okrkit's English words for the import dialog. */
export const defaultImportDialogLabels: ImportDialogLabels = {
  title: 'Import objectives and key results',
  description: 'Choose or paste a CSV file. Nothing is written until you press Import.',
  chooseFile: 'Choose a CSV file',
  pasteLabel: 'CSV text',
  mapping: 'Columns',
  fieldLabel: (field) => field,
  notInFile: '— not in the file —',
  preview: 'Preview',
  row: 'Row',
  problems: 'Problems',
  noProblems: 'No problems',
  summary: (create, update, unchanged) => `${create} to create, ${update} to update, ${unchanged} unchanged`,
  errorCount: (count) => `${count} problems to fix before importing`,
  wholeFile: 'File',
  import: 'Import',
  importing: 'Importing…',
  imported: (count) => `${count} records imported`,
  importFailed: 'The import was not saved. The preview is kept: try again.',
  notAllowed: 'You can’t create or change some of these records.',
  nothingToImport: 'Nothing to import: every record is already as in the file.',
  close: 'Close',
};

/**
 * The dialog's words: okrkit's defaults, then the provider's `labels.importer`, then the widget's own.
 * @example const labels = resolveImportDialogLabels(useOkrContext().labels, props.labels);
 */
export function resolveImportDialogLabels(fromProvider: ProvidedOkrLabels, own?: Partial<ImportDialogLabels>): ImportDialogLabels {
  const provided = fromProvider.importer;
  if (!provided && !own) return defaultImportDialogLabels;
  return { ...defaultImportDialogLabels, ...provided, ...own };
}
