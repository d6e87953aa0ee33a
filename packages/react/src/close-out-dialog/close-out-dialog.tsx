'use client';
import type { AnyRecord, AuthorizationTarget, DraftBackup, ScoringStrategy } from '@okrkit/core';
import type { ClosedObjective, CycleStore } from '@okrkit/core/cycle';
import * as Dialog from '@radix-ui/react-dialog';
import { forwardRef, useEffect, useMemo, useRef, useState, type ComponentPropsWithoutRef, type ReactNode } from 'react';
import { isolatedLabel } from '../format/isolated-label';
import { RefusableTrigger } from '../internal/refusable-trigger';
import { useControllableState } from '../internal/use-controllable-state';
import { useHostPage } from '../internal/use-host-page';
import { useKeyResultsOf, useObjective, useOkrContext } from '../provider/index';
import { useCan, useCanEditObjective } from '../provider/permission-hooks';
import { resolveCloseOutLabels, type CloseOutLabels } from './close-out-dialog.labels';
import { CloseOutCarryOver, CloseOutForm, CloseOutGrades, CloseOutResult, CloseOutRetrospective } from './close-out-form';
import type { CloseOutFormValues } from './close-out-form.utils';
import { slotClass } from '../internal/slot-class';

export interface CloseOutDialogProps extends Omit<ComponentPropsWithoutRef<'div'>, 'children' | 'defaultValue'> {
  objectiveId: string;
  /** The cycle store whose `closeOut` writes the close-out and the objective's move to `closed` in one batch. Its `scoring` is the dialog's: the grades suggested are the ones the store writes. */
  cycleStore: CycleStore;
  /**
   * Overrides the strategy the dialog suggests and checks grades with. Leave it out: by default
   * it is `cycleStore.scoring` (the strategy the store grades with), and a different one here
   * would suggest grades the store does not. Kept for stores without `scoring` (hand-written
   * doubles), which fall back to the provider's `scoring`.
   * @default cycleStore.scoring
   */
  scoring?: ScoringStrategy;
  open?: boolean;
  /** @default false */
  defaultOpen?: boolean;
  onOpenChange?: (open: boolean) => void;
  /** The element that opens the dialog (through `Dialog.Trigger asChild`); focus returns to it on close. */
  trigger?: ReactNode;
  /** Called with what the batch wrote (the closed objective, its close-out, the continuation), before the dialog closes. */
  onClosed?: (closed: ClosedObjective) => void;
  /** Where the dialog is portalled. @default document.body */
  container?: HTMLElement | null;
  /**
   * Where the unsaved close-out (grades, reasons, result, retrospective, carry-over choices) is
   * copied on every change, so a reload, a crash or closing the dialog brings it back at the next
   * opening; cleared once the batch is saved. `createLocalStorageDraftBackup()` of
   * `@okrkit/adapter-browser`, or `createMemoryDraftBackup()` of `@okrkit/core`.
   */
  backup?: DraftBackup<CloseOutFormValues>;
  /** The key of this close-out in `backup`. @default `close-out:<objective id>` */
  backupKey?: string;
  /** Words of this dialog only (over the provider's `labels.closeOut`). */
  labels?: Partial<CloseOutLabels>;
  /** The form's parts in your order (`CloseOutDialog.Grades`, `.Result`, `.Retrospective`, `.CarryOver`). @default all four */
  children?: ReactNode;
}

/**
 * Closes one objective at the end of its period, in a modal dialog (Radix: focus trapped, Esc
 * closes, focus returns to the trigger): per key result the grade the scoring strategy
 * suggests from its final reading, adjustable with a required reason; the closing result
 * (achieved, missed, postponed, carried over); the retrospective (what was met, what was
 * missed and why, the lessons); and, when carried over, the next period and the KRs that
 * continue. One Save sends all of it as ONE batch (`cycleStore.closeOut`); a refused save
 * keeps everything typed, places the store's messages at their fields and offers Retry.
 * The provider's `can` is asked for `('update', objective)` and `('create', closeOut)`: refused,
 * the trigger is `aria-disabled` and names the reason; opened anyway, the reason stands instead of the form.
 * @example
 * <CloseOutDialog objectiveId="obj-user-activity" cycleStore={cycleStore} trigger={<button>Close out</button>} />
 */
