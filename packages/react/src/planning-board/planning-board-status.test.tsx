import { CycleRuleError, type CycleStore } from '@okrkit/core/cycle';
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import type { Permission } from '../provider/permission-hooks';
import { PlanningStory, type PlanningStoryProps } from './planning-board.fixtures';
import { NotAllowed, SaveStatus, useSave } from './planning-board-status';
import { PlanningBoard } from './index';

// useSave, SaveStatus and NotAllowed inside a real PlanningBoard.Root (the board's labels and its
// refusal wording come from there). Their use in the ballot, discussion and decision is specified
// in planning-board.test.tsx.

/** Saves through `action` on click and shows the outcome the way the board's parts do. */
function Saver({ action }: { action: () => Promise<unknown> }) {
  const save = useSave();
  return (
    <>
      <button type="button" disabled={save.saving} onClick={() => void save.run(action, 'Saved it.')}>
        Save
      </button>
      <SaveStatus failed={save.failed} done={save.done} failedText="Not saved. Check the connection." reason={save.reason} />
    </>
  );
}

async function renderInBoard(part: (cycles: CycleStore) => ReactNode, props: Omit<PlanningStoryProps, 'children'> = {}) {
  render(
    <PlanningStory locale="en-US" {...props}>
      {(cycles) => (
        <PlanningBoard.Root cycleStore={cycles} cycleId="plan-q2">
          {part(cycles)}
        </PlanningBoard.Root>
      )}
    </PlanningStory>,
  );
  await screen.findByRole('region', { name: 'Planning: Q2 2026' });
}

describe('useSave + SaveStatus', () => {
  it('given a save that succeeds, it says the done text as a status and shows no alert', async () => {
    const user = userEvent.setup();
    await renderInBoard(() => <Saver action={() => Promise.resolve()} />);
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Saved it.')).toHaveAttribute('role', 'status');
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('given a save that fails for a plain reason, it shows the caller’s failure text as an alert, and clears the done text', async () => {
    const user = userEvent.setup();
    let fail = false;
    await renderInBoard(() => <Saver action={() => (fail ? Promise.reject(new Error('offline')) : Promise.resolve())} />);
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Saved it.')).toBeInTheDocument();
    fail = true;
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Not saved. Check the connection.');
    expect(screen.getByRole('status')).toHaveTextContent('');
    expect(screen.queryByText(/offline/)).toBeNull();
  });

  it('given a refusal of the cycle’s rules, it words the rule in the board’s language from its code, never the core’s message', async () => {
    const user = userEvent.setup();
    const refusal = new CycleRuleError('vote', { code: 'deadline-passed', action: 'vote', phase: 'screening', deadline: '2026-03-17', message: 'core english text' });
    await renderInBoard(() => <Saver action={() => Promise.reject(refusal)} />);
    await user.click(screen.getByRole('button', { name: 'Save' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Not saved: The Screening phase ended on Mar 17, 2026. What you entered is kept.');
    expect(alert).not.toHaveTextContent('core english text');
  });

  it('while a save is on its way, it reports saving (the caller disables its button), and not after', async () => {
    const user = userEvent.setup();
    let finish: () => void = () => undefined;
    await renderInBoard(() => <Saver action={() => new Promise<void>((resolve) => { finish = resolve; })} />);
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(screen.getByRole('button', { name: 'Save' })).toBeDisabled();
    await act(async () => finish());
    expect(screen.getByRole('button', { name: 'Save' })).toBeEnabled();
    expect(screen.getByRole('status')).toHaveTextContent('Saved it.');
  });
});

describe('NotAllowed', () => {
  it('draws the reason for a refused permission, with the id a control can point to, and nothing for an allowed one', () => {
    const refused: Permission = { allowed: false, reason: 'Only the voters of this cycle can vote.' };
    const { container, rerender } = render(<NotAllowed permission={refused} id="why" />);
    const reason = container.querySelector('[data-slot="planning-board-not-allowed"]');
    expect(reason).toHaveTextContent('Only the voters of this cycle can vote.');
    expect(reason).toHaveAttribute('id', 'why');
    rerender(<NotAllowed permission={{ allowed: true, reason: undefined }} id="why" />);
    expect(container).toBeEmptyDOMElement();
  });
});
