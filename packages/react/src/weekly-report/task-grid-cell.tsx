'use client';
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';

/** One option of a select editor. */
export interface EditorOption {
  value: string;
  label: string;
}

/** What a cell edits and how. */
export type CellEditorSpec =
  | { kind: 'text'; value: string; required?: boolean }
  | { kind: 'date'; value: string }
  | { kind: 'select'; value: string; options: readonly EditorOption[] };

export interface CellEditorProps {
  spec: CellEditorSpec;
  /** The accessible name of the editor, e.g. "Task" or "Due". */
  label: string;
  onCommit: (value: string) => void;
  onCancel: () => void;
  /** Every change before it is kept or cancelled, so the text typed so far can be backed up. */
  onInput?: ((value: string) => void) | undefined;
}

/**
 * The editor that replaces a cell's text while it is edited: Enter keeps the value,
 * Escape restores it, leaving the field (Tab, a click elsewhere) keeps it. A required
 * text left blank is not kept.
 */
export function CellEditor({ spec, label, onCommit, onCancel, onInput }: CellEditorProps) {
  const [value, setValueState] = useState(spec.value);
  const setValue = (next: string) => {
    setValueState(next);
    onInput?.(next);
  };
  const done = useRef(false);
  const ref = useRef<HTMLInputElement & HTMLSelectElement>(null);

  useEffect(() => {
    ref.current?.focus();
    if (spec.kind === 'text') ref.current?.select();
  }, [spec.kind]);

  const finish = (keep: boolean) => {
    if (done.current) return;
    done.current = true;
    if (keep && value !== spec.value && !(spec.kind === 'text' && spec.required && value.trim() === '')) onCommit(value);
    else onCancel();
  };

  const onKeyDown = (event: KeyboardEvent) => {
    // The grid's own keys (arrows, Home/End) belong to the field while it is edited.
    event.stopPropagation();
    if (event.key === 'Enter') {
      event.preventDefault();
      finish(true);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      finish(false);
    }
  };

  const common = {
    ref,
    'aria-label': label,
    'data-slot': 'weekly-report-cell-editor',
    className: 'okr-slot-weekly-report-cell-editor',
    dir: 'auto',
    onKeyDown,
    onBlur: () => finish(true),
  };
  if (spec.kind === 'select') {
    return (
      <select {...common} value={value} onChange={(event) => setValue(event.target.value)}>
        {spec.options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    );
  }
  return <input {...common} type={spec.kind} value={value} onChange={(event) => setValue(event.target.value)} />;
}
