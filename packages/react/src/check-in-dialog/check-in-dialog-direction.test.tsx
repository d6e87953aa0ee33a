import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { loadedStore, withProvider } from '../objective-card/objective-card.test-utils';
import { CheckInDialog } from './index';

describe('CheckInDialog: user text takes its own direction', () => {
  it('given an open dialog, the KR title sits in a <bdi> inside the label sentence and the note follows what is typed', async () => {
    const user = userEvent.setup();
    const { store } = await loadedStore();
    render(withProvider(store, <CheckInDialog keyResultId="kr-mau" trigger={<button type="button">Check in</button>} />));
    await user.click(screen.getByRole('button', { name: 'Check in' }));
    const dialog = screen.getByRole('dialog', { name: 'Check in: Monthly active users +20 %' });
    const title = dialog.querySelector('[data-slot="check-in-dialog-title"]');
    expect(title?.querySelector('bdi')).toHaveTextContent(/^Monthly active users \+20 %$/);
    expect(title?.firstChild?.textContent).toBe('Check in: ');
    expect(screen.getByRole('textbox', { name: /note/i })).toHaveAttribute('dir', 'auto');
  });
});
