'use client';
import type { Objective, ObjectiveKind } from '@okrkit/core';
import { forwardRef, type ComponentPropsWithoutRef } from 'react';
import { useOkrSelector } from '../provider/index';
import { DirectorySelect, useDirectoryOptions, useLatest } from './directory-options';
import { EditorField, NumberInput } from './editor-field';
import { useDraftSlice, useEditorParts } from './objective-editor-context';
import { editorLimits } from './objective-editor.utils';
import { slotClass } from '../internal/slot-class';

const titleOf = (objective: Objective) => objective.title;
const descriptionOf = (objective: Objective) => objective.description;
const periodOf = (objective: Objective) => objective.periodId;
const kindOf = (objective: Objective) => objective.kind;
const weightOf = (objective: Objective) => objective.weight;
const ownerOf = (objective: Objective) => objective.ownerId;
const teamOf = (objective: Objective) => objective.teamId;
const idOf = (objective: Objective) => objective.id;

/**
 * One field of the objective: its value (the part re-renders when that value changes, not on
 * every keystroke elsewhere) and a setter that patches the objective.
 */
function useObjectiveField<T>(part: string, select: (objective: Objective) => T) {
  const parts = useEditorParts(part);
  const value = useDraftSlice(parts.session, (draft) => select(draft.objective));
  const { edit } = parts;
  const set = (patch: Partial<Objective>) => edit((draft) => ({ ...draft, objective: { ...draft.objective, ...patch } }));
  return { ...parts, value, set };
}

/** Drops a key whose value is empty, so an unset owner is absent, not `''`. */
function withoutEmpty<K extends keyof Objective>(key: K, value: string): Partial<Objective> {
  return { [key]: value === '' ? undefined : value } as Partial<Objective>;
}

export type ObjectiveEditorPartProps = ComponentPropsWithoutRef<'div'>;

/**
 * The objective's title: one line, bounded by the core's limit, its error at the field.
 * @example <ObjectiveEditor.Title />
 */
export const ObjectiveEditorTitle = /* @__PURE__ */ forwardRef<HTMLInputElement, ComponentPropsWithoutRef<'input'>>(function ObjectiveEditorTitle(props, ref) {
  const { value: title, set, labels } = useObjectiveField('Title', titleOf);
  return (
    <EditorField label={labels.title} path="objective.title" slot="objective-editor-title">
      {(control) => (
        <input {...props} {...control} ref={ref} dir="auto" maxLength={editorLimits.title} value={title} onChange={(event) => set({ title: event.target.value })} />
      )}
    </EditorField>
  );
});

/**
 * The objective's description (optional, several lines).
 * @example <ObjectiveEditor.Description />
 */
export const ObjectiveEditorDescription = /* @__PURE__ */ forwardRef<HTMLTextAreaElement, ComponentPropsWithoutRef<'textarea'>>(function ObjectiveEditorDescription(props, ref) {
  const { value: description, set, labels } = useObjectiveField('Description', descriptionOf);
  return (
    <EditorField label={labels.description} path="objective.description" slot="objective-editor-description">
      {(control) => (
        <textarea
          {...props}
          {...control}
          ref={ref}
          dir="auto"
          rows={props.rows ?? 2}
          maxLength={editorLimits.description}
          value={description ?? ''}
          onChange={(event) => set(withoutEmpty('description', event.target.value))}
        />
      )}
    </EditorField>
  );
});

/**
 * The period, from the store's periods.
 * @example <ObjectiveEditor.Period />
 */
export const ObjectiveEditorPeriod = /* @__PURE__ */ forwardRef<HTMLSelectElement, ComponentPropsWithoutRef<'select'>>(function ObjectiveEditorPeriod(props, ref) {
  const { value: periodId, set, labels } = useObjectiveField('Period', periodOf);
  const periods = useOkrSelector((snapshot) => snapshot.okrSet.periods);
  return (
    <EditorField label={labels.period} path="objective.periodId" slot="objective-editor-period">
      {(control) => (
        <select {...props} {...control} ref={ref} value={periodId} onChange={(event) => set({ periodId: event.target.value })}>
          {periodId === '' || !periods.some((period) => period.id === periodId) ? <option value={periodId}>{periodId || '—'}</option> : null}
          {periods.map((period) => (
            <option key={period.id} value={period.id}>
              {period.name}
            </option>
          ))}
        </select>
      )}
    </EditorField>
  );
});

function DirectoryField({ field, label, path, slot, entries }: { field: 'ownerId' | 'teamId'; label: string; path: string; slot: string; entries: 'people' | 'teams' }) {
  const { value: current, set, labels } = useObjectiveField(field === 'ownerId' ? 'Owner' : 'Team', field === 'ownerId' ? ownerOf : teamOf);
  const { listed, options } = useDirectoryOptions(entries);
  const onValue = useLatest((value: string) => set(withoutEmpty(field, value)));
  return (
    <EditorField label={label} path={path} slot={slot}>
      {(control) => (
        <DirectorySelect control={control} value={current ?? ''} nobody={labels.nobody} unknownId={current && !listed.some((entry) => entry.id === current) ? current : undefined} options={options} onValue={onValue} />
      )}
    </EditorField>
  );
}

/**
 * The owner, a person from the provider's directory.
 * @example <ObjectiveEditor.Owner />
 */
export function ObjectiveEditorOwner() {
  const { labels } = useEditorParts('Owner');
  return <DirectoryField field="ownerId" label={labels.owner} path="objective.ownerId" slot="objective-editor-owner" entries="people" />;
}

/**
 * The team, from the provider's directory.
 * @example <ObjectiveEditor.Team />
 */
export function ObjectiveEditorTeam() {
  const { labels } = useEditorParts('Team');
  return <DirectoryField field="teamId" label={labels.team} path="objective.teamId" slot="objective-editor-team" entries="teams" />;
}

/**
 * Committed or aspirational, as a radio group.
 * @example <ObjectiveEditor.Kind />
 */
export const ObjectiveEditorKind = /* @__PURE__ */ forwardRef<HTMLFieldSetElement, ComponentPropsWithoutRef<'fieldset'>>(function ObjectiveEditorKind(props, ref) {
  const { value: kind = 'committed', set, labels, session } = useObjectiveField('Kind', kindOf);
  const objectiveId = useDraftSlice(session, (draft) => idOf(draft.objective));
  return (
    <fieldset {...props} className={slotClass('objective-editor-kind', props.className)} ref={ref} data-slot="objective-editor-kind" data-state={kind}>
      <legend>{labels.kind}</legend>
      {(['committed', 'aspirational'] as const satisfies readonly ObjectiveKind[]).map((option) => (
        <label key={option}>
          <input type="radio" name={`kind-${objectiveId}`} value={option} checked={kind === option} onChange={() => set({ kind: option })} />
          {labels[option]}
        </label>
      ))}
    </fieldset>
  );
});

/**
 * The objective's weight in its parent's roll-up (0…10^6, default 1).
 * @example <ObjectiveEditor.Weight />
 */
export function ObjectiveEditorWeight() {
  const { value: weight, set, labels } = useObjectiveField('Weight', weightOf);
  return (
    <EditorField label={labels.weight} path="objective.weight" slot="objective-editor-weight">
      {(control) => <NumberInput {...control} value={weight ?? 1} onValueChange={(weight) => set({ weight })} />}
    </EditorField>
  );
}
