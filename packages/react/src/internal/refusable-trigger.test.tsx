import * as Dialog from '@radix-ui/react-dialog';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { RefusableTrigger } from './refusable-trigger';

function Harness({ refusal }: { refusal: string | null }) {
  const [open, setOpen] = useState(false);
  return (
    <Dialog.Root open={open} onOpenChange={setOpen}>
      <RefusableTrigger trigger={<button type="button">Check in</button>} triggerRef={() => {}} refusal={refusal} slot="check-in-dialog" />
      <Dialog.Portal>
        <Dialog.Content aria-describedby={undefined}>
          <Dialog.Title>Opened</Dialog.Title>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}

describe('RefusableTrigger', () => {
  it('given no refusal, it is a plain trigger that opens the dialog', async () => {
    const user = userEvent.setup();
    render(<Harness refusal={null} />);
    const button = screen.getByRole('button', { name: 'Check in' });
    expect(button).not.toHaveAttribute('aria-disabled');
    await user.click(button);
    expect(screen.getByRole('dialog', { name: 'Opened' })).toBeInTheDocument();
  });

  it('given a refusal, it stays focusable, says why (description and tooltip) and does not open', async () => {
    const user = userEvent.setup();
    const { container } = render(<Harness refusal="You can’t check in on this team’s key results" />);
    const button = screen.getByRole('button', { name: 'Check in' });
    expect(button).toHaveAttribute('aria-disabled', 'true');
    expect(button).toHaveAccessibleDescription('You can’t check in on this team’s key results');
    expect(button).toHaveAttribute('title', 'You can’t check in on this team’s key results');
    expect(container.querySelector('[data-slot="check-in-dialog-not-allowed-reason"]')).toHaveTextContent('You can’t check in on this team’s key results');
    await user.tab();
    expect(button).toHaveFocus();
    await user.click(button);
    await user.keyboard('{Enter}');
    expect(screen.queryByRole('dialog')).toBeNull();
  });
});
