'use client';
import type { KeyResult, LintIssue, Metric } from '@okrkit/core';
import { forwardRef, memo, useId, useMemo, type ComponentPropsWithoutRef, type KeyboardEvent } from 'react';
import { useOkrContext } from '../provider/index';
import { DirectorySelect, useDirectoryOptions, useLatest } from './directory-options';
import { EditorField, NumberInput } from './editor-field';
import { MetricFields } from './metric-fields';
import { useDraftSlice, useEditorHints, useEditorParts } from './objective-editor-context';
import type { EditorMetricKind, ObjectiveDraft } from './objective-editor.types';
import { blankKeyResult, editorLimits, editorMetricKind, metricOfKind, moveKeyResult, removeKeyResult } from './objective-editor.utils';
import { slotClass } from '../internal/slot-class';

const keyResultsOf = (draft: ObjectiveDraft) => draft.keyResults;
const countOf = (draft: ObjectiveDraft) => draft.keyResults.length;
const NO_HINTS: readonly LintIssue[] = [];

const metricKinds: readonly EditorMetricKind[] = ['increase', 'decrease', 'binary', 'milestones', 'guardrail', 'guardrail-range'];

/**
 * The key results as an ordered list of rows, with "Add key result" after them. Enter in a
 * title starts the next row, Backspace in an empty title removes the row, Alt+↑/↓ moves it.
 * @example <ObjectiveEditor.KeyResults />
 */
export const ObjectiveEditorKeyResults = /* @__PURE__ */ forwardRef<HTMLElement, ComponentPropsWithoutRef<'section'>>(function ObjectiveEditorKeyResults(props, ref) {
  const { session, edit, labels, newKeyResultId, focusKeyResult, readOnly } = useEditorParts('KeyResults');
  // The list re-renders when a key result changes, not when the objective's title does; each row is memoised.
  const keyResults = useDraftSlice(session, keyResultsOf);
  const headingId = useId();
  const helpId = useId();
  return (
    <section {...props} className={slotClass('objective-editor-key-results', props.className)} ref={ref} aria-labelledby={headingId} data-slot="objective-editor-key-results" data-state={keyResults.length === 0 ? 'empty' : 'filled'}>
      <h3 id={headingId}>{labels.keyResults}</h3>
      <ol>
        {keyResults.map((keyResult, index) => (
          <ObjectiveEditorKeyResultRow key={keyResult.id} keyResult={keyResult} index={index} helpId={helpId} />
        ))}
      </ol>
      {readOnly ? null : (
        <button
          type="button"
          data-slot="objective-editor-add-key-result" className="okr-slot-objective-editor-add-key-result"
          onClick={() => {
            const id = newKeyResultId();
            edit((current) => ({ ...current, keyResults: [...current.keyResults, blankKeyResult(id, current.objective.id)] }));
            focusKeyResult(id);
          }}
        >
          {labels.addKeyResult}
        </button>
      )}
      <p id={helpId} data-slot="objective-editor-keyboard-help" className="okr-slot-objective-editor-keyboard-help">
        {labels.keyboardHelp}
      </p>
    </section>
  );
});

export interface ObjectiveEditorKeyResultRowProps extends ComponentPropsWithoutRef<'li'> {
  keyResult: KeyResult;
  index: number;
  /** Id of the keyboard help the title is described by. */
  helpId?: string;
}

/**
 * One key result: title, metric kind and exactly that kind's fields, weight, owner, and
 * move / remove buttons. Memoised: typing in one row (or in the objective) re-renders only
 * what changed.
 * @example <ObjectiveEditor.KeyResultRow keyResult={keyResult} index={0} />
 */
