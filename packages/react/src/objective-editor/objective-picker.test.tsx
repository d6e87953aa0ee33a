import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { loadedStore } from '../objective-card/objective-card.test-utils';
import { exampleDirectory } from '../provider/directory.fixtures';
import { OkrProvider } from '../provider/index';
import { ObjectiveEditorForm } from './objective-editor';

// The picker's focus path (objective-picker.tsx). What it finds and refuses is in
// objective-editor-parts.test.tsx; forward Tab through a real sheet is in the demo's Chromium test.

async function renderEditor() {
  const { store } = await loadedStore();
  render(
    <OkrProvider store={store} now="2026-02-15T00:00:00Z" locale="en-US" directory={exampleDirectory}>
      <ObjectiveEditorForm periodId="q1-2026" />
    </OkrProvider>,
  );
}

describe('ObjectivePicker focus', () => {
  it('given focus, it opens its list; the list is never a Tab stop, so Tab goes on to the next picker and the first list closes after the move', async () => {
    await renderEditor();
    const user = userEvent.setup();
    const alignedTo = screen.getByRole('combobox', { name: 'Aligned to' });
    const contributesTo = screen.getByRole('combobox', { name: 'Also contributes to' });
    alignedTo.focus();
    await waitFor(() => expect(alignedTo).toHaveAttribute('aria-expanded', 'true'));
    expect(screen.getByRole('listbox', { name: 'Aligned to' })).toHaveAttribute('tabindex', '-1');
    await user.tab();
    expect(contributesTo).toHaveFocus();
    await waitFor(() => expect(alignedTo).toHaveAttribute('aria-expanded', 'false'));
    expect(contributesTo).toHaveAttribute('aria-expanded', 'true');
  });

  it('given focus leaving and coming back before the list closed, the list stays open', async () => {
    await renderEditor();
    const alignedTo = screen.getByRole('combobox', { name: 'Aligned to' });
    alignedTo.focus();
    alignedTo.blur();
    alignedTo.focus();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(alignedTo).toHaveAttribute('aria-expanded', 'true');
  });

  it('given Escape, it closes at once and keeps focus in the input', async () => {
    await renderEditor();
    const user = userEvent.setup();
    const alignedTo = screen.getByRole('combobox', { name: 'Aligned to' });
    await user.click(alignedTo);
    expect(alignedTo).toHaveAttribute('aria-expanded', 'true');
    await user.keyboard('{Escape}');
    expect(alignedTo).toHaveAttribute('aria-expanded', 'false');
    expect(alignedTo).toHaveFocus();
  });
});
