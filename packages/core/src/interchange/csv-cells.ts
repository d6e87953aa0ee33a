/** Reading and writing single CSV cells: numbers, text that was decoded wrongly, spreadsheet formulas. */

/** What a number cell held: a finite number, nothing, or a problem to show at its row and column. */
export type NumberCell = { ok: true; value: number | undefined } | { ok: false; message: string };

const PLAIN_NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

/**
 * Reads a number written the way CSV files must write them: `.` as the decimal point, no
 * thousands separators. A locale decimal comma (`1,5`) or grouping (`1 000`, `1,000`) is an
 * error naming the fix, never NaN and never a silent guess (`1,000` is 1 in German, 1000 in English).
 * @example parseNumberCell('12.5') // { ok: true, value: 12.5 }
 * @example parseNumberCell('1,5') // { ok: false, message: 'uses a decimal comma: write 1.5' }
 */
export function parseNumberCell(text: string): NumberCell {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: true, value: undefined };
  if (PLAIN_NUMBER.test(trimmed)) {
    const value = Number(trimmed);
    return Number.isFinite(value) ? { ok: true, value } : { ok: false, message: 'is too large to be a number' };
  }
  if (/^[+-]?\d+,\d+$/.test(trimmed)) {
    return { ok: false, message: `uses a decimal comma: write ${trimmed.replace(',', '.')} (a point, no thousands separators)` };
  }
  if (/^[+-]?\d{1,3}([ ,.'\u00a0\u202f]\d{3})+([.,]\d+)?$/.test(trimmed)) {
    return { ok: false, message: 'has thousands separators: write the digits only, with a point for decimals (1234.5)' };
  }
  if (/^[+-]?[\d.]+\s*%$/.test(trimmed)) return { ok: false, message: 'has a % sign: write the number only and put % in the unit column' };
  return { ok: false, message: `must be a number (found "${trimmed.slice(0, 40)}")` };
}

// UTF-8 bytes read as Windows-1252 / Latin-1: "Ã©" (é), "Ã¼" (ü), "â€™" (’), "Â " (no-break space).
const MOJIBAKE = /Ã[\u0080-\u00bf]|â€|Â[\u00a0-\u00bf]/;

/**
 * Says when a cell's text shows that the file was decoded with the wrong encoding:
 * U+FFFD (bytes that were not UTF-8, e.g. a Windows-1252 file read as UTF-8) or the
 * tell-tale pairs of UTF-8 read as Windows-1252 ("Ã©" for "é").
 * @example encodingProblem('Caf\uFFFD') // 'contains characters that could not be decoded: save the file as UTF-8'
 */
export function encodingProblem(text: string): string | undefined {
  if (text.includes('\uFFFD')) return 'contains characters that could not be decoded (U+FFFD): save the file as UTF-8 and choose it again';
  if (MOJIBAKE.test(text)) return 'looks wrongly decoded ("Ã©" for "é"): the file was read in the wrong encoding, save it as UTF-8';
  return undefined;
}

const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * Makes a cell safe to open in a spreadsheet: text starting with `=`, `+`, `-`, `@`, a tab
 * or a carriage return would run as a formula (`=HYPERLINK(…)` exfiltrating data), so it
 * gets a leading `'`. Numbers are written as numbers (a negative number is not a formula).
 * @example neutraliseFormula('=HYPERLINK("https://evil.example","x")') // `'=HYPERLINK("https://evil.example","x")`
 */
export function neutraliseFormula(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}
