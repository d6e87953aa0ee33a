'use client';
import { objectiveFromTemplate, objectiveTemplates, type ObjectiveTemplate } from '@okrkit/core';
import { forwardRef, useId, useState, type ComponentPropsWithoutRef } from 'react';
import { useEditorParts } from './objective-editor-context';
import { slotClass } from '../internal/slot-class';

export interface ObjectiveEditorTemplatesProps extends ComponentPropsWithoutRef<'div'> {
  /** The templates offered. @default the core's `objectiveTemplates` (the method's scenarios) */
  templates?: readonly ObjectiveTemplate[];
}

/**
 * "Start from a template" (create mode only): a disclosure listing each template's name and
 * description; choosing one fills the draft's title, description, kind and key results, keeping
 * its period, owner, team and parent.
 * @example <ObjectiveEditor.Templates templates={[...objectiveTemplates, ourTemplate]} />
 */
export const ObjectiveEditorTemplates = /* @__PURE__ */ forwardRef<HTMLDivElement, ObjectiveEditorTemplatesProps>(function ObjectiveEditorTemplates(props, ref) {
  const { templates = objectiveTemplates, ...divProps } = props;
  const { mode, edit, labels, newKeyResultId, focusKeyResult, readOnly } = useEditorParts('Templates');
  const [open, setOpen] = useState(false);
  const listId = useId();
  if (mode !== 'create' || readOnly || templates.length === 0) return null;
  const apply = (template: ObjectiveTemplate) => {
    let firstKeyResult: string | null = null;
    edit((draft) => {
      const objective = draft.objective;
      const { parentId, ownerId, teamId } = objective;
      const filled = objectiveFromTemplate(template, {
        periodId: objective.periodId,
        parentId,
        ownerId,
        teamId,
        generateId: (kind) => (kind === 'objective' ? objective.id : newKeyResultId()),
      });
      firstKeyResult = filled.keyResults[0]?.id ?? null;
      return { ...draft, objective: { ...filled.objective, id: objective.id }, keyResults: filled.keyResults };
    });
    setOpen(false);
    if (firstKeyResult) focusKeyResult(firstKeyResult);
  };
  return (
    <div {...divProps} className={slotClass('objective-editor-templates', divProps.className)} ref={ref} data-slot="objective-editor-templates" data-state={open ? 'open' : 'closed'}>
      <button type="button" aria-expanded={open} aria-controls={listId} onClick={() => setOpen((current) => !current)}>
        {labels.startFromTemplate}
      </button>
      <ul id={listId} hidden={!open} aria-label={labels.startFromTemplate}>
        {templates.map((template) => (
          <li key={template.id}>
            <button type="button" onClick={() => apply(template)} aria-describedby={`${listId}-${template.id}`}>
              <bdi>{template.name}</bdi>
            </button>
            <span id={`${listId}-${template.id}`} dir="auto">
              {template.description}
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
});
