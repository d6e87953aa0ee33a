'use client';
import type { Task, TaskPriority, TaskStatus } from '@okrkit/core';
import * as Dialog from '@radix-ui/react-dialog';
import { useId, useState, type FormEvent, type ReactNode } from 'react';
import type { WeeklyReportBuilderLabels } from './weekly-report.labels';
import { newId, type Choice } from './weekly-report.utils';

interface DialogFrameProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  trigger: ReactNode;
  title: string;
  description: string;
  /** Portalled into the builder, so its colour scheme and direction apply. */
  container: HTMLElement | null;
  children: ReactNode;
}

function DialogFrame({ open, onOpenChange, trigger, title, description, container, children }: DialogFrameProps) {
  return (
    <Dialog.Root open={open} onOpenChange={onOpenChange}>
      <Dialog.Trigger asChild>{trigger}</Dialog.Trigger>
      <Dialog.Portal container={container}>
        <Dialog.Overlay data-slot="weekly-report-dialog-overlay" />
        <Dialog.Content data-slot="weekly-report-dialog">
          <Dialog.Title data-slot="weekly-report-dialog-title">{title}</Dialog.Title>
          <Dialog.Description data-slot="weekly-report-dialog-description">{description}</Dialog.Description>
          {children}
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}

export interface AddTaskDialogProps {
  labels: WeeklyReportBuilderLabels;
  keyResults: readonly Choice[];
  people: readonly Choice[];
  defaultOwnerId: string;
  container: HTMLElement | null;
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
        <button type="button" data-slot="weekly-report-add-task">
          {labels.addTask}
        </button>
      }
      title={labels.addTaskTitle}
      description={labels.addTaskDescription}
      container={container}
    >
      <form data-slot="weekly-report-dialog-form" onSubmit={submit} noValidate>
        <label>
          {labels.title}
          <input name="title" type="text" dir="auto" required aria-invalid={missingTitle || undefined} aria-describedby={missingTitle ? `${id}-title-error` : undefined} />
        </label>
        {missingTitle ? (
          <p id={`${id}-title-error`} data-slot="weekly-report-field-error">
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
        <div data-slot="weekly-report-dialog-actions">
          <Dialog.Close asChild>
            <button type="button">{labels.cancel}</button>
          </Dialog.Close>
          <button type="submit" data-slot="weekly-report-primary">
            {labels.add}
          </button>
        </div>
      </form>
    </DialogFrame>
  );
}

export interface SubmitDialogProps {
  labels: WeeklyReportBuilderLabels;
  container: HTMLElement | null;
  /** Rejects when the report could not be submitted; the dialog then stays open with the message. */
  onConfirm: () => Promise<void>;
  disabled?: boolean;
}

/** "Submit": asks for confirmation in a Radix dialog, since a submitted report becomes read-only. */
export function SubmitDialog({ labels, container, onConfirm, disabled }: SubmitDialogProps) {
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const confirm = async () => {
    setBusy(true);
    setError(null);
    try {
      await onConfirm();
      setOpen(false);
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
    } finally {
      setBusy(false);
    }
  };
  return (
    <DialogFrame
      open={open}
      onOpenChange={setOpen}
      trigger={
        <button type="button" data-slot="weekly-report-submit" disabled={disabled}>
          {labels.submit}
        </button>
      }
      title={labels.submitTitle}
      description={labels.submitDescription}
      container={container}
    >
      {error ? (
        <p role="alert" data-slot="weekly-report-field-error">
          {error}
        </p>
      ) : null}
      <div data-slot="weekly-report-dialog-actions">
        <Dialog.Close asChild>
          <button type="button">{labels.cancel}</button>
        </Dialog.Close>
        <button type="button" data-slot="weekly-report-primary" aria-busy={busy || undefined} disabled={busy} onClick={() => void confirm()}>
          {labels.submitConfirm}
        </button>
      </div>
    </DialogFrame>
  );
}
