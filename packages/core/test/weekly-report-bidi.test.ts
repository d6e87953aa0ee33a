import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { weeklyReportToHtml, weeklyReportToMarkdown, weeklyReportToPlainText, type OkrSet, type WeeklyReport } from '../src/index';
import { isolatesToBdi, isolateText, stripUnpairedBidiControls } from '../src/text/bidi-isolation';

const RLO = '\u202e';
const PDF = '\u202c';
const RLI = '\u2067';
const FSI = '\u2068';
const PDI = '\u2069';

const okrSet: OkrSet = {
  periods: [{ id: 'q1', name: 'Q1', start: '2026-01-01', end: '2026-03-31' }],
  objectives: [{ id: 'o1', title: 'Grow', periodId: 'q1' }],
  keyResults: [{ id: 'k1', objectiveId: 'o1', title: `Users ${RLO}+20`, metric: { kind: 'numeric', direction: 'increase', start: 0, target: 10, current: 4, unit: { kind: 'custom', label: `${RLO}products` } } }],
  checkIns: [{ id: 'c1', keyResultId: 'k1', at: '2026-03-03T10:00:00Z', value: 4 }],
};

const report: WeeklyReport = {
  id: 'wr',
  authorId: 'ana',
  week: { year: 2026, week: 10 },
  weekStart: '2026-03-02',
  state: 'draft',
  focus: [{ objectiveId: 'o1', keyResultId: 'k1', priority: 1, expectedResult: `${RLO}10 more` }],
  tasks: [{ id: 't1', title: `Pay ${RLO}the invoice`, priority: 'P1', status: 'todo', keyResultId: 'k1', ownerId: 'ana' }],
  problems: [],
  nextWeek: [],
  notes: `first ${RLO}line\nsecond line`,
};
const options = { locale: 'en-US', personName: () => `Ana ${RLO}Silva` };

describe('exports isolate user text from what follows it', () => {
  it('given an RLO left open in a task title, the Markdown row isolates each field and drops the open override', () => {
    const markdown = weeklyReportToMarkdown(report, okrSet, options);
    expect(markdown).not.toContain(RLO);
    expect(markdown).toContain(`\n| P1 | ${FSI}Pay the invoice${PDI} | To do | ${FSI}Users +20${PDI} | — | ${FSI}Ana Silva${PDI} |\n`);
    expect(markdown).toContain(`\n${FSI}Ana Silva${PDI} · Draft\n`);
    expect(markdown).toContain(`\n- **P1** ${FSI}Grow${PDI} › ${FSI}Users +20${PDI} — Expected: ${FSI}10 more${PDI}\n`);
    expect(markdown).toContain(`\n| ${FSI}Users +20${PDI} | — | 4 ${FSI}products${PDI} (40%) | — | — → — |\n`);
    expect(markdown).toContain(`\n## Notes\n\n${FSI}first line${PDI}\n${FSI}second line${PDI}\n`);
  });

  it('given the same report, the HTML wraps each field in <bdi> and drops the open override', () => {
    const html = weeklyReportToHtml(report, okrSet, options);
    expect(html).not.toMatch(/[\u202a-\u202e\u2066-\u2069]/);
    expect(html).toContain('<p style="margin:0;color:#57606a"><bdi>Ana Silva</bdi> · Draft</p>');
    expect(html).toMatch(/<td style="[^"]*"><bdi>Pay the invoice<\/bdi><\/td><td style="[^"]*">To do<\/td><td style="[^"]*"><bdi>Users \+20<\/bdi><\/td>/);
    expect(html).toContain('<p style="margin:0"><bdi>first line</bdi><br><bdi>second line</bdi></p>');
  });

  it('given the same report, the plain text isolates each field', () => {
    const text = weeklyReportToPlainText(report, okrSet, options);
    expect(text).not.toContain(RLO);
    expect(text).toContain(`\nTASKS\n• P1 · To do · ${FSI}Pay the invoice${PDI}\n  ${FSI}Users +20${PDI} · ${FSI}Ana Silva${PDI}\n`);
    expect(text).toContain(`\nNOTES\n${FSI}first line${PDI}\n${FSI}second line${PDI}\n`);
  });
});

describe('stripUnpairedBidiControls', () => {
  it('given paired controls, it keeps them; given unpaired ones, it removes only those', () => {
    expect(stripUnpairedBidiControls(`a${RLO}b${PDF}c`)).toBe(`a${RLO}b${PDF}c`);
    expect(stripUnpairedBidiControls(`a${PDF}b${RLO}c`)).toBe('abc');
    expect(stripUnpairedBidiControls(`${RLI}a${RLO}b${PDI}c`)).toBe(`${RLI}ab${PDI}c`);
    expect(stripUnpairedBidiControls(`${RLO}a${RLI}b${PDF}${PDI}`)).toBe(`a${RLI}b${PDI}`);
    expect(stripUnpairedBidiControls('plain')).toBe('plain');
  });

  it('given any text, what it leaves closes every control it opens, so nothing leaks past the isolate', () => {
    const piece = fc.constantFrom('a', 'א', ' ', '\u202a', '\u202b', RLO, '\u202d', PDF, '\u2066', RLI, FSI, PDI);
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }).map((pieces) => pieces.join('')), (text) => {
        const kept = stripUnpairedBidiControls(text);
        const open: string[] = [];
        for (const character of kept) {
          if ('\u202a\u202b\u202d\u202e\u2066\u2067\u2068'.includes(character)) open.push(character);
          else if (character === PDF) expect('\u202a\u202b\u202d\u202e'.includes(open.pop() ?? '')).toBe(true);
          else if (character === PDI) expect('\u2066\u2067\u2068'.includes(open.pop() ?? '')).toBe(true);
        }
        expect(open).toEqual([]);
        expect(isolatesToBdi(isolateText(kept)).startsWith('<bdi>')).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
});
