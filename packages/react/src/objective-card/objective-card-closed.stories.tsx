import type { CloseOut } from '@okrkit/core';
import type { CycleStore } from '@okrkit/core/cycle';
import { domainExamplesNow } from '@okrkit/core/examples';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { useEffect, useState } from 'react';
import { expect, userEvent, within } from 'storybook/test';
import { closeOutStores } from '../close-out-dialog/close-out-dialog.fixtures';
import { OkrProvider, type OkrProviderProps } from '../provider/index';
import { ObjectiveCard } from './index';

/** A card of an objective closed before the story (missed, with a retrospective); Reopen goes through the cycle store. */
function ClosedCard({ can, reopen = true }: { can?: OkrProviderProps['can']; reopen?: boolean }) {
  const [state, setState] = useState<{ stores: Awaited<ReturnType<typeof closeOutStores>>; closeOut?: CloseOut } | null>(null);
  useEffect(() => {
    void closeOutStores().then(async (stores) => {
      const [closed] = await stores.cycleStore.closeOut([
        { objectiveId: 'obj-user-activity', result: 'missed', retrospective: { met: 'Usage time +9 minutes', missed: 'MAU: the launch slipped to March', lessons: 'Launch in the first month' } },
      ]);
      setState({ stores, closeOut: closed?.closeOut });
    });
  }, []);
  if (!state) return null;
  const cycleStore: CycleStore = state.stores.cycleStore;
  return (
    <OkrProvider store={state.stores.store} now={domainExamplesNow} {...(can ? { can } : {})}>
      <ObjectiveCard objectiveId="obj-user-activity" closeOut={state.closeOut} {...(reopen ? { onReopen: () => void cycleStore.reopen('obj-user-activity') } : {})} />
    </OkrProvider>
  );
}

const meta = {
  title: 'Components/ObjectiveCard/Closed',
  component: ClosedCard,
  parameters: { docs: { description: { component: 'A closed objective: result and final grade, the retrospective collapsed, no check-in or inline edit, Reopen where `can` allows.' } } },
} satisfies Meta<typeof ClosedCard>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Closed: the line, the retrospective behind a disclosure, then Reopen brings back the check-in buttons. */
export const Closed: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByText('Closed · missed · 45%')).toBeVisible();
    await expect(canvas.queryByRole('button', { name: /check in/i })).toBeNull();
    await userEvent.click(canvas.getByText('Retrospective'));
    await expect(canvas.getByText(/MAU: the launch slipped/)).toBeVisible();
    await userEvent.click(canvas.getByRole('button', { name: 'Reopen' }));
    await expect((await canvas.findAllByRole('button', { name: /check in/i })).length).toBeGreaterThan(0);
  },
};

/** The policy refuses updating: no Reopen. */
export const ClosedReadOnly: Story = {
  args: { can: (action) => action === 'read' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByText('Closed · missed · 45%')).toBeVisible();
    await expect(canvas.queryByRole('button', { name: 'Reopen' })).toBeNull();
  },
};

export const ClosedDark: Story = { globals: { colorScheme: 'dark' } };
export const ClosedRightToLeft: Story = { globals: { direction: 'rtl' } };
