import type { Objective, OkrStoreSnapshot } from '@okrkit/core';
import { blankObjectiveDraft, ObjectiveEditorForm, useCan, useOkrContext, useOkrSelector } from '@okrkit/react';
import * as Dialog from '@radix-ui/react-dialog';
import { useCallback, useMemo, useRef, useState } from 'react';
import type { Person } from '../../shared/directory.mjs';

export interface NewObjectiveDialogProps {
  /** The signed-in person: the new objective is theirs and their team's. */
  person: Person;
  /** Told the saved objective's id (the page may show it). */
  onSaved?: (objectiveId: string) => void;
}

/**
 * The period a new objective starts in: the shortest period that holds the demo day (a
 * quarter rather than the year), else the first one.
 */
function currentPeriodId(snapshot: OkrStoreSnapshot, day: string): string {
  const holding = snapshot.okrSet.periods.filter((period) => period.start <= day && day <= period.end);
  const length = (period: { start: string; end: string }) => Date.parse(period.end) - Date.parse(period.start);
  return [...holding].sort((a, b) => length(a) - length(b))[0]?.id ?? snapshot.okrSet.periods[0]?.id ?? '';
}

/** One past the highest rank of the team's objectives in that period: a new objective starts last. */
function nextRank(snapshot: OkrStoreSnapshot, teamId: string | null, periodId: string): number {
  return snapshot.okrSet.objectives.filter((objective) => objective.teamId === (teamId ?? undefined) && objective.periodId === periodId).reduce((highest, objective) => Math.max(highest, objective.priority ?? 0), 0) + 1;
}

/**
 * "New objective" on the OKR page: okrkit's `ObjectiveEditorForm` in a Radix dialog, starting
 * as a draft of the signed-in person's team in the current period, ranked last. Shown only to
 * people the shared policy lets create one there (the server refuses the others anyway).
 */
export function NewObjectiveDialog({ person, onSaved }: NewObjectiveDialogProps) {
  const { now } = useOkrContext();
  const [open, setOpen] = useState(false);
  // The sheet is portalled to <body>, outside the app's data-color-scheme root: it takes the
  // scheme from the page its trigger is on, as okrkit's own dialogs do.
  const triggerRef = useRef<HTMLButtonElement>(null);
  const [colorScheme, setColorScheme] = useState<string | undefined>(undefined);
  const day = new Date(now).toISOString().slice(0, 10);
  const periodId = useOkrSelector(useCallback((snapshot: OkrStoreSnapshot) => currentPeriodId(snapshot, day), [day]));
  const priority = useOkrSelector(useCallback((snapshot: OkrStoreSnapshot) => nextRank(snapshot, person.teamId, periodId), [person.teamId, periodId]));
  // The objective as it would be created: what the policy is asked about.
  const probe = useMemo<Objective>(() => ({ id: '', title: '', periodId, state: 'draft', ownerId: person.id, ...(person.teamId ? { teamId: person.teamId } : {}) }), [periodId, person]);
  const permission = useCan('create', useMemo(() => ({ kind: 'objective' as const, record: probe, objective: probe }), [probe]));
  // A fresh draft (and id) each time the dialog opens.
  const [draft, setDraft] = useState(() => blankObjectiveDraft({ ...probe, id: newId() }));
  if (!permission.allowed || periodId === '') return null;

  return (
    <Dialog.Root
      open={open}
      onOpenChange={(next) => {
        if (next) {
          setDraft(blankObjectiveDraft({ ...probe, id: newId(), priority }));
          setColorScheme(triggerRef.current?.closest('[data-color-scheme]')?.getAttribute('data-color-scheme') ?? undefined);
        }
        setOpen(next);
      }}
    >
      <Dialog.Trigger asChild>
        <button ref={triggerRef} type="button" className="intranet-button">
          New objective
        </button>
      </Dialog.Trigger>
      <Dialog.Portal>
        <Dialog.Overlay className="sheet-overlay" />
        {/* Esc belongs to the editor: it asks before throwing typed text away, then cancels. */}
        <Dialog.Content className="sheet" data-color-scheme={colorScheme} aria-describedby={undefined} onEscapeKeyDown={(event) => event.preventDefault()}>
          <div className="sheet-header">
            <Dialog.Title>New objective</Dialog.Title>
            <Dialog.Close className="sheet-close" aria-label="Close">
              ×
            </Dialog.Close>
          </div>
          <ObjectiveEditorForm
            key={draft.objective.id}
            defaultValue={draft}
            backupKey="intranet-demo:new-objective"
            onSaved={(saved) => {
              setOpen(false);
              onSaved?.(saved.objective.id);
            }}
            onCancel={() => setOpen(false)}
          />
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}

function newId(): string {
  return `objective-${crypto.randomUUID()}`;
}
