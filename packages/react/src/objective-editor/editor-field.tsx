'use client';
import { useEffect, useId, useState, type ReactNode } from 'react';
import { draftErrors, useDraftSlice, useEditorParts } from './objective-editor-context';
import { errorsUnder, numberFromInput } from './objective-editor.utils';

/** Props every field control gets from {@link EditorField}: its id and what describes it. */
export interface FieldControlProps {
  id: string;
  'aria-invalid': true | undefined;
  'aria-describedby': string | undefined;
}

/**
 * A label, a control and the core's error for one path, shown as you type (`role="alert"` off:
 * the error is read with the field through `aria-describedby`, not shouted at every keystroke).
 * @example <EditorField label="Objective" path="objective.title">{(control) => <input {...control} />}</EditorField>
 */
export function EditorField({ label, path, slot, children, describedBy }: { label: ReactNode; path: string; slot: string; describedBy?: string; children: (control: FieldControlProps) => ReactNode }) {
  const { session, errorId } = useEditorParts('Field');
  const id = useId();
  // Only this path's first message: a keystroke elsewhere in the draft does not re-render this field.
  const message = useDraftSlice(session, (draft) => errorsUnder(draftErrors(draft), path)[0]);
  const errorElementId = errorId(path);
  const describedByIds = [message !== undefined ? errorElementId : undefined, describedBy].filter(Boolean).join(' ') || undefined;
  return (
    <div data-slot={slot} className={`okr-slot-${slot}`} data-invalid={message !== undefined ? '' : undefined}>
      <label htmlFor={id}>{label}</label>
      {children({ id, 'aria-invalid': message !== undefined ? true : undefined, 'aria-describedby': describedByIds })}
      {message !== undefined ? (
        <span id={errorElementId} data-slot="objective-editor-error" className="okr-slot-objective-editor-error">
          {message}
        </span>
      ) : null}
    </div>
  );
}

/**
 * A number typed as text: what was typed stays on screen (a half-typed "1." or "-"), the draft
 * gets the number (or `NaN`, which the core's validator names), and a value changed elsewhere
 * replaces the text.
 * @example <NumberInput value={metric.target} onValueChange={(target) => …} {...control} />
 */
export function NumberInput({ value, onValueChange, ...control }: FieldControlProps & { value: number; onValueChange: (value: number) => void }) {
  const [text, setText] = useState(() => (Number.isFinite(value) ? String(value) : ''));
  useEffect(() => {
    setText((current) => (Object.is(numberFromInput(current), value) || (Number.isNaN(value) && Number.isNaN(numberFromInput(current))) ? current : String(value)));
  }, [value]);
  return (
    <input
      {...control}
      type="text"
      inputMode="decimal"
      autoComplete="off"
      value={text}
      onChange={(event) => {
        setText(event.target.value);
        onValueChange(numberFromInput(event.target.value));
      }}
    />
  );
}
