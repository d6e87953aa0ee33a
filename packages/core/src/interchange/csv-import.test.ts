import { describe, expect, it } from 'vitest';
import { domainExamples } from '../examples/domain-examples';
import type { OkrSet } from '../model/model.types';
import { ValidationFailedError } from '../store/errors';
import { CSV_IMPORT_LIMITS, csvImportBatch, exportOkrSetCsv, previewCsvImport, suggestColumnMapping } from './index';

const header = 'objective_id,objective_title,period_id,key_result_id,key_result_title,start,target,current,unit';
const existing: OkrSet = {
  periods: [{ id: 'q1', name: 'Q1 2026', start: '2026-01-01', end: '2026-03-31' }],
  objectives: [{ id: 'o1', title: 'Significantly increase user activity', periodId: 'q1' }],
  keyResults: [{ id: 'kr1', objectiveId: 'o1', title: 'MAU +20 %', metric: { kind: 'numeric', direction: 'increase', start: 1000, target: 1200, current: 1050 } }],
  checkIns: [],
};

describe('previewCsvImport', () => {
  it('given the documented columns, when two KRs share an objective, it plans one objective and two key results to create', () => {
    const text = `${header}\n,Lead technical innovation,q1,,Core patents filed,0,5,1,patents\n,Lead technical innovation,q1,,New products launched,0,2,0,count\n`;
    const preview = previewCsvImport(text, { existing });
    expect(preview.errors).toEqual([]);
    expect(preview.objectives).toHaveLength(1);
    expect(preview.objectives[0]).toMatchObject({ action: 'create', rows: [2, 3], record: { title: 'Lead technical innovation', periodId: 'q1' } });
    expect(preview.keyResults.map((planned) => [planned.action, planned.record.title, planned.record.objectiveId])).toEqual([
      ['create', 'Core patents filed', preview.objectives[0]!.record.id],
      ['create', 'New products launched', preview.objectives[0]!.record.id],
    ]);
    expect(preview.keyResults[0]!.record.metric).toEqual({ kind: 'numeric', direction: 'increase', start: 0, target: 5, current: 1, unit: { kind: 'custom', label: 'patents' } });
    expect(preview.summary).toEqual({ rows: 2, create: 3, update: 0, unchanged: 0, errors: 0 });
  });

  it('given a row with an id that is stored, it updates that record instead of creating a duplicate', () => {
    const text = `${header}\no1,Significantly increase user activity,q1,kr1,MAU +20 %,1000,1300,1100,\n`;
    const preview = previewCsvImport(text, { existing });
    expect(preview.errors).toEqual([]);
    expect(preview.objectives[0]!.action).toBe('unchanged');
    expect(preview.keyResults[0]).toMatchObject({ action: 'update', record: { id: 'kr1', metric: { target: 1300, current: 1100 } } });
    expect(csvImportBatch(preview)).toEqual({ objectives: [], keyResults: [preview.keyResults[0]!.record] });
  });

  it('given an id-less file imported twice, the second import matches by title and creates nothing', () => {
    const text = `objective_title,period_id,key_result_title,target\nGrow,q1,Users,10\n`;
    const first = csvImportBatch(previewCsvImport(text, { existing }));
    const after: OkrSet = { ...existing, objectives: [...existing.objectives, ...first.objectives], keyResults: [...existing.keyResults, ...first.keyResults] };
    const second = previewCsvImport(text, { existing: after });
    expect(second.summary).toMatchObject({ create: 0, update: 0, unchanged: 2 });
  });

  it('given mistakes, it reports every one at its row and column with the core validation path, and the batch refuses', () => {
    const text = [
      header,
      ',Grow,q1,,Users,0,"1,5",0,', // decimal comma
      ',Grow,q1,,Churn,5,abc,5,', // not a number
      ',,q1,,Orphan KR,0,1,0,', // no objective
      ',Shrink,q9,,Costs,0,10,0,', // unknown period
      ',Grow,q2,,Other,0,1,0,', // a repeated objective column that differs... (a different key: new objective in q2)
    ].join('\r\n');
    const preview = previewCsvImport(text, { existing });
    const where = preview.errors.map((error) => [error.row, error.column ?? null]);
    expect(where).toContainEqual([2, 'target']);
    expect(where).toContainEqual([3, 'target']);
    expect(where).toContainEqual([4, 'objective_title']);
    expect(preview.errors.find((error) => error.row === 2)!.message).toMatch(/decimal comma: write 1\.5/);
    expect(preview.errors.find((error) => error.row === 3)!.message).toMatch(/must be a number/);
    expect(JSON.stringify(preview)).not.toMatch(/NaN/);
    expect(() => csvImportBatch(preview)).toThrow(ValidationFailedError);
  });

  it('given a period that does not exist, once the rows are well-formed it says so at the period column', () => {
    const preview = previewCsvImport(`${header}\n,Shrink costs,q9,,Costs down,10,5,10,EUR\n`, { existing });
    expect(preview.errors).toEqual([expect.objectContaining({ row: 2, column: 'period_id', path: 'periodId', message: expect.stringMatching(/q9/) })]);
  });

  it('given the core validation refuses a metric, the error carries its path and column', () => {
    const preview = previewCsvImport(`objective_title,period_id,key_result_title,direction,start,target\nCut churn,q1,Churn to 3 %,decrease,5,6\n`, { existing });
    expect(preview.errors).toEqual([expect.objectContaining({ row: 2, column: 'target', path: 'metric.target', message: expect.stringMatching(/decreasing/) })]);
  });

  it('given a new objective id without a title, it asks for the title at that row', () => {
    const preview = previewCsvImport(`${header}\nx,,q1,,,,,,\n`, { existing });
    expect(preview.errors).toEqual([expect.objectContaining({ row: 2, column: 'objective_title', message: 'is needed for a new objective' })]);
  });

  it('given the same objective written differently on a later row, it names the first row', () => {
    const preview = previewCsvImport(`objective_id,objective_title,period_id,key_result_title,target\nox,Grow,q1,A,1\nox,Grow more,q1,B,1\n`, { existing });
    expect(preview.errors).toEqual([expect.objectContaining({ row: 3, column: 'objective_title', message: expect.stringMatching(/differs from row 2/) })]);
  });

  it('given other headers, the suggested mapping reads them and an explicit mapping overrides it', () => {
    const text = `Objective;Quarter;Key result;Baseline;Goal value;Actual\nGrow;q1;Users;0;10;4\n`;
    const mapping = suggestColumnMapping(['Objective', 'Quarter', 'Key result', 'Baseline', 'Goal value', 'Actual']);
    expect(mapping).toEqual({ objective_title: 'Objective', period_id: 'Quarter', key_result_title: 'Key result', start: 'Baseline', target: 'Goal value', current: 'Actual' });
    const preview = previewCsvImport(text, { existing, mapping });
    expect(preview.errors).toEqual([]);
    expect(preview.keyResults[0]!.record.metric).toMatchObject({ start: 0, target: 10, current: 4 });
    const wrong = previewCsvImport(text, { existing, mapping: { ...mapping, target: 'Target' } });
    expect(wrong.errors[0]).toMatchObject({ row: 0, column: 'Target', message: expect.stringMatching(/not in the file/) });
  });

  it('given a BOM, CRLF, quoted cells with commas, quotes and line breaks, and blank lines, it reads them and keeps spreadsheet row numbers', () => {
    const text = `\uFEFFobjective_title,objective_description,period_id,key_result_title,target\r\n\r\n"Grow, ""fast""","Line one\r\nline two",q1,Users,10\r\n\r\n`;
    const preview = previewCsvImport(text, { existing });
    expect(preview.errors).toEqual([]);
    expect(preview.rows[0]!.row).toBe(3);
    expect(preview.objectives[0]!.record.title).toBe('Grow, "fast"');
    expect(preview.objectives[0]!.record.description).toBe('Line one\r\nline two');
  });

  it('given a file decoded with the wrong encoding, it says so instead of importing garbage', () => {
    const replacement = previewCsvImport(`objective_title,period_id\nCaf\uFFFD growth,q1\n`, { existing });
    expect(replacement.errors[0]).toMatchObject({ row: 2, column: 'objective_title', message: expect.stringMatching(/UTF-8/) });
    const latin = previewCsvImport(`objective_title,period_id\nCafÃ© growth,q1\n`, { existing });
    expect(latin.errors[0]!.message).toMatch(/wrong encoding/);
  });

  it('given broken quoting, an empty file or a header alone, it gives a clear file-level error', () => {
    expect(previewCsvImport(`${header}\n,"Grow,q1,,Users,0,1,0,\n`, { existing }).errors.some((error) => /never closed/.test(error.message))).toBe(true);
    expect(previewCsvImport('', { existing }).errors[0]!.message).toMatch(/empty/);
    expect(previewCsvImport(`${header}\n\n`, { existing }).errors[0]!.message).toMatch(/no data rows/);
    expect(previewCsvImport('a\u0000b', { existing }).errors[0]!.message).toMatch(/not a text file/);
  });

  it('given a file beyond the import bounds, it stops with a clear message instead of reading on', () => {
    const wide = `${Array.from({ length: CSV_IMPORT_LIMITS.columns + 1 }, (_, index) => `c${index}`).join(',')}\n${'x,'.repeat(CSV_IMPORT_LIMITS.columns)}x\n`;
    expect(previewCsvImport(wide, { existing }).errors[0]!.message).toMatch(/Too many columns/);
    const longCell = `objective_title,period_id\n${'a'.repeat(CSV_IMPORT_LIMITS.cell + 1)},q1\n`;
    expect(previewCsvImport(longCell, { existing }).errors[0]).toMatchObject({ row: 2, column: 'objective_title', message: expect.stringMatching(/longer than/) });
    expect(previewCsvImport('x'.repeat(CSV_IMPORT_LIMITS.characters + 1), { existing }).errors[0]!.message).toMatch(/too large/);
  });

  it('given an export of the domain examples, importing it over the same set changes nothing', () => {
    const set = domainExamples;
    const preview = previewCsvImport(exportOkrSetCsv(set, { bom: true }), { existing: set });
    expect(preview.errors).toEqual([]);
    expect(preview.summary.create + preview.summary.update).toBe(0);
    expect(preview.summary.unchanged).toBe(set.objectives.length + set.keyResults.length);
  });

  it('given a 10,000-row file, it previews every row with the right counts', () => {
    const lines = [header];
    for (let index = 0; index < 10_000; index++) lines.push(`bulk-o${index % 2000},Objective ${index % 2000},q1,bulk-k${index},KR ${index},0,${100 + index},${index % 100},%`);
    const preview = previewCsvImport(lines.join('\n'), { existing });
    expect(preview.errors).toEqual([]);
    expect(preview.summary).toEqual({ rows: 10_000, create: 12_000, update: 0, unchanged: 0, errors: 0 });
    const batch = csvImportBatch(preview);
    expect(batch.keyResults).toHaveLength(10_000);
  });
});
