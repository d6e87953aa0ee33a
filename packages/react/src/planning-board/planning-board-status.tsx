'use client';
import { cycleRefusalOf } from '@okrkit/core/cycle';
import { useState } from 'react';
import type { Permission } from '../provider/permission-hooks';
import { usePlanningBoardContext } from './planning-board-context';

/**
 * Runs a save; on failure says so and keeps what was typed (the caller clears only on success).
 * A refusal by the cycle's rules (a deadline passed since the page was drawn, a role taken
 * away) comes with its reason in the board's words, from the refusal's code.
 */
export function useSave() {
  const { describeRefusal, labels } = usePlanningBoardContext();
  const [state, setState] = useState<{ saving: boolean; failed: boolean; reason: string | null; done: string | null }>({ saving: false, failed: false, reason: null, done: null });
  const run = async (action: () => Promise<unknown>, done: string): Promise<boolean> => {
    setState({ saving: true, failed: false, reason: null, done: null });
    try {
      await action();
      setState({ saving: false, failed: false, reason: null, done });
      return true;
    } catch (error) {
      const refusal = cycleRefusalOf(error);
      setState({ saving: false, failed: true, reason: refusal ? labels.refused(describeRefusal(refusal)) : null, done: null });
      return false;
    }
  };
  return { ...state, run };
}

/** A failed save as an alert (the rule's reason when the cycle refused it), and the last success as a status message. */
export function SaveStatus({ failed, done, failedText, reason }: { failed: boolean; done: string | null; failedText: string; reason?: string | null }) {
  return (
    <>
      {failed ? <p role="alert" data-slot="planning-board-error" className="okr-slot-planning-board-error">{reason ?? failedText}</p> : null}
      <p role="status" data-slot="planning-board-done" className="okr-slot-planning-board-done">{done ?? ''}</p>
    </>
  );
}

/** Why a control is missing, where it would be. */
export function NotAllowed({ permission, id }: { permission: Permission; id?: string }) {
  if (permission.allowed) return null;
  return <p id={id} data-slot="planning-board-not-allowed" className="okr-slot-planning-board-not-allowed">{permission.reason}</p>;
}

