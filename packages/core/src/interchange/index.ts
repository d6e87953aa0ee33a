export { CSV_COLUMNS, suggestColumnMapping, type CsvColumnMapping, type CsvField } from './csv-columns';
export { encodingProblem, neutraliseFormula, parseNumberCell, type NumberCell } from './csv-cells';
export { exportOkrSetCsv, rowsToCsv, type CsvColumn } from './csv-export';
export { csvImportBatch, previewCsvImport } from './csv-import';
export type { CsvImportAction, CsvImportError, CsvImportOptions, CsvImportPreview, CsvPlannedRecord, CsvPreviewRow } from './csv-import.types';
export { CSV_IMPORT_LIMITS } from './csv-limits';
export { formatUnit, parseUnit } from './csv-records';
export { readCsvTable, type CsvTable } from './csv-table';
export { exportOkrSetJson, importOkrSetJson, OKR_SET_JSON_FORMAT } from './json';
