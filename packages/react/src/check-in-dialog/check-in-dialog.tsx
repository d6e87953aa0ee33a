'use client';
import type { AnyRecord, AuthorizationTarget, CheckIn } from '@okrkit/core';
import * as Dialog from '@radix-ui/react-dialog';
import { forwardRef, useMemo, useRef, type ComponentPropsWithoutRef, type ReactNode } from 'react';
import { formatCurrentValue } from '../format/index';
import { isolatedLabel } from '../format/isolated-label';
import { RefusableTrigger } from '../internal/refusable-trigger';
import { useControllableState } from '../internal/use-controllable-state';
import { useHostPage } from '../internal/use-host-page';
import { useKeyResult, useOkrContext } from '../provider/index';
import { useCan } from '../provider/permission-hooks';
import { CheckInForm } from './check-in-form';
import { CheckInPrevious } from './check-in-previous';
import { slotClass } from '../internal/slot-class';

export interface CheckInDialogProps extends Omit<ComponentPropsWithoutRef<'div'>, 'children' | 'defaultValue'> {
  keyResultId: string;
  /** Controlled open state. */
  open?: boolean;
  /** Open state at first, when uncontrolled. @default false */
  defaultOpen?: boolean;
  onOpenChange?: (open: boolean) => void;
  /** The element that opens the dialog (rendered through `Dialog.Trigger asChild`); focus returns to it on close. */
  trigger?: ReactNode;
  /** Called with the recorded check-in, after storage accepted it and before the dialog closes. */
  onCheckedIn?: (checkIn: CheckIn) => void;
  /** Where the dialog is portalled. Pass the element carrying `data-color-scheme` for dark mode. @default the provider's `portalContainer`, else document.body */
  container?: HTMLElement | null;
  /** Show the previous check-in (value, confidence, date, author, note) above the form. @default true */
  showPrevious?: boolean;
}

/**
 * Records a check-in for one key result, in a modal dialog (Radix: focus trapped, Esc closes,
 * focus returns to the trigger). Fields follow the metric: a new value (numeric and guardrail,
 * with its unit), a "Done" box (binary) or one box per milestone; then an optional confidence
 * (0–100 %) and note. Above the form, the previous check-in (value, confidence, date, author
 * and note) to write against. Messages sit at their field; a refused save keeps everything typed.
 * Open state is controlled (`open`/`onOpenChange`) or not (`defaultOpen`).
 * The provider's `can` is asked for `('create', checkIn of this key result)`, as the REST handler's
 * `authorize` is: when it refuses, the trigger is `aria-disabled`, does not open, and names the
 * reason on hover (`title`) and focus (its accessible description); opened anyway, the dialog
 * shows the reason instead of the form.
 * @example
 * <CheckInDialog keyResultId="kr-mau" trigger={<button>Check in</button>} onCheckedIn={(checkIn) => toast('Saved')} />
 */
export const CheckInDialog = /* @__PURE__ */ forwardRef<HTMLDivElement, CheckInDialogProps>(function CheckInDialog(props, ref) {
  const { keyResultId, open: openProp, defaultOpen = false, onOpenChange, trigger, onCheckedIn, container: containerProp, showPrevious = true, ...contentProps } = props;
  const [open, setOpen] = useControllableState({ value: openProp, defaultValue: defaultOpen, onChange: onOpenChange });
  const { locale, labels, portalContainer } = useOkrContext();
  const container = containerProp ?? portalContainer;
  const keyResult = useKeyResult(keyResultId);
  // The check-in this dialog would create, as the policy sees it: its key result (and so its objective).
  const target = useMemo<AuthorizationTarget | null>(
    () => (keyResult ? { kind: 'checkIn', record: { id: '', keyResultId: keyResult.id } as unknown as AnyRecord } : null),
    [keyResult],
  );
  const permission = useCan('create', target);
  const refused = keyResult !== undefined && !permission.allowed;
  // The dialog is portalled to <body>, away from the host's `data-color-scheme` and `dir`;
  // it takes them from its trigger's ancestors so dark mode and right-to-left still apply.
  const triggerRef = useRef<HTMLButtonElement | null>(null);
  const hostPage = useHostPage({ triggerRef, open, container });

  return (
    <Dialog.Root open={open} onOpenChange={setOpen}>
      {trigger ? <RefusableTrigger trigger={trigger} triggerRef={triggerRef} refusal={refused ? (permission.reason ?? '') : null} slot="check-in-dialog" /> : null}
      <Dialog.Portal container={container}>
        <Dialog.Overlay data-slot="check-in-dialog-overlay" className="okr-slot-check-in-dialog-overlay" data-color-scheme={hostPage.colorScheme} />
        <Dialog.Content ref={ref} data-slot="check-in-dialog" data-color-scheme={hostPage.colorScheme} dir={hostPage.dir} {...contentProps} className={slotClass('check-in-dialog', contentProps.className)}>
          {/* The title is isolated inside the label's sentence, so "Check in: ‹title›" keeps its order in either direction. */}
          <Dialog.Title data-slot="check-in-dialog-title" className="okr-slot-check-in-dialog-title">{isolatedLabel(labels.checkInFor, keyResult?.title ?? keyResultId)}</Dialog.Title>
          <Dialog.Description data-slot="check-in-dialog-description" className="okr-slot-check-in-dialog-description">
            {keyResult ? labels.checkInDescription(formatCurrentValue(keyResult.metric, labels, locale)) : labels.unknownObjective}
          </Dialog.Description>
          {keyResult && showPrevious ? <CheckInPrevious keyResult={keyResult} /> : null}
          {refused ? (
            <p data-slot="check-in-dialog-not-allowed" className="okr-slot-check-in-dialog-not-allowed" role="note">
              {permission.reason}
            </p>
          ) : keyResult ? (
            <CheckInForm
              keyResult={keyResult}
              onCheckedIn={(checkIn, overtook) => {
                onCheckedIn?.(checkIn);
                // After someone else's check-in, the dialog stays open to say whose it was recorded after.
                if (!overtook) setOpen(false);
              }}
            />
          ) : null}
          <Dialog.Close asChild>
            <button type="button" data-slot="check-in-dialog-close" className="okr-slot-check-in-dialog-close" aria-label={labels.close}>
              <span aria-hidden="true">×</span>
            </button>
          </Dialog.Close>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
});
