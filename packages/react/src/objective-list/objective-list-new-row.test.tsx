import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ObjectiveListNewRow } from './objective-list-new-row';
import { defaultListLabels } from './objective-list.labels';

const focusProps = () => ({ tabIndex: 0 as const, 'data-row': 3, 'data-col': 0, onFocus: () => {} });

function renderRow(refusal?: string) {
  const onCreate = vi.fn();
  const onGridKey = vi.fn();
  render(
    // The grid listens for arrows on its rows; the row must keep caret keys to itself.
    <div role="grid" aria-label="Objectives" onKeyDown={(event) => onGridKey(event.key)}>
      <ObjectiveListNewRow line={3} colCount={6} labels={defaultListLabels} refusal={refusal} focusProps={focusProps} onCreate={onCreate} />
    </div>,
  );
  return { onCreate, onGridKey, input: screen.getByRole('textbox', { name: 'New objective' }) };
}

describe('ObjectiveListNewRow', () => {
  it('given a title, Enter hands it over trimmed and empties the field; a blank title is not handed over', async () => {
    const user = userEvent.setup();
    const { onCreate, input } = renderRow();
    await user.click(input);
    await user.keyboard('   {Enter}');
    expect(onCreate).not.toHaveBeenCalled();
    await user.clear(input);
    await user.keyboard('  Open a third channel  {Enter}');
    expect(onCreate).toHaveBeenCalledExactlyOnceWith('Open a third channel');
    expect(input).toHaveValue('');
  });

  it('given text, the caret keys stay in the field (the grid does not move) and Esc clears the text first', async () => {
    const user = userEvent.setup();
    const { onGridKey, input } = renderRow();
    await user.click(input);
    await user.keyboard('Draft{ArrowLeft}{Home}{End}{ArrowRight}');
    expect(onGridKey.mock.calls.map(([key]) => key).filter((key) => ['ArrowLeft', 'ArrowRight', 'Home', 'End'].includes(key))).toEqual([]);
    await user.keyboard('{Escape}');
    expect(input).toHaveValue('');
    expect(onGridKey.mock.calls.map(([key]) => key)).not.toContain('Escape');
    // Empty, Esc goes on to the grid (which may close or leave the list).
    await user.keyboard('{Escape}');
    expect(onGridKey.mock.calls.map(([key]) => key)).toContain('Escape');
  });

  it('given a policy that refuses creating, the field is read-only and aria-disabled, names the reason, and Enter creates nothing', async () => {
    const user = userEvent.setup();
    const { onCreate, input } = renderRow('Only team leads create objectives here.');
    expect(input).toHaveAttribute('readonly');
    expect(input).toHaveAttribute('aria-disabled', 'true');
    expect(input).toHaveAccessibleDescription('Only team leads create objectives here.');
    await user.click(input);
    await user.keyboard('Sneak in{Enter}');
    expect(onCreate).not.toHaveBeenCalled();
  });

  it('sits after every objective: its row index counts the header row', () => {
    renderRow();
    expect(screen.getByRole('row')).toHaveAttribute('aria-rowindex', '5');
    expect(screen.getByRole('gridcell')).toHaveAttribute('aria-colspan', '6');
  });
});
