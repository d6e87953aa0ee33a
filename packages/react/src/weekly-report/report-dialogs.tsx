'use client';
import { toStorageError, type OkrStorageError, type Task, type TaskPriority, type TaskStatus } from '@okrkit/core';
import * as Dialog from '@radix-ui/react-dialog';
import { useEffect, useId, useRef, useState, type FormEvent, type ReactNode } from 'react';
import type { WeeklyReportBuilderLabels } from './weekly-report.labels';
import { newId, type Choice } from './weekly-report.utils';

interface DialogFrameProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  trigger: ReactNode;
  title: string;
  description: string;
  /** Portalled into the builder, so its colour scheme and direction apply. */
  container: DialogContainer;
  children: ReactNode;
}

/**
 * Where a dialog portals to: the element, or a function read when the dialog renders (the
 * builder passes its root that way, so holding the root never re-renders the whole report).
 */
export type DialogContainer = HTMLElement | null | (() => HTMLElement | null);

function DialogFrame({ open, onOpenChange, trigger, title, description, container, children }: DialogFrameProps) {
  return (
    <Dialog.Root open={open} onOpenChange={onOpenChange}>
      <Dialog.Trigger asChild>{trigger}</Dialog.Trigger>
      {/* Only while open: a closed Portal still mounts two Presence machines whose layout effects
          render them again on mount (the builder has two dialogs). No exit animation is lost: the
          dialogs have none. */}
      {open ? (
        <Dialog.Portal container={typeof container === 'function' ? container() : container}>
          <Dialog.Overlay data-slot="weekly-report-dialog-overlay" className="okr-slot-weekly-report-dialog-overlay" />
          <Dialog.Content data-slot="weekly-report-dialog" className="okr-slot-weekly-report-dialog">
            <Dialog.Title data-slot="weekly-report-dialog-title" className="okr-slot-weekly-report-dialog-title">{title}</Dialog.Title>
            <Dialog.Description data-slot="weekly-report-dialog-description" className="okr-slot-weekly-report-dialog-description">{description}</Dialog.Description>
            {children}
          </Dialog.Content>
        </Dialog.Portal>
      ) : null}
    </Dialog.Root>
  );
}

export interface AddTaskDialogProps {
  labels: WeeklyReportBuilderLabels;
  keyResults: readonly Choice[];
  people: readonly Choice[];
  defaultOwnerId: string;
  container: DialogContainer;
  onAdd: (task: Task) => void;
}

