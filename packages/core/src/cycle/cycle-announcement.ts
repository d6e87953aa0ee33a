import type { Objective, OkrSet, Period } from '../model/model.types';
import { isolateText } from '../text/bidi-isolation';
import { FONT, MUTED, html, markdown, oneLine } from '../text/export-format';
import { cascadeLevelOf } from './cycle-cascade.utils';

/** One announced objective with its key results' titles and what it serves. */
export interface AnnouncedObjective {
  id: string;
  title: string;
  kind: 'committed' | 'aspirational';
  priority: number | null;
  /** The title of the objective it serves, when it has one. */
  serves: string | null;
  keyResults: string[];
}

/** A group of announced objectives: a department (team) or a person. */
export interface AnnouncementGroup {
  /** The team id or the person id. */
  id: string;
  /** The name shown (from `names`, or the id). */
  name: string;
  objectives: AnnouncedObjective[];
}

/** The plenary's summary (DOMAIN.md §5 step 7): the period's confirmed company, department and personal OKRs. */
export interface Announcement {
  periodId: string;
  title: string;
  company: AnnouncedObjective[];
  departments: AnnouncementGroup[];
  personal: AnnouncementGroup[];
}

/** Options of {@link announcementOf}. */
export interface AnnouncementOptions {
  /** A person's or a team's display name by id. @default the id */
  nameOf?: (id: string, kind: 'team' | 'person') => string;
  /** @default 'OKRs' */
  heading?: string;
}

const byPriority = (left: Objective, right: Objective) => (left.priority ?? Number.MAX_SAFE_INTEGER) - (right.priority ?? Number.MAX_SAFE_INTEGER) || left.title.localeCompare(right.title);

/**
 * The announcement of a period: its active (confirmed) objectives, grouped as company
 * (no team, no owner), departments (by team) and personal (by owner), each ranked by
 * priority, with their key results and what each serves. Drafts, proposals and closed
 * objectives are not announced. Pure: export it with {@link announcementToMarkdown},
 * {@link announcementToHtml} or {@link announcementToPlainText}.
 * @example announcementOf(quarter, okrSet).company[0] // { id: 'o1', title: 'Significantly increase user activity', keyResults: ['MAU +20 %'], … }
 */
export function announcementOf(period: Period, okrSet: OkrSet, options: AnnouncementOptions = {}): Announcement {
  const nameOf = options.nameOf ?? ((id: string) => id);
  const titles = new Map(okrSet.objectives.map((objective) => [objective.id, objective.title]));
  const keyResults = new Map<string, string[]>();
  for (const keyResult of [...okrSet.keyResults].sort((left, right) => (left.position ?? Number.MAX_SAFE_INTEGER) - (right.position ?? Number.MAX_SAFE_INTEGER))) {
    keyResults.set(keyResult.objectiveId, [...(keyResults.get(keyResult.objectiveId) ?? []), keyResult.title]);
  }
  const active = okrSet.objectives.filter((objective) => objective.periodId === period.id && (objective.state ?? 'active') === 'active').sort(byPriority);
  const announced = (objective: Objective): AnnouncedObjective => ({
    id: objective.id,
    title: objective.title,
    kind: objective.kind ?? 'committed',
    priority: objective.priority ?? null,
    serves: objective.parentId === undefined ? null : (titles.get(objective.parentId) ?? null),
    keyResults: keyResults.get(objective.id) ?? [],
  });
  const byId = new Map(okrSet.objectives.map((objective) => [objective.id, objective]));
  const levelOf = (objective: Objective) => cascadeLevelOf(objective, (id) => byId.get(id));
  const group = (level: 'department' | 'personal'): AnnouncementGroup[] => {
    const groups = new Map<string, AnnouncementGroup>();
    for (const objective of active) {
      if (levelOf(objective) !== level) continue;
      const id = (level === 'department' ? objective.teamId : objective.ownerId) as string;
      const entry = groups.get(id) ?? { id, name: nameOf(id, level === 'department' ? 'team' : 'person'), objectives: [] };
      entry.objectives.push(announced(objective));
      groups.set(id, entry);
    }
    return [...groups.values()].sort((left, right) => left.name.localeCompare(right.name));
  };
  return {
    periodId: period.id,
    title: `${options.heading ?? 'OKRs'}: ${period.name}`,
    company: active.filter((objective) => levelOf(objective) === 'company').map(announced),
    departments: group('department'),
    personal: group('personal'),
  };
}

/** The section names of the exports. */
export interface AnnouncementLabels {
  company: string;
  departments: string;
  personal: string;
  serves: string;
  aspirational: string;
  none: string;
}

const LABELS: AnnouncementLabels = { company: 'Company', departments: 'Departments', personal: 'Personal', serves: 'serves', aspirational: 'aspirational', none: 'None.' };

