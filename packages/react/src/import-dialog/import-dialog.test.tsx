import { domainExamplesNow } from '@okrkit/core/examples';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { loadedStore, type AdapterMode } from '../objective-card/objective-card.test-utils';
import { OkrProvider, type OkrErrorHandler } from '../provider/index';
import { ImportDialog, ImportDialogActions, ImportDialogContent, ImportDialogMessages, ImportDialogPreview, ImportDialogRoot, ImportDialogSource, ImportDialogTrigger } from './index';

const header = 'objective_id,objective_title,period_id,owner_id,key_result_id,key_result_title,start,target,current,unit';
const goodCsv = [header, ',Students raise maths scores,q1-2026,,,Students up by 20 points or more,0,80,25,%', ',Students raise maths scores,q1-2026,,,Parents recommend the centre,0,60,10,%'].join('\n');
const badCsv = [header, ',Students raise maths scores,q9,,,Students up by 20 points or more,0,"80,5",25,%'].join('\n');

async function renderDialog(ui: React.ReactNode, options: { mode?: AdapterMode; onError?: OkrErrorHandler } = {}) {
  const { store } = await loadedStore({ mode: options.mode });
  render(
    <OkrProvider store={store} now={domainExamplesNow} locale="en-US" onError={options.onError}>
      {ui}
    </OkrProvider>,
  );
  const user = userEvent.setup();
  await user.click(screen.getByRole('button', { name: 'Import CSV' }));
  return { store, user, dialog: within(await screen.findByRole('dialog')) };
}

const trigger = <button type="button">Import CSV</button>;

describe('ImportDialog', () => {
  it('imports a clean file as one batch: the objective and both key results are in the store, and re-importing changes nothing', async () => {
    const onImported = vi.fn();
    const { store, user, dialog } = await renderDialog(<ImportDialog trigger={trigger} defaultText={goodCsv} onImported={onImported} />);
    const restore = vi.spyOn(store, 'restore');
    expect(dialog.getByText('3 to create, 0 to update, 0 unchanged')).toBeInTheDocument();
    await user.click(dialog.getByRole('button', { name: 'Import' }));
    expect(await dialog.findByText('3 records imported')).toBeInTheDocument();
    expect(restore).toHaveBeenCalledTimes(1);
    expect(onImported).toHaveBeenCalledWith({ objectives: 1, keyResults: 2 });
    const objective = store.getSnapshot().okrSet.objectives.find((item) => item.title === 'Students raise maths scores' && item.periodId === 'q1-2026' && !item.parentId);
    expect(objective).toBeDefined();
    expect(store.getSnapshot().okrSet.keyResults.filter((keyResult) => keyResult.objectiveId === objective!.id).map((keyResult) => keyResult.title)).toEqual([
      'Students up by 20 points or more',
      'Parents recommend the centre',
    ]);
    await waitFor(() => expect(dialog.getByText('0 to create, 0 to update, 3 unchanged')).toBeInTheDocument());
  });

  it('shows each problem at its row and column, keeps Import disabled, and writes nothing', async () => {
    const { store, dialog } = await renderDialog(<ImportDialog trigger={trigger} defaultText={badCsv} />);
    const before = store.getSnapshot().okrSet.objectives.length;
    expect(dialog.getByText('2 problems to fix before importing')).toBeInTheDocument();
    const invalidRow = dialog.getAllByRole('row').find((row) => row.getAttribute('data-state') === 'invalid')!;
    expect(invalidRow.querySelectorAll('td[data-state="invalid"]')).toHaveLength(2);
    expect(within(invalidRow).getByText(/target: uses a decimal comma/)).toBeInTheDocument();
    expect(dialog.getByRole('button', { name: 'Import' })).toBeDisabled();
    expect(store.getSnapshot().okrSet.objectives).toHaveLength(before);
  });

  it('a refused save keeps the text and the preview, says why in plain words, reaches onError, and Import retries', async () => {
    const onError = vi.fn();
    const { user, dialog } = await renderDialog(<ImportDialog trigger={trigger} defaultText={goodCsv} />, { mode: 'offline', onError });
    await user.click(dialog.getByRole('button', { name: 'Import' }));
    const alert = await dialog.findByRole('alert');
    expect(alert).toHaveTextContent('The import was not saved');
    expect(alert).toHaveTextContent('Storage could not be reached.');
    expect(alert).not.toHaveTextContent('offline');
    expect(onError).toHaveBeenCalledWith(expect.objectContaining({ code: 'unavailable' }), { widget: 'import', action: 'save' });
    expect(dialog.getByLabelText('CSV text')).toHaveValue(goodCsv);
    expect(dialog.getByText('3 to create, 0 to update, 0 unchanged')).toBeInTheDocument();
    expect(dialog.getByRole('button', { name: 'Import' })).toBeEnabled();
  });

  it('composes from parts: a host can leave out the column mapping and put the actions first', async () => {
    const { dialog } = await renderDialog(
      <ImportDialogRoot defaultText={goodCsv}>
        <ImportDialogTrigger>{trigger}</ImportDialogTrigger>
        <ImportDialogContent>
          <ImportDialogActions />
          <ImportDialogSource />
          <ImportDialogPreview />
          <ImportDialogMessages />
        </ImportDialogContent>
      </ImportDialogRoot>,
    );
    expect(dialog.queryByRole('group', { name: 'Columns' })).toBeNull();
    expect(dialog.getByText('3 to create, 0 to update, 0 unchanged')).toBeInTheDocument();
    const content = screen.getByRole('dialog');
    const actions = content.querySelector('[data-slot="import-dialog-actions"]')!;
    const source = content.querySelector('[data-slot="import-dialog-source"]')!;
    expect(actions.compareDocumentPosition(source) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it('a part outside ImportDialogRoot names itself in the error', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(() => render(<ImportDialogPreview />)).toThrow('<ImportDialogPreview> must be rendered inside <ImportDialogRoot>.');
  });
});
