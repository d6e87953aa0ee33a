import { describe, expect, it } from 'vitest';
import {
  submitReport,
  weeklyReportToHtml as htmlExport,
  weeklyReportToMarkdown as markdownExport,
  weeklyReportToPlainText as plainTextExport,
  type OkrSet,
  type WeeklyReport,
} from '../src/index';

/**
 * The exports with their invisible direction isolates shown: FSI (U+2068) as ⁅ and PDI
 * (U+2069) as ⁆, so the snapshots below show where each user field is isolated.
 */
const shown = (text: string): string => text.replaceAll('\u2068', '⁅').replaceAll('\u2069', '⁆');
const weeklyReportToMarkdown = (...args: Parameters<typeof markdownExport>): string => shown(markdownExport(...args));
const weeklyReportToHtml = (...args: Parameters<typeof htmlExport>): string => shown(htmlExport(...args));
const weeklyReportToPlainText = (...args: Parameters<typeof plainTextExport>): string => shown(plainTextExport(...args));

/** DOMAIN.md §9, the weekly report example: check-ins in 2026-W09 and 2026-W10. */
const surveySet: OkrSet = {
  periods: [{ id: 'q1-2026', name: 'Q1 2026', start: '2026-01-01', end: '2026-03-31' }],
  objectives: [{ id: 'obj-survey', title: 'Finish the market survey', periodId: 'q1-2026', ownerId: 'ana', priority: 1 }],
  keyResults: [
    { id: 'kr-questionnaires', objectiveId: 'obj-survey', title: '100 valid questionnaires', metric: { kind: 'numeric', direction: 'increase', start: 0, target: 100, current: 45 } },
    { id: 'kr-trends', objectiveId: 'obj-survey', title: 'Main demand and competitor trends analysed', metric: { kind: 'milestones', milestones: [{ title: 'Main demand', done: true }, { title: 'Competitor trends', done: false }] } },
  ],
  checkIns: [
    { id: 'c1', keyResultId: 'kr-questionnaires', at: '2026-02-27T16:00:00Z', value: 20, confidence: 0.6 },
    { id: 'c2', keyResultId: 'kr-questionnaires', at: '2026-03-06T16:00:00Z', value: 45, confidence: 0.7 },
    { id: 'c3', keyResultId: 'kr-trends', at: '2026-03-05T10:00:00Z', value: 1, confidence: 0.8 },
  ],
};

const people: Record<string, string> = { ana: 'Ana Silva', ben: 'Ben Okoro' };
const options = { locale: 'en-US', personName: (id: string) => people[id] ?? id };

const report: WeeklyReport = {
  id: 'wr-10',
  authorId: 'ana',
  week: { year: 2026, week: 10 },
  weekStart: '2026-03-01',
  state: 'draft',
  focus: [
    { objectiveId: 'obj-survey', keyResultId: 'kr-questionnaires', priority: 1, expectedResult: '40 more valid questionnaires' },
    { objectiveId: 'obj-survey', keyResultId: 'kr-trends', priority: 2, expectedResult: 'Competitor trends summarised' },
  ],
  tasks: [
    { id: 't1', title: 'Clean the answers sheet', priority: 'P3', status: 'todo' },
    { id: 't2', title: 'Send the reminder e-mail', keyResultId: 'kr-questionnaires', priority: 'P1', due: '2026-03-04', status: 'doing', ownerId: 'ana' },
    { id: 't3', title: 'Compare the three competitors', keyResultId: 'kr-trends', priority: 'P1', due: '2026-03-03', status: 'done', ownerId: 'ben' },
  ],
  problems: [{ text: 'The panel provider is late', severity: 'blocker', keyResultId: 'kr-questionnaires' }, { text: 'Two analysts off on Friday', severity: 'risk' }],
  nextWeek: [{ text: 'Write the competitor summary', keyResultId: 'kr-trends' }],
};

