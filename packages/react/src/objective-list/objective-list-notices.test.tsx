import { objectiveDependants } from '@okrkit/core';
import { domainExamples } from '@okrkit/core/examples';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ObjectiveListNotices } from './objective-list-notices';
import { defaultListLabels } from './objective-list.labels';
import type { DeleteNotice } from './use-delete-with-undo';

function renderNotices(notice: DeleteNotice | null, refusal: string | null = null) {
  const deletion = { notice, undo: vi.fn(() => Promise.resolve()), dismiss: vi.fn() };
  const onDismissRefusal = vi.fn();
  const { container } = render(<ObjectiveListNotices refusal={refusal} onDismissRefusal={onDismissRefusal} deletion={deletion} labels={defaultListLabels} />);
  return { deletion, onDismissRefusal, container };
}

const dependants = objectiveDependants(domainExamples, 'obj-retention')!;

describe('ObjectiveListNotices', () => {
  it('given nothing to say, it draws nothing', () => {
    const { container } = renderNotices(null);
    expect(container).toBeEmptyDOMElement();
  });

  it('given a delete, it names the objective and offers Undo and a close button, each calling its own handler', async () => {
    const user = userEvent.setup();
    const { deletion, container } = renderNotices({ kind: 'deleted', dependants });
    const notice = container.querySelector('[data-slot="objective-list-notice"]') as HTMLElement;
    expect(notice).toHaveAttribute('data-state', 'deleted');
    expect(notice).toHaveTextContent('Deleted “Keep the users we win”.');
    await user.click(within(notice).getByRole('button', { name: 'Undo' }));
    expect(deletion.undo).toHaveBeenCalledTimes(1);
    expect(deletion.dismiss).not.toHaveBeenCalled();
    await user.click(within(notice).getByRole('button', { name: 'Close' }));
    expect(deletion.dismiss).toHaveBeenCalledTimes(1);
  });

  it('given a restore or a failure, it says which with no Undo to press again', () => {
    const { container, deletion } = renderNotices({ kind: 'restored', title: 'Keep the users we win' });
    expect(container.querySelector('[data-state="restored"]')).toHaveTextContent('“Keep the users we win” is back.');
    expect(screen.queryByRole('button', { name: 'Undo' })).toBeNull();
    render(<ObjectiveListNotices refusal={null} onDismissRefusal={() => {}} deletion={{ ...deletion, notice: { kind: 'failed', message: 'Storage is unreachable.' } }} labels={defaultListLabels} />);
    expect(document.querySelector('[data-state="failed"]')).toHaveTextContent('Storage is unreachable.');
  });

  it('given a refused move and a delete at once, it shows both, the refusal first, each closed on its own', async () => {
    const user = userEvent.setup();
    const { container, onDismissRefusal, deletion } = renderNotices({ kind: 'deleted', dependants }, 'The order is back: you may not re-rank this team’s objectives.');
    const notices = [...container.querySelectorAll('[data-slot="objective-list-notice"]')] as HTMLElement[];
    expect(notices.map((notice) => notice.dataset.state)).toEqual(['refused', 'deleted']);
    await user.click(within(notices[0]!).getByRole('button', { name: 'Close' }));
    expect(onDismissRefusal).toHaveBeenCalledTimes(1);
    expect(deletion.dismiss).not.toHaveBeenCalled();
  });
});
