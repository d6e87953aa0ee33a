import Papa from 'papaparse';
import { CSV_IMPORT_LIMITS } from './csv-limits';
import type { CsvImportError } from './csv-import.types';

/** A CSV file read into cells: the header, and each non-empty data row with the row number a spreadsheet shows. */
export interface CsvTable {
  headers: string[];
  rows: { row: number; cells: string[] }[];
  errors: CsvImportError[];
}

/**
 * Reads CSV text into a table with papaparse: a leading byte-order mark is dropped, CRLF, LF
 * or CR line ends and the delimiter (`,`, `;`, tab, `|`) are detected, quoted cells may hold
 * delimiters, quotes (`""`) and line breaks, blank rows are skipped (row numbers still count
 * them). Broken quoting is reported at its row; nothing throws.
 * @example readCsvTable('\uFEFFobjective_title,target\r\n"Grow, fast",10\r\n').rows // [{ row: 2, cells: ['Grow, fast', '10'] }]
 */
export function readCsvTable(input: string): CsvTable {
  const errors: CsvImportError[] = [];
  if (input.length > CSV_IMPORT_LIMITS.characters) {
    return { headers: [], rows: [], errors: [{ row: 0, message: `The file is too large: at most ${CSV_IMPORT_LIMITS.characters.toLocaleString('en')} characters.` }] };
  }
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  if (text.includes('\u0000')) {
    return { headers: [], rows: [], errors: [{ row: 0, message: 'This is not a text file (it holds NUL bytes): export the sheet as CSV, UTF-8.' }] };
  }
  const parsed = Papa.parse<string[]>(text, { header: false, skipEmptyLines: false, preview: CSV_IMPORT_LIMITS.rows + 2 });
  for (const error of parsed.errors) {
    // The delimiter guess falls back to a comma on a one-column file: not a problem.
    if (error.code === 'UndetectableDelimiter') continue;
    errors.push({ row: (error.row ?? -1) + 1, message: quoteMessage(error.code, error.message) });
  }
  const records = parsed.data;
  const headerAt = records.findIndex((cells) => cells.some((cell) => cell.trim() !== ''));
  if (headerAt < 0) return { headers: [], rows: [], errors: [...errors, { row: 0, message: 'The file is empty: it needs a header row and at least one data row.' }] };
  const headers = records[headerAt]!.map((cell) => cell.trim());
  if (headers.length > CSV_IMPORT_LIMITS.columns) errors.push({ row: headerAt + 1, message: `Too many columns: at most ${CSV_IMPORT_LIMITS.columns}.` });
  const rows: CsvTable['rows'] = [];
  for (let index = headerAt + 1; index < records.length; index++) {
    const cells = records[index]!;
    if (cells.every((cell) => cell.trim() === '')) continue;
    if (rows.length === CSV_IMPORT_LIMITS.rows) {
      errors.push({ row: index + 1, message: `Too many rows: at most ${CSV_IMPORT_LIMITS.rows.toLocaleString('en')} per import. Split the file.` });
      break;
    }
    rows.push({ row: index + 1, cells });
  }
  if (rows.length === 0) errors.push({ row: 0, message: 'The file has a header but no data rows.' });
  return { headers, rows, errors };
}

function quoteMessage(code: string, fallback: string): string {
  switch (code) {
    case 'MissingQuotes':
      return 'A quoted cell is never closed: a " is missing (a quote inside a cell is written "").';
    case 'InvalidQuotes':
      return 'A quote sits in the middle of a cell: write a quote inside a quoted cell as "".';
    case 'TooFewFields':
    case 'TooManyFields':
      return 'This row has a different number of cells from the header.';
    default:
      return fallback;
  }
}