/** "Add task": a Radix dialog with the task's fields; the title is required. */
export function AddTaskDialog({ labels, keyResults, people, defaultOwnerId, container, onAdd }: AddTaskDialogProps) {
  const [open, setOpen] = useState(false);
  const [missingTitle, setMissingTitle] = useState(false);
  const id = useId();
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const read = (name: string) => String(form.get(name) ?? '');
    const title = read('title').trim();
    if (title === '') {
      setMissingTitle(true);
      return;
    }
    const task: Task = { id: newId('task'), title, priority: read('priority') as TaskPriority, status: read('status') as TaskStatus };
    if (read('keyResultId')) task.keyResultId = read('keyResultId');
    if (read('due')) task.due = read('due');
    if (read('ownerId')) task.ownerId = read('ownerId');
    onAdd(task);
    setMissingTitle(false);
    setOpen(false);
  };
  return (
    <DialogFrame
      open={open}
      onOpenChange={(next) => {
        setOpen(next);
        setMissingTitle(false);
      }}
      trigger={
        <button type="button" data-slot="weekly-report-add-task" className="okr-slot-weekly-report-add-task">
          {labels.addTask}
        </button>
      }
      title={labels.addTaskTitle}
      description={labels.addTaskDescription}
      container={container}
    >
      <form data-slot="weekly-report-dialog-form" className="okr-slot-weekly-report-dialog-form" onSubmit={submit} noValidate>
        <label>
          {labels.title}
          <input name="title" type="text" dir="auto" required aria-invalid={missingTitle || undefined} aria-describedby={missingTitle ? `${id}-title-error` : undefined} />
        </label>
        {missingTitle ? (
          <p id={`${id}-title-error`} data-slot="weekly-report-field-error" className="okr-slot-weekly-report-field-error">
            {labels.titleRequired}
          </p>
        ) : null}
        <label>
          {labels.keyResult}
          <select name="keyResultId" defaultValue={keyResults[0]?.id ?? ''}>
            <option value="">{labels.noKeyResult}</option>
            {keyResults.map((choice) => (
              <option key={choice.id} value={choice.id}>
                {choice.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          {labels.priority}
          <select name="priority" defaultValue="P2">
            {(['P1', 'P2', 'P3'] as const).map((priority) => (
              <option key={priority} value={priority}>
                {labels.priorities[priority]}
              </option>
            ))}
          </select>
        </label>
        <label>
          {labels.due}
          <input name="due" type="date" />
        </label>
        <label>
          {labels.status}
          <select name="status" defaultValue="todo">
            {(['todo', 'doing', 'done'] as const).map((status) => (
              <option key={status} value={status}>
                {labels.statuses[status]}
              </option>
            ))}
          </select>
        </label>
        <label>
          {labels.owner}
          <select name="ownerId" defaultValue={defaultOwnerId}>
            <option value="">{labels.noOwner}</option>
            {people.map((person) => (
              <option key={person.id} value={person.id}>
                {person.name}
              </option>
            ))}
          </select>
        </label>
        <div data-slot="weekly-report-dialog-actions" className="okr-slot-weekly-report-dialog-actions">
          <Dialog.Close asChild>
            <button type="button">{labels.cancel}</button>
          </Dialog.Close>
          <button type="submit" data-slot="weekly-report-primary" className="okr-slot-weekly-report-primary">
            {labels.add}
          </button>
        </div>
      </form>
    </DialogFrame>
  );
}

export interface SubmitDialogProps {
  labels: WeeklyReportBuilderLabels;
  container: DialogContainer;
  /**
   * Rejects when the report could not be submitted; the dialog then stays open with a plain
   * sentence chosen by the error's `code` (and Retry where trying again can succeed).
   */
  onConfirm: () => Promise<void>;
  disabled?: boolean;
}

/** What people are told when submitting fails; the error's own message is for developers. */
export type SubmitFailure = 'forbidden' | 'conflict' | 'unavailable' | 'failed';

/**
 * The sentence for a refused submit, chosen by the storage error's `code`, and whether Retry
 * can help: refused (403, read-only storage) and conflicts cannot be retried into success;
 * an unreachable storage or an unknown failure can; a report the store calls invalid or gone cannot.
 * @example submitFailureOf(new UnavailableError('fetch failed')) // { kind: 'unavailable', retry: true }
 */
export function submitFailureOf(error: OkrStorageError): { kind: SubmitFailure; retry: boolean } {
  switch (error.code) {
    case 'forbidden':
    case 'read-only':
      return { kind: 'forbidden', retry: false };
    case 'conflict':
      return { kind: 'conflict', retry: false };
    case 'unavailable':
      return { kind: 'unavailable', retry: true };
    case 'unknown':
      return { kind: 'failed', retry: true };
    case 'validation':
    case 'not-found':
      return { kind: 'failed', retry: false };
    default:
      return error.code satisfies never;
  }
}

function submitFailureMessage(kind: SubmitFailure, labels: WeeklyReportBuilderLabels): string {
  switch (kind) {
    case 'forbidden':
      return labels.submitForbidden;
    case 'conflict':
      return labels.submitConflict;
    case 'unavailable':
      return labels.submitUnavailable;
    case 'failed':
      return labels.submitFailed;
    default:
      return kind satisfies never;
  }
}

/**
 * "Submit": asks for confirmation in a Radix dialog, since a submitted report becomes read-only.
 * A refused submit keeps the dialog open with a plain sentence by what went wrong and, where
 * it can succeed, Retry; the developer detail goes to the console (and, through the builder,
 * to the provider's `onError`), never to the people using it.
 */
export function SubmitDialog({ labels, container, onConfirm, disabled }: SubmitDialogProps) {
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<{ kind: SubmitFailure; retry: boolean; code: string } | null>(null);
  const confirm = async () => {
    setBusy(true);
    setFailure(null);
    try {
      await onConfirm();
      setOpen(false);
    } catch (thrown) {
      const error = toStorageError(thrown);
      console.error(`okrkit: submitting the weekly report failed (${error.code}): ${error.detail ?? error.message}`, thrown);
      setFailure({ ...submitFailureOf(error), code: error.code });
    } finally {
      setBusy(false);
    }
  };
  const onOpenChange = (next: boolean) => {
    setOpen(next);
    if (!next) setFailure(null);
  };
  // Without Retry the confirm button leaves: focus goes to Cancel, not to the page behind.
  const cancelRef = useRef<HTMLButtonElement>(null);
  const closesOnly = failure !== null && !failure.retry;
  useEffect(() => {
    if (closesOnly) cancelRef.current?.focus();
  }, [closesOnly]);
  return (
    <DialogFrame
      open={open}
      onOpenChange={onOpenChange}
      trigger={
        <button type="button" data-slot="weekly-report-submit" className="okr-slot-weekly-report-submit" disabled={disabled}>
          {labels.submit}
        </button>
      }
      title={labels.submitTitle}
      description={labels.submitDescription}
      container={container}
    >
      {failure ? (
        <p role="alert" data-slot="weekly-report-field-error" className="okr-slot-weekly-report-field-error" data-state={failure.kind} data-code={failure.code}>
          {submitFailureMessage(failure.kind, labels)}
        </p>
      ) : null}
      <div data-slot="weekly-report-dialog-actions" className="okr-slot-weekly-report-dialog-actions">
        <Dialog.Close asChild>
          <button type="button" ref={cancelRef}>
            {labels.cancel}
          </button>
        </Dialog.Close>
        {closesOnly ? null : (
          <button type="button" data-slot="weekly-report-primary" className="okr-slot-weekly-report-primary" aria-busy={busy || undefined} disabled={busy} onClick={() => void confirm()}>
            {failure ? labels.retry : labels.submitConfirm}
          </button>
        )}
      </div>
    </DialogFrame>
  );
}
