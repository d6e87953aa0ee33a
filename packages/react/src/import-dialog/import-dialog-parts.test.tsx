import type { OkrPolicy } from '@okrkit/core';
import { CSV_COLUMNS } from '@okrkit/core/interchange';
import { domainExamplesNow } from '@okrkit/core/examples';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { loadedStore } from '../objective-card/objective-card.test-utils';
import { OkrProvider } from '../provider/index';
import { ImportDialogActions, ImportDialogContent, ImportDialogMapping, ImportDialogMessages, ImportDialogPreview, ImportDialogRoot, ImportDialogSource, ImportDialogTrigger } from './index';

// The import dialog's parts (import-dialog-parts.tsx) one by one inside a real ImportDialogRoot
// and provider over a memory store of the domain examples. The whole import (one batch, a refused
// save, problems at their columns) is specified in import-dialog.test.tsx.

const header = 'objective_id,objective_title,period_id,owner_id,key_result_id,key_result_title,start,target,current,unit';
const goodCsv = [header, ',Students raise maths scores,q1-2026,,,Students up by 20 points or more,0,80,25,%'].join('\n');

async function renderParts(parts: ReactNode, options: { defaultText?: string; can?: OkrPolicy } = {}) {
  const { store } = await loadedStore();
  render(
    <OkrProvider store={store} now={domainExamplesNow} locale="en-US" can={options.can}>
      <ImportDialogRoot defaultText={options.defaultText}>
        <ImportDialogTrigger>
          <button type="button">Import CSV</button>
        </ImportDialogTrigger>
        <ImportDialogContent>{parts}</ImportDialogContent>
      </ImportDialogRoot>
    </OkrProvider>,
  );
  const user = userEvent.setup();
  await user.click(screen.getByRole('button', { name: 'Import CSV' }));
  return { store, user, dialog: within(await screen.findByRole('dialog', { name: 'Import objectives and key results' })) };
}

describe('ImportDialogContent', () => {
  it('names the dialog by its title and describes it, and takes the trigger page’s direction', async () => {
    document.documentElement.dir = 'rtl';
    try {
      await renderParts(null);
      const dialog = screen.getByRole('dialog');
      expect(dialog).toHaveAccessibleDescription('Choose or paste a CSV file. Nothing is written until you press Import.');
      expect(dialog).toHaveAttribute('dir', 'rtl');
      expect(dialog).toHaveAttribute('data-import-state', 'editing');
    } finally {
      document.documentElement.removeAttribute('dir');
    }
  });
});

describe('ImportDialogSource', () => {
  it('reads a chosen file into the text field', async () => {
    const { user, dialog } = await renderParts(<ImportDialogSource />);
    const file = new File([goodCsv], 'okrs.csv', { type: 'text/csv' });
    await user.upload(dialog.getByLabelText('Choose a CSV file'), file);
    await waitFor(() => expect(dialog.getByLabelText('CSV text')).toHaveValue(goodCsv));
  });
});

describe('ImportDialogMapping', () => {
  it('draws nothing until the text has a header row', async () => {
    const { dialog } = await renderParts(<ImportDialogMapping />);
    expect(dialog.queryByRole('group', { name: 'Columns' })).toBeNull();
  });

  it('offers one select per documented field, suggested from the headers, with “not in the file” for the rest', async () => {
    const { dialog } = await renderParts(<ImportDialogMapping />, { defaultText: goodCsv });
    const mapping = within(dialog.getByRole('group', { name: 'Columns' }));
    const selects = mapping.getAllByRole('combobox');
    expect(selects).toHaveLength(CSV_COLUMNS.length);
    expect(mapping.getByRole('combobox', { name: 'objective_title' })).toHaveValue('objective_title');
    expect(mapping.getByRole('combobox', { name: 'kind' })).toHaveDisplayValue('— not in the file —');
    expect(within(mapping.getByRole('combobox', { name: 'kind' })).getAllByRole('option').map((option) => option.textContent)).toEqual(['— not in the file —', ...header.split(',')]);
  });

  it('given a column unmapped, the preview stops showing it and reads the field as missing', async () => {
    const { user, dialog } = await renderParts(
      <>
        <ImportDialogMapping />
        <ImportDialogPreview />
      </>,
      { defaultText: goodCsv },
    );
    const table = dialog.getByRole('table');
    expect(within(table).getByRole('columnheader', { name: 'unit' })).toBeInTheDocument();
    await user.selectOptions(dialog.getByRole('combobox', { name: 'unit' }), '— not in the file —');
    expect(within(dialog.getByRole('table')).queryByRole('columnheader', { name: 'unit' })).toBeNull();
    await user.selectOptions(dialog.getByRole('combobox', { name: 'objective_title' }), '— not in the file —');
    expect(dialog.getByRole('status')).toHaveTextContent(/problems? to fix before importing/);
  });
});

