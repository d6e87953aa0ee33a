import { AlignmentTree, CheckInTimeline, KeyResultChart, KeyResultProgress, ObjectiveCard, ObjectiveList, WeeklyReportView } from '@okrkit/react';
import { OkrElement, reflect, type OkrElementContent } from './okr-element';

/** `<okr-objective-card objective-id>`: the objective, its key results and their check-in dialogs. */
export class OkrObjectiveCardElement extends OkrElement {
  static override ownAttributes = ['objective-id', 'read-only'];
  declare objectiveId: string | null;
  /** Hides every edit affordance (check-ins, inline edits). */
  get readOnly(): boolean {
    return this.hasAttribute('read-only');
  }
  set readOnly(value: boolean) {
    this.toggleAttribute('read-only', Boolean(value));
  }
  protected renderWidget(): OkrElementContent {
    const id = this.required('objective-id');
    return id instanceof Error ? id : <ObjectiveCard objectiveId={id} readOnly={this.readOnly} />;
  }
}
reflect(OkrObjectiveCardElement, { objectiveId: 'objective-id' });

/** `<okr-key-result-progress key-result-id>`: one key result's progress bar. */
export class OkrKeyResultProgressElement extends OkrElement {
  static override ownAttributes = ['key-result-id'];
  declare keyResultId: string | null;
  protected renderWidget(): OkrElementContent {
    const id = this.required('key-result-id');
    return id instanceof Error ? id : <KeyResultProgress keyResultId={id} />;
  }
}
reflect(OkrKeyResultProgressElement, { keyResultId: 'key-result-id' });

/** `<okr-key-result-chart key-result-id>`: a key result's check-ins over its period, with a table. */
export class OkrKeyResultChartElement extends OkrElement {
  static override ownAttributes = ['key-result-id'];
  declare keyResultId: string | null;
  protected renderWidget(): OkrElementContent {
    const id = this.required('key-result-id');
    return id instanceof Error ? id : <KeyResultChart keyResultId={id} />;
  }
}
reflect(OkrKeyResultChartElement, { keyResultId: 'key-result-id' });

/** `<okr-check-in-timeline key-result-id | objective-id>`: the feed of check-ins, newest first. */
export class OkrCheckInTimelineElement extends OkrElement {
  static override ownAttributes = ['key-result-id', 'objective-id'];
  declare keyResultId: string | null;
  declare objectiveId: string | null;
  protected renderWidget(): OkrElementContent {
    const onCheckInChange = (change: { type: 'updated' | 'deleted'; checkInId: string }) => this.emit('okr-check-in-changed', change);
    if (this.hasAttribute('key-result-id')) {
      const id = this.required('key-result-id');
      return id instanceof Error ? id : <CheckInTimeline keyResultId={id} onCheckInChange={onCheckInChange} />;
    }
    const id = this.required('objective-id');
    return id instanceof Error ? new Error('key-result-id or objective-id: one is required') : <CheckInTimeline objectiveId={id} onCheckInChange={onCheckInChange} />;
  }
}
reflect(OkrCheckInTimelineElement, { keyResultId: 'key-result-id', objectiveId: 'objective-id' });

/** `<okr-alignment-tree>`: how objectives serve the ones above them; choosing a node dispatches `okr-objective-selected`. */
export class OkrAlignmentTreeElement extends OkrElement {
  static override ownAttributes = ['selected-id'];
  /** The chosen objective (set by a person's choice too). */
  declare selectedId: string | null;
  protected renderWidget(): OkrElementContent {
    return (
      <AlignmentTree
        selectedId={this.getAttribute('selected-id')}
        onSelectedChange={(objectiveId) => {
          if (objectiveId === null) this.removeAttribute('selected-id');
          else {
            this.setAttribute('selected-id', objectiveId);
            this.emit('okr-objective-selected', { objectiveId, source: 'alignment-tree' });
          }
        }}
      />
    );
  }
}
reflect(OkrAlignmentTreeElement, { selectedId: 'selected-id' });

/**
 * `<okr-objective-list team-id | owner-id | period-id>`: the ranked grid of objectives. A row
 * opens the list's own side panel; with `no-panel` it dispatches `okr-objective-selected`
 * instead, for a host that shows the objective itself.
 */
export class OkrObjectiveListElement extends OkrElement {
  static override ownAttributes = ['team-id', 'owner-id', 'period-id', 'no-panel', 'read-only'];
  declare teamId: string | null;
  declare ownerId: string | null;
  declare periodId: string | null;
  get noPanel(): boolean {
    return this.hasAttribute('no-panel');
  }
  set noPanel(value: boolean) {
    this.toggleAttribute('no-panel', Boolean(value));
  }
  get readOnly(): boolean {
    return this.hasAttribute('read-only');
  }
  set readOnly(value: boolean) {
    this.toggleAttribute('read-only', Boolean(value));
  }
  protected renderWidget(): OkrElementContent {
    const scope = (attribute: string) => this.getAttribute(attribute)?.trim() || undefined;
    return (
      <ObjectiveList
        teamId={scope('team-id')}
        ownerId={scope('owner-id')}
        periodId={scope('period-id')}
        readOnly={this.readOnly}
        onOpen={this.noPanel ? (objectiveId) => this.emit('okr-objective-selected', { objectiveId, source: 'objective-list' }) : undefined}
      />
    );
  }
}
reflect(OkrObjectiveListElement, { teamId: 'team-id', ownerId: 'owner-id', periodId: 'period-id' });

/** `<okr-weekly-report report-id>`: one weekly report for its readers, with the copy buttons. */
export class OkrWeeklyReportElement extends OkrElement {
  static override ownAttributes = ['report-id'];
  declare reportId: string | null;
  protected renderWidget(): OkrElementContent {
    const id = this.required('report-id');
    if (id instanceof Error) return id;
    const reports = this.weeklyReports();
    return reports instanceof Error ? reports : <WeeklyReportView reportId={id} store={reports} />;
  }
}
reflect(OkrWeeklyReportElement, { reportId: 'report-id' });

/** Every element by its tag name. */
export const okrElements = {
  'okr-objective-card': OkrObjectiveCardElement,
  'okr-key-result-progress': OkrKeyResultProgressElement,
  'okr-key-result-chart': OkrKeyResultChartElement,
  'okr-check-in-timeline': OkrCheckInTimelineElement,
  'okr-alignment-tree': OkrAlignmentTreeElement,
  'okr-objective-list': OkrObjectiveListElement,
  'okr-weekly-report': OkrWeeklyReportElement,
} as const;

/**
 * Registers every okrkit element (once; tags already defined, by okrkit or another
 * script, are left alone). The script-tag bundle calls it itself.
 * @example import { defineOkrElements } from '@okrkit/elements'; defineOkrElements();
 */
export function defineOkrElements(registry: CustomElementRegistry | undefined = globalThis.customElements): void {
  if (!registry) return;
  for (const [tag, element] of Object.entries(okrElements)) if (!registry.get(tag)) registry.define(tag, element as unknown as CustomElementConstructor);
}

declare global {
  interface HTMLElementTagNameMap {
    'okr-objective-card': OkrObjectiveCardElement;
    'okr-key-result-progress': OkrKeyResultProgressElement;
    'okr-key-result-chart': OkrKeyResultChartElement;
    'okr-check-in-timeline': OkrCheckInTimelineElement;
    'okr-alignment-tree': OkrAlignmentTreeElement;
    'okr-objective-list': OkrObjectiveListElement;
    'okr-weekly-report': OkrWeeklyReportElement;
  }
}