export const ObjectiveEditorKeyResultRow = /* @__PURE__ */ memo(/* @__PURE__ */ forwardRef<HTMLLIElement, ObjectiveEditorKeyResultRowProps>(function ObjectiveEditorKeyResultRow(props, ref) {
  const { keyResult, index, helpId, ...itemProps } = props;
  const { session, edit, labels, newKeyResultId, focusKeyResult, registerKeyResultTitle, announce, storedKeyResultIds, readOnly } = useEditorParts('KeyResultRow');
  const hints = useEditorHints();
  const { directory } = useOkrContext();
  const { options: peopleOptions } = useDirectoryOptions('people');
  const count = useDraftSlice(session, countOf);
  const path = `keyResults[${index}]`;
  const name = keyResult.title || labels.keyResult(String(index + 1));
  const rowHints = useMemo(() => {
    const found = hints.filter((hint) => hint.keyResultId === keyResult.id);
    return found.length > 0 ? found : NO_HINTS;
  }, [hints, keyResult.id]);
  const neighbour = (offset: number) => session.getState().value.keyResults[index + offset]?.id;
  const hintId = useId();

  const update = (patch: Partial<KeyResult>) =>
    edit((current) => ({ ...current, keyResults: current.keyResults.map((candidate) => (candidate.id === keyResult.id ? { ...candidate, ...patch } : candidate)) }));
  const onOwner = useLatest((value: string) => update({ ownerId: value === '' ? undefined : value }));
  const setMetric = (change: (metric: Metric) => Metric) =>
    edit((current) => ({ ...current, keyResults: current.keyResults.map((candidate) => (candidate.id === keyResult.id ? { ...candidate, metric: change(candidate.metric) } : candidate)) }));
  const move = (offset: number) => {
    const to = Math.max(0, Math.min(count - 1, index + offset));
    if (to === index) return;
    edit((current) => moveKeyResult(current, current.keyResults.findIndex((candidate) => candidate.id === keyResult.id), offset));
    announce(labels.movedTo(String(to + 1), String(count)));
    focusKeyResult(keyResult.id);
  };
  const remove = () => {
    const previous = neighbour(-1) ?? neighbour(1) ?? null;
    edit((current) => removeKeyResult(current, current.keyResults.findIndex((candidate) => candidate.id === keyResult.id), storedKeyResultIds));
    focusKeyResult(previous);
  };
  const onTitleKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (readOnly) return;
    if (event.key === 'Enter' && !event.metaKey && !event.ctrlKey && !event.shiftKey && !event.altKey) {
      event.preventDefault();
      const id = newKeyResultId();
      edit((current) => {
        const at = current.keyResults.findIndex((candidate) => candidate.id === keyResult.id);
        const keyResults = current.keyResults.slice();
        keyResults.splice(at + 1, 0, blankKeyResult(id, current.objective.id));
        return { ...current, keyResults };
      });
      focusKeyResult(id);
    } else if (event.key === 'Backspace' && keyResult.title === '' && !event.repeat) {
      event.preventDefault();
      const previous = neighbour(-1) ?? null;
      edit((current) => removeKeyResult(current, current.keyResults.findIndex((candidate) => candidate.id === keyResult.id), storedKeyResultIds));
      focusKeyResult(previous);
    } else if (event.altKey && (event.key === 'ArrowUp' || event.key === 'ArrowDown')) {
      event.preventDefault();
      move(event.key === 'ArrowUp' ? -1 : 1);
    }
  };

  return (
    <li {...itemProps} className={slotClass('objective-editor-key-result', itemProps.className)} ref={ref} data-slot="objective-editor-key-result" data-state={editorMetricKind(keyResult.metric)}>
      <EditorField label={labels.keyResult(String(index + 1))} path={`${path}.title`} slot="objective-editor-key-result-title" describedBy={[rowHints.length > 0 ? hintId : undefined, helpId].filter(Boolean).join(' ') || undefined}>
        {(control) => (
          <input
            {...control}
            ref={(element) => registerKeyResultTitle(keyResult.id, element)}
            dir="auto"
            maxLength={editorLimits.title}
            value={keyResult.title}
            onChange={(event) => update({ title: event.target.value })}
            onKeyDown={onTitleKeyDown}
          />
        )}
      </EditorField>
      {rowHints.length > 0 ? (
        <p id={hintId} data-slot="objective-editor-key-result-hint" className="okr-slot-objective-editor-key-result-hint">
          {rowHints.map((hint) => hint.message).join(' ')}
        </p>
      ) : null}
      <EditorField label={labels.metricKind} path={`${path}.metric.kind`} slot="objective-editor-metric-kind">
        {(control) => (
          <select {...control} value={editorMetricKind(keyResult.metric)} onChange={(event) => setMetric((metric) => metricOfKind(event.target.value as EditorMetricKind, metric))}>
            {metricKinds.map((kind) => (
              <option key={kind} value={kind}>
                {labels.metricKinds[kind]}
              </option>
            ))}
          </select>
        )}
      </EditorField>
      <MetricFields metric={keyResult.metric} path={`${path}.metric`} setMetric={setMetric} />
      <EditorField label={labels.keyResultWeight} path={`${path}.weight`} slot="objective-editor-key-result-weight">
        {(control) => <NumberInput {...control} value={keyResult.weight ?? 1} onValueChange={(weight) => update({ weight })} />}
      </EditorField>
      <EditorField label={labels.keyResultOwner} path={`${path}.ownerId`} slot="objective-editor-key-result-owner">
        {(control) => (
          <DirectorySelect
            control={control}
            value={keyResult.ownerId ?? ''}
            nobody={labels.nobody}
            unknownId={keyResult.ownerId && !directory.people?.[keyResult.ownerId] ? keyResult.ownerId : undefined}
            options={peopleOptions}
            onValue={onOwner}
          />
        )}
      </EditorField>
      {readOnly ? null : (
        <div data-slot="objective-editor-key-result-actions" className="okr-slot-objective-editor-key-result-actions">
          <button type="button" aria-disabled={index === 0 ? true : undefined} aria-label={labels.moveUp(name)} title={labels.moveUp(name)} onClick={() => move(-1)}>
            ↑
          </button>
          <button type="button" aria-disabled={index === count - 1 ? true : undefined} aria-label={labels.moveDown(name)} title={labels.moveDown(name)} onClick={() => move(1)}>
            ↓
          </button>
          <button type="button" aria-label={labels.removeKeyResult(name)} title={labels.removeKeyResult(name)} onClick={remove}>
            ×
          </button>
        </div>
      )}
    </li>
  );
}));