describe('weeklyReportToMarkdown', () => {
  it('given the DOMAIN week, it writes every section in order, tasks sorted, progress from the check-ins', () => {
    expect(weeklyReportToMarkdown(report, surveySet, options)).toMatchInlineSnapshot(`
      "# Weekly report 2026-W10: Mar 1 – Mar 7, 2026

      ⁅Ana Silva⁆ · Draft

      ## Focus

      - **P1** ⁅Finish the market survey⁆ › ⁅100 valid questionnaires⁆ — Expected: ⁅40 more valid questionnaires⁆
      - **P2** ⁅Finish the market survey⁆ › ⁅Main demand and competitor trends analysed⁆ — Expected: ⁅Competitor trends summarised⁆

      ## Tasks

      | Priority | Task | Status | Key result | Due | Owner |
      | --- | --- | --- | --- | --- | --- |
      | P1 | ⁅Compare the three competitors⁆ | Done | ⁅Main demand and competitor trends analysed⁆ | Mar 3 | ⁅Ben Okoro⁆ |
      | P1 | ⁅Send the reminder e-mail⁆ | In progress | ⁅100 valid questionnaires⁆ | Mar 4 | ⁅Ana Silva⁆ |
      | P3 | ⁅Clean the answers sheet⁆ | To do | — | — | — |

      ## Progress since last week

      | Key result | Last week | This week | Change | Confidence |
      | --- | --- | --- | --- | --- |
      | ⁅100 valid questionnaires⁆ | 20 (20%) | 45 (45%) | +25 (+25 pts) | 60% → 70% |
      | ⁅Main demand and competitor trends analysed⁆ | — | 1/2 (50%) | — | — → 80% |

      ## Problems and risks

      - **Blocker:** ⁅The panel provider is late⁆ (⁅100 valid questionnaires⁆)
      - **Risk:** ⁅Two analysts off on Friday⁆

      ## Next week

      - ⁅Write the competitor summary⁆ (⁅Main demand and competitor trends analysed⁆)
      "
    `);
  });

  it('given Markdown characters in user text, it escapes them so they print as typed', () => {
    const tricky = { ...report, focus: [], tasks: [], problems: [{ text: 'use *all* _the_ [links](x) | `code` #1 &amp; <b>' }], nextWeek: [], notes: '- not a list\n1. not a list either\n# not a heading' };
    expect(weeklyReportToMarkdown(tricky, surveySet, options)).toMatchInlineSnapshot(`
      "# Weekly report 2026-W10: Mar 1 – Mar 7, 2026

      ⁅Ana Silva⁆ · Draft

      ## Focus

      None

      ## Tasks

      None

      ## Progress since last week

      None

      ## Problems and risks

      - ⁅use \\*all\\* \\_the\\_ \\[links\\](x) \\| \\\`code\\\` \\#1 \\&amp; \\<b\\>⁆

      ## Next week

      None

      ## Notes

      ⁅\\- not a list⁆
      ⁅1\\. not a list either⁆
      ⁅\\# not a heading⁆
      "
    `);
  });
});

describe('a draft with lines added but not typed yet', () => {
  const draft: WeeklyReport = {
    ...report,
    problems: [{ text: '' }, ...report.problems, { text: '   ', severity: 'risk' }],
    nextWeek: [{ text: '' }, { text: ' ' }],
  };

  it('given blank problems and plan items, the Markdown has no empty "- " bullets and says None where nothing is left', () => {
    const markdown = weeklyReportToMarkdown(draft, surveySet, options);
    expect(markdown).not.toMatch(/^-\s*(\*\*[^*]*\*\*\s*)?$/m);
    expect(markdown).toContain('- **Blocker:** ⁅The panel provider is late⁆');
    expect(markdown.split('## Next week')[1]?.trim()).toBe('None');
  });

  it('given the same draft, the HTML and the plain text leave the blank lines out too', () => {
    expect(weeklyReportToHtml(draft, surveySet, options)).not.toMatch(/<li[^>]*>\s*<\/li>/);
    expect(weeklyReportToPlainText(draft, surveySet, options)).not.toMatch(/^•\s*$/m);
  });
});