function sections(announcement: Announcement): Array<{ key: 'company' | 'departments' | 'personal'; groups: Array<{ name: string | null; objectives: AnnouncedObjective[] }> }> {
  return [
    { key: 'company', groups: announcement.company.length === 0 ? [] : [{ name: null, objectives: announcement.company }] },
    { key: 'departments', groups: announcement.departments },
    { key: 'personal', groups: announcement.personal },
  ];
}

const describe = (objective: AnnouncedObjective, labels: AnnouncementLabels): string =>
  [objective.kind === 'aspirational' ? `(${labels.aspirational})` : null, objective.serves === null ? null : `${labels.serves}: ${isolateText(objective.serves)}`].filter((part) => part !== null).join(' · ');

/**
 * The announcement as Markdown: a heading per level, a sub-heading per department or person,
 * each objective with its key results. User text escaped and direction-isolated like the
 * weekly report's export.
 * @example announcementToMarkdown(announcementOf(quarter, okrSet)) // '# OKRs: Q2 2026\n\n## Company\n\n1. **Significantly increase user activity**\n   - MAU +20 %\n…'
 */
export function announcementToMarkdown(announcement: Announcement, labels: AnnouncementLabels = LABELS): string {
  const out = [`# ${markdown(isolateText(announcement.title))}`];
  for (const { key, groups } of sections(announcement)) {
    out.push('', `## ${markdown(labels[key])}`);
    if (groups.length === 0) out.push('', markdown(labels.none));
    for (const entry of groups) {
      if (entry.name !== null) out.push('', `### ${markdown(isolateText(entry.name))}`);
      out.push('');
      entry.objectives.forEach((objective, index) => {
        const details = describe(objective, labels);
        out.push(`${index + 1}. **${markdown(isolateText(objective.title))}**${details === '' ? '' : ` ${markdown(details)}`}`);
        for (const keyResult of objective.keyResults) out.push(`   - ${markdown(isolateText(keyResult))}`);
      });
    }
  }
  return `${out.join('\n')}\n`;
}

/**
 * The announcement as HTML that survives pasting into Gmail or Outlook: inline styles only,
 * every text escaped, user text in `<bdi>`.
 * @example announcementToHtml(announcement, LABELS, 'ltr') // '<div dir="ltr" style="font-family:Arial,…"><h1 …>OKRs: Q2 2026</h1>…'
 */
export function announcementToHtml(announcement: Announcement, labels: AnnouncementLabels = LABELS, dir: 'ltr' | 'rtl' = 'ltr'): string {
  const side = dir === 'rtl' ? 'right' : 'left';
  const out = [`<div dir="${dir}" style="${FONT}">`, `<h1 style="margin:0 0 4px;font-size:20px;font-weight:bold">${html(isolateText(announcement.title))}</h1>`];
  for (const { key, groups } of sections(announcement)) {
    out.push(`<h2 style="margin:20px 0 8px;font-size:16px;font-weight:bold">${html(labels[key])}</h2>`);
    if (groups.length === 0) out.push(`<p style="${MUTED}">${html(labels.none)}</p>`);
    for (const entry of groups) {
      if (entry.name !== null) out.push(`<h3 style="margin:12px 0 4px;font-size:14px;font-weight:bold">${html(isolateText(entry.name))}</h3>`);
      out.push(`<ol style="margin:0;padding-${side}:24px">`);
      for (const objective of entry.objectives) {
        const details = describe(objective, labels);
        const keyResults = objective.keyResults.length === 0 ? '' : `<ul style="margin:4px 0 0;padding-${side}:20px">${objective.keyResults.map((title) => `<li>${html(isolateText(title))}</li>`).join('')}</ul>`;
        out.push(`<li style="margin:0 0 6px"><strong>${html(isolateText(objective.title))}</strong>${details === '' ? '' : ` <span style="color:#57606a">${html(details)}</span>`}${keyResults}</li>`);
      }
      out.push('</ol>');
    }
  }
  out.push('</div>');
  return `${out.join('\n')}\n`;
}

/**
 * The announcement as plain text for chat: section names in capitals, "•" bullets, no markup.
 * @example announcementToPlainText(announcement) // 'OKRs: Q2 2026\n\nCOMPANY\n1. Significantly increase user activity\n   • MAU +20 %\n…'
 */
export function announcementToPlainText(announcement: Announcement, labels: AnnouncementLabels = LABELS): string {
  const text = (value: string) => oneLine(isolateText(value));
  const out = [text(announcement.title)];
  for (const { key, groups } of sections(announcement)) {
    out.push('', oneLine(labels[key]).toUpperCase());
    if (groups.length === 0) out.push(oneLine(labels.none));
    for (const entry of groups) {
      if (entry.name !== null) out.push(`${text(entry.name)}:`);
      entry.objectives.forEach((objective, index) => {
        const details = describe(objective, labels);
        out.push(`${index + 1}. ${text(objective.title)}${details === '' ? '' : ` ${oneLine(details)}`}`);
        for (const keyResult of objective.keyResults) out.push(`   • ${text(keyResult)}`);
      });
    }
  }
  return `${out.join('\n')}\n`;
}

export { LABELS as ANNOUNCEMENT_LABELS };
