'use client';
import { useState } from 'react';
import type { Permission } from '../provider/permission-hooks';

/** Runs a save; on failure says so and keeps what was typed (the caller clears only on success). */
export function useSave() {
  const [state, setState] = useState<{ saving: boolean; failed: boolean; done: string | null }>({ saving: false, failed: false, done: null });
  const run = async (action: () => Promise<unknown>, done: string): Promise<boolean> => {
    setState({ saving: true, failed: false, done: null });
    try {
      await action();
      setState({ saving: false, failed: false, done });
      return true;
    } catch {
      setState({ saving: false, failed: true, done: null });
      return false;
    }
  };
  return { ...state, run };
}

/** A failed save as an alert, and the last success as a status message. */
export function SaveStatus({ failed, done, failedText }: { failed: boolean; done: string | null; failedText: string }) {
  return (
    <>
      {failed ? <p role="alert" data-slot="planning-board-error">{failedText}</p> : null}
      <p role="status" data-slot="planning-board-done">{done ?? ''}</p>
    </>
  );
}

/** Why a control is missing, where it would be. */
export function NotAllowed({ permission, id }: { permission: Permission; id?: string }) {
  if (permission.allowed) return null;
  return <p id={id} data-slot="planning-board-not-allowed">{permission.reason}</p>;
}