describe('weeklyReportToHtml', () => {
  it('given the DOMAIN week, it writes tables with inline styles only, for email', () => {
    const html = weeklyReportToHtml(submitReport(report, '2026-03-06T17:00:00Z'), surveySet, options);
    expect(html).toMatchInlineSnapshot(`
      "<div dir="ltr" style="font-family:Arial,Helvetica,sans-serif;font-size:14px;line-height:1.4;color:#1f2328">
      <h1 style="margin:0 0 4px;font-size:20px;font-weight:bold">Weekly report 2026-W10: Mar 1 – Mar 7, 2026</h1>
      <p style="margin:0;color:#57606a"><bdi>Ana Silva</bdi> · Submitted Mar 6, 2026</p>
      <h2 style="margin:20px 0 8px;font-size:16px;font-weight:bold">Focus</h2>
      <table cellpadding="0" cellspacing="0" border="0" width="100%" style="border-collapse:collapse;width:100%;font-family:Arial,Helvetica,sans-serif;font-size:14px;line-height:1.4;color:#1f2328">
      <tr><th style="padding:6px 8px;border-bottom:2px solid #d0d7de;text-align:left;vertical-align:bottom;font-weight:bold">Priority</th><th style="padding:6px 8px;border-bottom:2px solid #d0d7de;text-align:left;vertical-align:bottom;font-weight:bold">Objective</th><th style="padding:6px 8px;border-bottom:2px solid #d0d7de;text-align:left;vertical-align:bottom;font-weight:bold">Key result</th><th style="padding:6px 8px;border-bottom:2px solid #d0d7de;text-align:left;vertical-align:bottom;font-weight:bold">Expected</th></tr>
      <tr><td style="padding:6px 8px;border-bottom:1px solid #d0d7de;text-align:left;vertical-align:top">P1</td><td style="padding:6px 8px;border-bottom:1px solid #d0d7de;text-align:left;vertical-align:top"><bdi>Finish the market survey</bdi></td><td style="padding:6px 8px;border-bottom:1px solid #d0d7de;text-align:left;vertical-align:top"><bdi>100 valid questionnaires</bdi></td><td style="padding:6px 8px;border-bottom:1px solid #d0d7de;text-align:left;vertical-align:top"><bdi>40 more valid questionnaires</bdi></td></tr>
      <tr><td style="padding:6px 8px;border-bottom:1px solid #d0d7de;text-align:left;vertical-align:top">P2</td><td style="padding:6px 8px;border-bottom:1px solid #d0d7de;text-align:left;vertical-align:top"><bdi>Finish the market survey</bdi></td><td style="padding:6px 8px;border-bottom:1px solid #d0d7de;text-align:left;vertical-align:top"><bdi>Main demand and competitor trends analysed</bdi></td><td style="padding:6px 8px;border-bottom:1px solid #d0d7de;text-align:left;vertical-align:top"><bdi>Competitor trends summarised</bdi></td></tr>
      </table>
      <h2 style="margin:20px 0 8px;font-size:16px;font-weight:bold">Tasks</h2>
      <table cellpadding="0" cellspacing="0" border="0" width="100%" style="border-collapse:collapse;width:100%;font-family:Arial,Helvetica,sans-serif;font-size:14px;line-height:1.4;color:#1f2328">
      <tr><th style="padding:6px 8px;border-bottom:2px solid #d0d7de;text-align:left;vertical-align:bottom;font-weight:bold">Priority</th><th style="padding:6px 8px;border-bottom:2px solid #d0d7de;text-align:left;vertical-align:bottom;font-weight:bold">Task</th><th style="padding:6px 8px;border-bottom:2px solid #d0d7de;text-align:left;vertical-align:bottom;font-weight:bold">Status</th><th style="padding:6px 8px;border-bottom:2px solid #d0d7de;text-align:left;vertical-align:bottom;font-weight:bold">Key result</th><th style="padding:6px 8px;border-bottom:2px solid #d0d7de;text-align:left;vertical-align:bottom;font-weight:bold">Due</th><th style="padding:6px 8px;border-bottom:2px solid #d0d7de;text-align:left;vertical-align:bottom;font-weight:bold">Owner</th></tr>
      <tr><td style="padding:6px 8px;border-bottom:1px solid #d0d7de;text-align:left;vertical-align:top">P1</td><td style="padding:6px 8px;border-bottom:1px solid #d0d7de;text-align:left;vertical-align:top"><bdi>Compare the three competitors</bdi></td><td style="padding:6px 8px;border-bottom:1px solid #d0d7de;text-align:left;vertical-align:top">Done</td><td style="padding:6px 8px;border-bottom:1px solid #d0d7de;text-align:left;vertical-align:top"><bdi>Main demand and competitor trends analysed</bdi></td><td style="padding:6px 8px;border-bottom:1px solid #d0d7de;text-align:left;vertical-align:top">Mar 3</td><td style="padding:6px 8px;border-bottom:1px solid #d0d7de;text-align:left;vertical-align:top"><bdi>Ben Okoro</bdi></td></tr>
      <tr><td style="padding:6px 8px;border-bottom:1px solid #d0d7de;text-align:left;vertical-align:top">P1</td><td style="padding:6px 8px;border-bottom:1px solid #d0d7de;text-align:left;vertical-align:top"><bdi>Send the reminder e-mail</bdi></td><td style="padding:6px 8px;border-bottom:1px solid #d0d7de;text-align:left;vertical-align:top">In progress</td><td style="padding:6px 8px;border-bottom:1px solid #d0d7de;text-align:left;vertical-align:top"><bdi>100 valid questionnaires</bdi></td><td style="padding:6px 8px;border-bottom:1px solid #d0d7de;text-align:left;vertical-align:top">Mar 4</td><td style="padding:6px 8px;border-bottom:1px solid #d0d7de;text-align:left;vertical-align:top"><bdi>Ana Silva</bdi></td></tr>
      <tr><td style="padding:6px 8px;border-bottom:1px solid #d0d7de;text-align:left;vertical-align:top">P3</td><td style="padding:6px 8px;border-bottom:1px solid #d0d7de;text-align:left;vertical-align:top"><bdi>Clean the answers sheet</bdi></td><td style="padding:6px 8px;border-bottom:1px solid #d0d7de;text-align:left;vertical-align:top">To do</td><td style="padding:6px 8px;border-bottom:1px solid #d0d7de;text-align:left;vertical-align:top">—</td><td style="padding:6px 8px;border-bottom:1px solid #d0d7de;text-align:left;vertical-align:top">—</td><td style="padding:6px 8px;border-bottom:1px solid #d0d7de;text-align:left;vertical-align:top">—</td></tr>
      </table>
      <h2 style="margin:20px 0 8px;font-size:16px;font-weight:bold">Progress since last week</h2>
      <table cellpadding="0" cellspacing="0" border="0" width="100%" style="border-collapse:collapse;width:100%;font-family:Arial,Helvetica,sans-serif;font-size:14px;line-height:1.4;color:#1f2328">
      <tr><th style="padding:6px 8px;border-bottom:2px solid #d0d7de;text-align:left;vertical-align:bottom;font-weight:bold">Key result</th><th style="padding:6px 8px;border-bottom:2px solid #d0d7de;text-align:left;vertical-align:bottom;font-weight:bold">Last week</th><th style="padding:6px 8px;border-bottom:2px solid #d0d7de;text-align:left;vertical-align:bottom;font-weight:bold">This week</th><th style="padding:6px 8px;border-bottom:2px solid #d0d7de;text-align:left;vertical-align:bottom;font-weight:bold">Change</th><th style="padding:6px 8px;border-bottom:2px solid #d0d7de;text-align:left;vertical-align:bottom;font-weight:bold">Confidence</th></tr>
      <tr><td style="padding:6px 8px;border-bottom:1px solid #d0d7de;text-align:left;vertical-align:top"><bdi>100 valid questionnaires</bdi></td><td style="padding:6px 8px;border-bottom:1px solid #d0d7de;text-align:left;vertical-align:top">20 (20%)</td><td style="padding:6px 8px;border-bottom:1px solid #d0d7de;text-align:left;vertical-align:top">45 (45%)</td><td style="padding:6px 8px;border-bottom:1px solid #d0d7de;text-align:left;vertical-align:top">+25 (+25 pts)</td><td style="padding:6px 8px;border-bottom:1px solid #d0d7de;text-align:left;vertical-align:top">60% → 70%</td></tr>
      <tr><td style="padding:6px 8px;border-bottom:1px solid #d0d7de;text-align:left;vertical-align:top"><bdi>Main demand and competitor trends analysed</bdi></td><td style="padding:6px 8px;border-bottom:1px solid #d0d7de;text-align:left;vertical-align:top">—</td><td style="padding:6px 8px;border-bottom:1px solid #d0d7de;text-align:left;vertical-align:top">1/2 (50%)</td><td style="padding:6px 8px;border-bottom:1px solid #d0d7de;text-align:left;vertical-align:top">—</td><td style="padding:6px 8px;border-bottom:1px solid #d0d7de;text-align:left;vertical-align:top">— → 80%</td></tr>
      </table>
      <h2 style="margin:20px 0 8px;font-size:16px;font-weight:bold">Problems and risks</h2>
      <ul style="margin:0;padding-left:24px">
      <li style="margin:0 0 4px"><strong>Blocker:</strong> <bdi>The panel provider is late</bdi> (<bdi>100 valid questionnaires</bdi>)</li>
      <li style="margin:0 0 4px"><strong>Risk:</strong> <bdi>Two analysts off on Friday</bdi></li>
      </ul>
      <h2 style="margin:20px 0 8px;font-size:16px;font-weight:bold">Next week</h2>
      <ul style="margin:0;padding-left:24px">
      <li style="margin:0 0 4px"><bdi>Write the competitor summary</bdi> (<bdi>Main demand and competitor trends analysed</bdi>)</li>
      </ul>
      </div>
      "
    `);
    expect(html).not.toMatch(/<style|class=|<script/i);
  });

  it('given <script> and & in user text, it escapes them as entities', () => {
    const tricky = { ...report, focus: [], tasks: [{ id: 't', title: 'R&D <script>alert("x")</script>', priority: 'P1' as const, status: 'todo' as const }], problems: [], nextWeek: [], notes: "Tom's & Jerry's\nsecond line" };
    const html = weeklyReportToHtml(tricky, surveySet, options);
    expect(html).toContain('<bdi>R&amp;D &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;</bdi></td>');
    expect(html).toContain('<p style="margin:0"><bdi>Tom&#39;s &amp; Jerry&#39;s</bdi><br><bdi>second line</bdi></p>');
    expect(html).not.toContain('<script>');
  });

  it('given a right-to-left locale, it sets dir="rtl" and aligns cells to the right', () => {
    const html = weeklyReportToHtml({ ...report, weekStart: '2026-03-01' }, surveySet, { locale: 'he-IL' });
    expect(html.startsWith('<div dir="rtl"')).toBe(true);
    expect(html).toContain('text-align:right');
    expect(html).not.toContain('text-align:left');
  });
});

