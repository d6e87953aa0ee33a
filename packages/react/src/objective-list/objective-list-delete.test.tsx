import { objectiveDependants } from '@okrkit/core';
import { domainExamples } from '@okrkit/core/examples';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ObjectiveListDeleteDialog } from './objective-list-delete';
import { defaultListLabels } from './objective-list.labels';

function renderDialog(objectiveId: string | null, locale = 'en-US') {
  const onConfirm = vi.fn();
  const onCancel = vi.fn();
  const dependants = objectiveId ? objectiveDependants(domainExamples, objectiveId) : null;
  const view = render(<ObjectiveListDeleteDialog dependants={dependants} labels={defaultListLabels} locale={locale} container={null} onConfirm={onConfirm} onCancel={onCancel} />);
  return { onConfirm, onCancel, dependants, view };
}

describe('ObjectiveListDeleteDialog', () => {
  it('given an objective with key results, check-ins and objectives aligned to it, it counts each and says the aligned ones are only detached', () => {
    const { dependants } = renderDialog('obj-user-activity');
    const dialog = screen.getByRole('alertdialog', { name: /Delete “.*Significantly increase user activity.*”\?/ });
    const items = within(dialog).getAllByRole('listitem').map((item) => item.textContent);
    expect(items).toEqual([`${dependants!.keyResults.length} key results`, `${dependants!.checkIns.length} check-ins`]);
    expect(dependants!.checkIns.length).toBeGreaterThan(0);
    const aligned = dependants!.alignedObjectives.length + dependants!.alignedKeyResults.length;
    expect(aligned).toBeGreaterThan(0);
    expect(within(dialog).getByText(`${aligned} aligned objectives. Aligned objectives are kept and no longer aligned to it.`)).toBeInTheDocument();
  });

  it('given the title, it is isolated inside the sentence (first-strong isolates), so a right-to-left title keeps the quotes around it', () => {
    renderDialog('obj-user-activity');
    const title = screen.getByRole('heading');
    expect(title.textContent).toBe('Delete “\u2068Significantly increase user activity\u2069”?');
  });

  it('given nothing depends on the objective, it says so and lists nothing', () => {
    const alone = { ...objectiveDependants(domainExamples, 'obj-tech-innovation')!, keyResults: [], checkIns: [], alignedObjectives: [], alignedKeyResults: [] };
    render(<ObjectiveListDeleteDialog dependants={alone} labels={defaultListLabels} locale="en-US" container={null} onConfirm={() => {}} onCancel={() => {}} />);
    const dialog = screen.getByRole('alertdialog', { name: /Lead technical innovation in our industry/ });
    expect(within(dialog).getByText('Nothing else depends on it.')).toBeInTheDocument();
    expect(within(dialog).queryByRole('list')).toBeNull();
    expect(within(dialog).queryByText(/aligned objectives/)).toBeNull();
  });

  it('given the locale, counts are formatted in it', () => {
    const many = objectiveDependants(domainExamples, 'obj-user-activity')!;
    const checkIns = Array.from({ length: 1200 }, (_, at) => ({ ...many.checkIns[0]!, id: `check-in-${at}` }));
    render(<ObjectiveListDeleteDialog dependants={{ ...many, checkIns }} labels={defaultListLabels} locale="de-DE" container={null} onConfirm={() => {}} onCancel={() => {}} />);
    expect(screen.getByText('1.200 check-ins')).toBeInTheDocument();
  });

  it('when it opens, Cancel has the focus, so Enter cancels rather than deletes; Delete confirms; Esc cancels', async () => {
    const user = userEvent.setup();
    const { onConfirm, onCancel } = renderDialog('obj-user-activity');
    const dialog = screen.getByRole('alertdialog');
    expect(within(dialog).getByRole('button', { name: 'Cancel' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(onCancel).toHaveBeenCalledTimes(1);
    expect(onConfirm).not.toHaveBeenCalled();
    await user.click(within(dialog).getByRole('button', { name: 'Delete' }));
    expect(onConfirm).toHaveBeenCalledTimes(1);
    await user.keyboard('{Escape}');
    expect(onCancel).toHaveBeenCalledTimes(2);
  });

  it('given no dependants, the dialog is closed', () => {
    renderDialog(null);
    expect(screen.queryByRole('alertdialog')).toBeNull();
  });
});
