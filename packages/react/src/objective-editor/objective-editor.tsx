'use client';
import { forwardRef } from 'react';
import { ObjectiveEditorActions, ObjectiveEditorHints } from './objective-editor-status';
import {
  ObjectiveEditorDescription,
  ObjectiveEditorKind,
  ObjectiveEditorOwner,
  ObjectiveEditorPeriod,
  ObjectiveEditorTeam,
  ObjectiveEditorTitle,
  ObjectiveEditorWeight,
} from './objective-editor-fields';
import { ObjectiveEditorRoot, type ObjectiveEditorRootProps } from './objective-editor-root';
import { ObjectiveEditorContributesTo, ObjectiveEditorParent } from './objective-picker';
import { ObjectiveEditorKeyResultRow, ObjectiveEditorKeyResults } from './key-result-rows';
import { ObjectiveEditorTemplates } from './objective-editor-templates';

/**
 * Every field of the objective in the usual order: title, description, period, owner, team,
 * kind, weight, parent and further contributions.
 * @example <ObjectiveEditor.Fields />
 */
export function ObjectiveEditorFields() {
  return (
    <div data-slot="objective-editor-fields" className="okr-slot-objective-editor-fields">
      <ObjectiveEditorTitle />
      <ObjectiveEditorDescription />
      <ObjectiveEditorPeriod />
      <ObjectiveEditorOwner />
      <ObjectiveEditorTeam />
      <ObjectiveEditorKind />
      <ObjectiveEditorWeight />
      <ObjectiveEditorParent />
      <ObjectiveEditorContributesTo />
    </div>
  );
}

/**
 * The whole editor, composed: "Start from a template" (create mode), fields, key results, hints and actions. Compose the parts of
 * {@link ObjectiveEditor} yourself to reorder or leave some out.
 * @example
 * <ObjectiveEditorForm periodId="q1-2026" onSaved={(draft) => open(draft.objective.id)} onCancel={close} />
 * <ObjectiveEditorForm objectiveId="obj-user-activity" onSaved={close} onCancel={close} />
 */
export const ObjectiveEditorForm = /* @__PURE__ */ forwardRef<HTMLFormElement, ObjectiveEditorRootProps>(function ObjectiveEditorForm(props, ref) {
  return (
    <ObjectiveEditorRoot {...props} ref={ref}>
      <ObjectiveEditorTemplates />
      <ObjectiveEditorFields />
      <ObjectiveEditorKeyResults />
      <ObjectiveEditorHints />
      <ObjectiveEditorActions />
    </ObjectiveEditorRoot>
  );
});

/**
 * The objective editor's compound parts (like `ObjectiveCard`): create or edit one objective
 * with its key results, saved in one batch.
 * @example
 * <ObjectiveEditor.Root objectiveId="obj-user-activity" onSaved={close}>
 *   <ObjectiveEditor.Title />
 *   <ObjectiveEditor.Parent />
 *   <ObjectiveEditor.KeyResults />
 *   <ObjectiveEditor.Actions />
 * </ObjectiveEditor.Root>
 */
export const ObjectiveEditor = {
  Root: ObjectiveEditorRoot,
  Templates: ObjectiveEditorTemplates,
  Fields: ObjectiveEditorFields,
  Title: ObjectiveEditorTitle,
  Description: ObjectiveEditorDescription,
  Period: ObjectiveEditorPeriod,
  Owner: ObjectiveEditorOwner,
  Team: ObjectiveEditorTeam,
  Kind: ObjectiveEditorKind,
  Weight: ObjectiveEditorWeight,
  Parent: ObjectiveEditorParent,
  ContributesTo: ObjectiveEditorContributesTo,
  KeyResults: ObjectiveEditorKeyResults,
  KeyResultRow: ObjectiveEditorKeyResultRow,
  Hints: ObjectiveEditorHints,
  Actions: ObjectiveEditorActions,
} as const;