describe('weeklyReportToPlainText', () => {
  it('given the DOMAIN week, it writes short bulleted lines without markup', () => {
    expect(weeklyReportToPlainText(report, surveySet, options)).toMatchInlineSnapshot(`
      "Weekly report 2026-W10: Mar 1 – Mar 7, 2026
      ⁅Ana Silva⁆ · Draft

      FOCUS
      • P1 ⁅Finish the market survey⁆ › ⁅100 valid questionnaires⁆
        Expected: ⁅40 more valid questionnaires⁆
      • P2 ⁅Finish the market survey⁆ › ⁅Main demand and competitor trends analysed⁆
        Expected: ⁅Competitor trends summarised⁆

      TASKS
      • P1 · Done · ⁅Compare the three competitors⁆
        ⁅Main demand and competitor trends analysed⁆ · Due Mar 3 · ⁅Ben Okoro⁆
      • P1 · In progress · ⁅Send the reminder e-mail⁆
        ⁅100 valid questionnaires⁆ · Due Mar 4 · ⁅Ana Silva⁆
      • P3 · To do · ⁅Clean the answers sheet⁆

      PROGRESS SINCE LAST WEEK
      • ⁅100 valid questionnaires⁆
        20 (20%) → 45 (45%), +25 (+25 pts)
        Confidence 60% → 70%
      • ⁅Main demand and competitor trends analysed⁆
        — → 1/2 (50%)
        Confidence — → 80%

      PROBLEMS AND RISKS
      • Blocker: ⁅The panel provider is late⁆ (⁅100 valid questionnaires⁆)
      • Risk: ⁅Two analysts off on Friday⁆

      NEXT WEEK
      • ⁅Write the competitor summary⁆ (⁅Main demand and competitor trends analysed⁆)
      "
    `);
  });

  it('given line breaks in user text, it folds them so no text can forge a section; labels can be translated', () => {
    const tricky = { ...report, focus: [], tasks: [], problems: [{ text: 'late\n\nNEXT WEEK\n• fake' }], nextWeek: [] };
    const text = weeklyReportToPlainText(tricky, surveySet, { locale: 'de-DE', labels: { problems: 'Probleme', none: 'Keine' } });
    expect(text).toContain('\nPROBLEME\n• ⁅late NEXT WEEK • fake⁆\n');
    expect(text).toContain('\nFOCUS\nKeine\n');
  });
});
