/**
 * The documented CSV layout of objectives and key results: one row per key result, the
 * objective's columns repeated on each of its rows (an objective without key results is one
 * row with the key-result columns empty). Export writes exactly these headers; import reads
 * them, or any other headers through a {@link CsvColumnMapping}.
 */
export const CSV_COLUMNS = [
  'objective_id',
  'objective_title',
  'objective_description',
  'period_id',
  'owner_id',
  'team_id',
  'parent_id',
  'priority',
  'kind',
  'state',
  'objective_weight',
  'key_result_id',
  'key_result_title',
  'metric_kind',
  'direction',
  'start',
  'target',
  'current',
  'unit',
  'key_result_weight',
  'key_result_owner_id',
] as const;

/** One field of the documented CSV layout. */
export type CsvField = (typeof CSV_COLUMNS)[number];

/**
 * Which header of the file holds each field (`undefined` or absent: not in the file).
 * @example { objective_title: 'Objective', key_result_title: 'Key result', target: 'Goal' }
 */
export type CsvColumnMapping = Partial<Record<CsvField, string>>;

/** Header spellings seen in spreadsheets and other OKR tools' exports, normalised (lower case, letters and digits only). */
const SYNONYMS: Record<CsvField, readonly string[]> = {
  objective_id: ['objectiveid', 'objid', 'oid'],
  objective_title: ['objectivetitle', 'objective', 'objectivename', 'goal', 'goaltitle'],
  objective_description: ['objectivedescription', 'description', 'details'],
  period_id: ['periodid', 'period', 'quarter', 'cycle', 'timeframe'],
  owner_id: ['ownerid', 'owner', 'objectiveowner', 'objectiveownerid'],
  team_id: ['teamid', 'team', 'department'],
  parent_id: ['parentid', 'parent', 'parentobjective', 'parentobjectiveid', 'alignedto', 'supports'],
  priority: ['priority', 'rank'],
  kind: ['kind', 'objectivekind', 'type', 'objectivetype'],
  state: ['state', 'status', 'lifecycle', 'objectivestate'],
  objective_weight: ['objectiveweight'],
  key_result_id: ['keyresultid', 'krid'],
  key_result_title: ['keyresulttitle', 'keyresult', 'kr', 'krtitle', 'keyresultname', 'krname'],
  metric_kind: ['metrickind', 'metrictype', 'measure'],
  direction: ['direction', 'metricdirection'],
  start: ['start', 'baseline', 'startvalue', 'initial', 'initialvalue', 'from'],
  target: ['target', 'targetvalue', 'goalvalue', 'to'],
  current: ['current', 'currentvalue', 'actual', 'value', 'progressvalue'],
  unit: ['unit', 'units', 'metricunit'],
  key_result_weight: ['keyresultweight', 'krweight', 'weight'],
  key_result_owner_id: ['keyresultownerid', 'keyresultowner', 'krowner', 'krownerid'],
};

const normalise = (header: string): string => header.normalize('NFKD').toLowerCase().replace(/[^a-z0-9]/g, '');

/**
 * Suggests which header holds each field: exact documented names first, then common
 * synonyms ("Objective", "Baseline", "KR owner"). Each header is used once; fields left
 * out are not in the file. The person confirms or changes it before the preview.
 * @example suggestColumnMapping(['Objective', 'Key result', 'Baseline', 'Goal value'])
 * // { objective_title: 'Objective', key_result_title: 'Key result', start: 'Baseline', target: 'Goal value' }
 */
export function suggestColumnMapping(headers: readonly string[]): CsvColumnMapping {
  const mapping: CsvColumnMapping = {};
  const used = new Set<string>();
  const normalised = headers.map(normalise);
  // Pass 1: the documented names; pass 2: synonyms, in the order of the synonym lists.
  for (const field of CSV_COLUMNS) {
    const at = normalised.indexOf(normalise(field));
    if (at >= 0 && !used.has(headers[at]!)) {
      mapping[field] = headers[at]!;
      used.add(headers[at]!);
    }
  }
  for (const field of CSV_COLUMNS) {
    if (mapping[field] !== undefined) continue;
    for (const synonym of SYNONYMS[field]) {
      const at = normalised.findIndex((name, index) => name === synonym && !used.has(headers[index]!));
      if (at >= 0) {
        mapping[field] = headers[at]!;
        used.add(headers[at]!);
        break;
      }
    }
  }
  return mapping;
}