describe('ImportDialogPreview', () => {
  it('draws nothing while there is no text', async () => {
    const { dialog } = await renderParts(<ImportDialogPreview />);
    expect(dialog.queryByRole('heading', { name: 'Preview' })).toBeNull();
  });

  it('given a clean file, summarises what would change and marks each row without problems, in a focusable named scroll region', async () => {
    const { dialog } = await renderParts(<ImportDialogPreview />, { defaultText: goodCsv });
    expect(dialog.getByRole('status')).toHaveTextContent('2 to create, 0 to update, 0 unchanged');
    const scroll = dialog.getByRole('region', { name: 'Preview' });
    expect(scroll).toHaveAttribute('tabindex', '0');
    const rows = within(scroll).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toHaveAttribute('data-state', 'valid');
    // Rows are numbered as in the file: the header is row 1.
    expect(within(rows[0]!).getByRole('rowheader')).toHaveTextContent('2');
    expect(rows[0]).toHaveTextContent('No problems');
    expect(within(rows[0]!).getByText('Students raise maths scores')).toBeInTheDocument();
  });

  it('given a row with problems, it marks the row and the cell at fault and lists the problem with its column', async () => {
    const bad = [header, ',Students raise maths scores,q1-2026,,,Students up by 20 points or more,0,"80,5",25,%'].join('\n');
    const { dialog } = await renderParts(<ImportDialogPreview />, { defaultText: bad });
    const row = within(dialog.getByRole('region', { name: 'Preview' })).getAllByRole('row')[1]!;
    expect(row).toHaveAttribute('data-state', 'invalid');
    const invalid = [...row.querySelectorAll('td[data-state="invalid"]')].map((cell) => cell.textContent);
    expect(invalid).toEqual(['80,5']);
    expect(row).toHaveTextContent(/target: uses a decimal comma/);
    expect(row).not.toHaveTextContent('No problems');
  });
});

describe('ImportDialogMessages and ImportDialogActions', () => {
  it('given no text, Import is disabled and no message is shown; Close closes the dialog', async () => {
    const { user, dialog } = await renderParts(
      <>
        <ImportDialogMessages />
        <ImportDialogActions />
      </>,
    );
    expect(dialog.getByRole('button', { name: 'Import' })).toBeDisabled();
    expect(screen.getByRole('dialog').querySelector('[data-slot="import-dialog-messages"]')).toBeEmptyDOMElement();
    await user.click(dialog.getByRole('button', { name: 'Close' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  });

  it('given a policy that refuses creating objectives, it says so and keeps Import disabled', async () => {
    const can: OkrPolicy = (action, target) => !(action === 'create' && target.kind === 'objective');
    const { dialog } = await renderParts(
      <>
        <ImportDialogMessages />
        <ImportDialogActions />
      </>,
      { defaultText: goodCsv, can },
    );
    expect(dialog.getByText('You can’t create or change some of these records.')).toBeInTheDocument();
    expect(dialog.getByRole('button', { name: 'Import' })).toBeDisabled();
  });

  it('given a file already in the store, it says there is nothing to import and Import stays disabled', async () => {
    const { user, dialog } = await renderParts(
      <>
        <ImportDialogSource />
        <ImportDialogMessages />
        <ImportDialogActions />
      </>,
      { defaultText: goodCsv },
    );
    await user.click(dialog.getByRole('button', { name: 'Import' }));
    expect(await dialog.findByRole('status')).toHaveTextContent('2 records imported');
    // The same file again (a new edit of the text): every record is now as in the store.
    await user.clear(dialog.getByLabelText('CSV text'));
    await user.click(dialog.getByLabelText('CSV text'));
    await user.paste(goodCsv);
    expect(dialog.queryByText('2 records imported')).toBeNull();
    expect(await dialog.findByText('Nothing to import: every record is already as in the file.')).toBeInTheDocument();
    expect(dialog.getByRole('button', { name: 'Import' })).toBeDisabled();
  });
});
