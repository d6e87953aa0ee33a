'use client';
import type { ObjectiveDependants } from '@okrkit/core';
import * as Dialog from '@radix-ui/react-dialog';
import { formatNumber } from '../format/index';
import type { ObjectiveListLabels } from './objective-list.labels';

export interface ObjectiveListDeleteDialogProps {
  /** What the delete takes with it; null closes the dialog. */
  dependants: ObjectiveDependants | null;
  labels: ObjectiveListLabels;
  locale: string | undefined;
  /** Portalled into the list, so its colour scheme and direction apply. */
  container: HTMLElement | null;
  onConfirm: () => void;
  onCancel: () => void;
}

/**
 * The delete confirmation: names the objective and lists what goes with it (its key results
 * and their check-ins) and what is only detached (objectives and key results aligned to it).
 * Cancel has the focus first, so Enter never deletes by accident.
 */
export function ObjectiveListDeleteDialog({ dependants, labels, locale, container, onConfirm, onCancel }: ObjectiveListDeleteDialogProps) {
  const count = (value: number) => formatNumber(value, locale);
  const aligned = dependants ? dependants.alignedObjectives.length + dependants.alignedKeyResults.length : 0;
  const lines = dependants
    ? [
        dependants.keyResults.length > 0 ? labels.dependantKeyResults(count(dependants.keyResults.length)) : null,
        dependants.checkIns.length > 0 ? labels.dependantCheckIns(count(dependants.checkIns.length)) : null,
      ].filter((line): line is string => line !== null)
    : [];
  return (
    <Dialog.Root open={dependants !== null} onOpenChange={(open) => (open ? undefined : onCancel())}>
      <Dialog.Portal container={container}>
        <Dialog.Overlay data-slot="objective-list-dialog-overlay" className="okr-slot-objective-list-dialog-overlay" />
        <Dialog.Content data-slot="objective-list-dialog" className="okr-slot-objective-list-dialog" role="alertdialog" onOpenAutoFocus={(event) => {
          event.preventDefault();
          (event.currentTarget as HTMLElement | null)?.querySelector<HTMLElement>('[data-slot="objective-list-dialog-cancel"]')?.focus();
        }}>
          {dependants ? (
            <>
              <Dialog.Title data-slot="objective-list-dialog-title" className="okr-slot-objective-list-dialog-title">
                {labels.confirmDeleteTitle('\u2068' + dependants.objective.title + '\u2069')}
              </Dialog.Title>
              <Dialog.Description data-slot="objective-list-dialog-description" className="okr-slot-objective-list-dialog-description">{lines.length > 0 ? labels.confirmDeleteBody : labels.nothingDepends}</Dialog.Description>
              {lines.length > 0 ? (
                <ul data-slot="objective-list-dependants" className="okr-slot-objective-list-dependants">
                  {lines.map((line) => (
                    <li key={line}>{line}</li>
                  ))}
                </ul>
              ) : null}
              {aligned > 0 ? (
                <p data-slot="objective-list-detached" className="okr-slot-objective-list-detached">
                  {labels.dependantChildren(count(aligned))}. {labels.childrenDetached}
                </p>
              ) : null}
              <div data-slot="objective-list-dialog-actions" className="okr-slot-objective-list-dialog-actions">
                <button type="button" data-slot="objective-list-dialog-cancel" className="okr-slot-objective-list-dialog-cancel" onClick={onCancel}>
                  {labels.cancel}
                </button>
                <button type="button" data-slot="objective-list-dialog-confirm" className="okr-slot-objective-list-dialog-confirm" onClick={onConfirm}>
                  {labels.confirmDelete}
                </button>
              </div>
            </>
          ) : null}
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
