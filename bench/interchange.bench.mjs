/**
 * Benchmark: CSV import of 10,000 rows (parse + map + validate every record + references +
 * preview of what would be created or updated) and CSV export of the same records with
 * @okrkit/core/interchange, against papaparse alone in the same run (parse with a header
 * row / unparse of the same cells) as the floor: the ratio is what okrkit's checks cost on
 * top of reading the file. JSON export + import (validateOkrSet) of the same set is printed
 * too. Rounds interleave the two sides; figures are medians. `pnpm bench:interchange`.
 */
import { createRequire } from 'node:module';
import { performance } from 'node:perf_hooks';
import { median } from './statistics.mjs';
import { exportOkrSetCsv, exportOkrSetJson, importOkrSetJson, previewCsvImport } from '../packages/core/dist/interchange.js';

const Papa = createRequire(new URL('../packages/core/package.json', import.meta.url))('papaparse');

const ROWS = 10_000;
const ROUNDS = 9;
const existing = {
  periods: [{ id: 'q1', name: 'Q1 2026', start: '2026-01-01', end: '2026-03-31' }],
  objectives: [],
  keyResults: [],
  checkIns: [],
};
const header = 'objective_id,objective_title,period_id,owner_id,priority,key_result_id,key_result_title,direction,start,target,current,unit';
const lines = [header];
for (let index = 0; index < ROWS; index++) {
  const objective = index % 2_500;
  lines.push(`o${objective},"Significantly increase user activity, team ${objective}",q1,person-${objective % 40},${(objective % 5) + 1},k${index},MAU +${index % 50} %,increase,${index},${index + 200},${index + (index % 150)},%`);
}
const csv = lines.join('\r\n');

const preview = previewCsvImport(csv, { existing });
if (preview.errors.length > 0) throw new Error(`bench file has errors: ${JSON.stringify(preview.errors.slice(0, 3))}`);
const set = { ...existing, objectives: preview.objectives.map((planned) => planned.record), keyResults: preview.keyResults.map((planned) => planned.record) };
const exported = exportOkrSetCsv(set);
const cells = Papa.parse(exported, { header: false, skipEmptyLines: true }).data;

function time(run) {
  const start = performance.now();
  run();
  return performance.now() - start;
}

const samples = { okrImport: [], papaParse: [], okrExport: [], papaUnparse: [], jsonExport: [], jsonImport: [] };
const json = exportOkrSetJson(set);
for (let round = 0; round < ROUNDS; round++) {
  samples.papaParse.push(time(() => Papa.parse(csv, { header: true, skipEmptyLines: true })));
  samples.okrImport.push(time(() => previewCsvImport(csv, { existing })));
  samples.papaUnparse.push(time(() => Papa.unparse(cells, { newline: '\r\n' })));
  samples.okrExport.push(time(() => exportOkrSetCsv(set)));
  samples.jsonExport.push(time(() => exportOkrSetJson(set)));
  samples.jsonImport.push(time(() => importOkrSetJson(json)));
}

const figure = (name) => median(samples[name]);
const format = (ms) => `${ms.toFixed(1)} ms`;
console.log(`CSV of ${ROWS.toLocaleString('en')} rows (${preview.objectives.length.toLocaleString('en')} objectives, ${preview.keyResults.length.toLocaleString('en')} key results), ${(csv.length / 1e6).toFixed(2)} MB, median of ${ROUNDS} interleaved rounds`);
console.log(`import  okrkit previewCsvImport (parse + validate + preview): ${format(figure('okrImport'))}`);
console.log(`        papaparse parse alone (floor):                         ${format(figure('papaParse'))}   ratio ${(figure('okrImport') / figure('papaParse')).toFixed(2)}×`);
console.log(`export  okrkit exportOkrSetCsv (formula-safe cells):          ${format(figure('okrExport'))}`);
console.log(`        papaparse unparse alone (floor):                       ${format(figure('papaUnparse'))}   ratio ${(figure('okrExport') / figure('papaUnparse')).toFixed(2)}×`);
console.log(`JSON    exportOkrSetJson ${format(figure('jsonExport'))}, importOkrSetJson (validateOkrSet) ${format(figure('jsonImport'))}`);