const CloseOutDialogComposed = /* @__PURE__ */ forwardRef<HTMLDivElement, CloseOutDialogProps>(function CloseOutDialog(props, ref) {
  const { objectiveId, cycleStore, scoring, open: openProp, defaultOpen = false, onOpenChange, trigger, onClosed, container, backup, backupKey, labels: own, children, ...contentProps } = props;
  const [open, setOpen] = useControllableState({ value: openProp, defaultValue: defaultOpen, onChange: onOpenChange });
  const { labels: provided } = useOkrContext();
  const labels = useMemo(() => resolveCloseOutLabels(provided, own), [provided, own]);
  const objective = useObjective(objectiveId);
  const keyResults = useKeyResultsOf(objectiveId);
  const target = useMemo<AuthorizationTarget | null>(
    () => (objective ? { kind: 'closeOut', record: { id: '', objectiveId: objective.id } as unknown as AnyRecord, objective } : null),
    [objective],
  );
  const mayUpdate = useCanEditObjective(objectiveId);
  const mayCreate = useCan('create', target);
  const permission = mayUpdate.allowed ? mayCreate : mayUpdate;
  const refused = objective !== undefined && !permission.allowed;
  const active = (objective?.state ?? 'active') === 'active';
  // The store shows the objective closed while the batch is in flight and puts it back on a
  // refusal: the form stays mounted through that, so what was typed survives a failed save.
  const [formShown, setFormShown] = useState(false);
  useEffect(() => {
    if (!open) setFormShown(false);
    else if (active && objective) setFormShown(true);
  }, [open, active, objective]);
  const triggerRef = useRef<HTMLButtonElement | null>(null);
  // Portalled to <body>: take dark mode and direction from the trigger's page.
  const hostPage = useHostPage({ triggerRef, open, container });

  return (
    <Dialog.Root open={open} onOpenChange={setOpen}>
      {trigger ? <RefusableTrigger trigger={trigger} triggerRef={triggerRef} refusal={refused ? (permission.reason ?? '') : null} slot="close-out-dialog" /> : null}
      <Dialog.Portal container={container}>
        <Dialog.Overlay data-slot="close-out-dialog-overlay" className="okr-slot-close-out-dialog-overlay" data-color-scheme={hostPage.colorScheme} />
        <Dialog.Content ref={ref} data-slot="close-out-dialog" data-color-scheme={hostPage.colorScheme} dir={hostPage.dir} {...contentProps} className={slotClass('close-out-dialog', contentProps.className)}>
          <Dialog.Title data-slot="close-out-dialog-title" className="okr-slot-close-out-dialog-title">{isolatedLabel(labels.title, objective?.title ?? objectiveId)}</Dialog.Title>
          <Dialog.Description data-slot="close-out-dialog-description" className="okr-slot-close-out-dialog-description">{objective ? labels.description : provided.unknownObjective}</Dialog.Description>
          {refused ? (
            <p data-slot="close-out-dialog-not-allowed" className="okr-slot-close-out-dialog-not-allowed" role="note">
              {permission.reason}
            </p>
          ) : objective && !active && !formShown ? (
            <p data-slot="close-out-dialog-not-active" className="okr-slot-close-out-dialog-not-active" role="note">
              {labels.notActive}
            </p>
          ) : objective ? (
            <CloseOutForm
              objective={objective}
              keyResults={keyResults}
              cycleStore={cycleStore}
              scoring={scoring}
              labels={labels}
              backup={backup}
              backupKey={backupKey}
              onClosed={(closed) => {
                onClosed?.(closed);
                setOpen(false);
              }}
            >
              {children}
            </CloseOutForm>
          ) : null}
          <Dialog.Close asChild>
            <button type="button" data-slot="close-out-dialog-close" className="okr-slot-close-out-dialog-close" aria-label={provided.close}>
              <span aria-hidden="true">×</span>
            </button>
          </Dialog.Close>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
});

/**
 * The close-out dialog, with its form's parts for a layout of your own:
 * `CloseOutDialog.Grades`, `.Result`, `.Retrospective`, `.CarryOver` (children of the dialog).
 * @example
 * <CloseOutDialog objectiveId="o1" cycleStore={cycles} trigger={<button>Close out</button>}>
 *   <CloseOutDialog.Retrospective />
 *   <CloseOutDialog.Grades />
 *   <CloseOutDialog.Result />
 *   <CloseOutDialog.CarryOver />
 * </CloseOutDialog>
 */
export const CloseOutDialog = /* @__PURE__ */ Object.assign(CloseOutDialogComposed, {
  Grades: CloseOutGrades,
  Result: CloseOutResult,
  Retrospective: CloseOutRetrospective,
  CarryOver: CloseOutCarryOver,
});
