'use client';
import * as Dialog from '@radix-ui/react-dialog';
import { useId, type ReactNode, type Ref } from 'react';
import { visuallyHidden } from './progressbar';

/**
 * A dialog's trigger that the provider's `can` may refuse: refused, it stays focusable and
 * says why (`aria-disabled`, described by the reason, the reason as its tooltip) and does not
 * open; the reason is also in the page, visually hidden, for screen readers.
 * @example <RefusableTrigger trigger={<button>Check in</button>} triggerRef={ref} refusal={refused ? reason : null} slot="check-in-dialog" />
 */
export function RefusableTrigger({ trigger, triggerRef, refusal, slot }: { trigger: ReactNode; triggerRef: Ref<HTMLButtonElement>; refusal: string | null; slot: string }) {
  const reasonId = useId();
  const refused = refusal !== null;
  return (
    <>
      <Dialog.Trigger
        ref={triggerRef}
        asChild
        {...(refused
          ? {
              'aria-disabled': true,
              'aria-describedby': reasonId,
              title: refusal,
              'data-disabled': '',
              // Radix opens only when the click was not prevented.
              onClick: (event: { preventDefault(): void }) => event.preventDefault(),
            }
          : {})}
      >
        {trigger}
      </Dialog.Trigger>
      {refused ? (
        <span id={reasonId} data-slot={`${slot}-not-allowed-reason`} className={`okr-slot-${`${slot}-not-allowed-reason`}`} style={visuallyHidden}>
          {refusal}
        </span>
      ) : null}
    </>
  );
}
