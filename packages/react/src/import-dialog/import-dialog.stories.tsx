import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { withOkrStore } from '../internal/story-store';
import { ImportDialog, ImportDialogActions, ImportDialogContent, ImportDialogMessages, ImportDialogPreview, ImportDialogRoot, ImportDialogSource, ImportDialogTrigger } from './index';

const header = 'objective_id,objective_title,period_id,owner_id,key_result_id,key_result_title,start,target,current,unit';
/** Two new objectives of the restaurant group and the education centre (DOMAIN.md §9), in Q1 2026 of the domain examples. */
const goodCsv = [
  header,
  ',Most popular healthy-dining brand locally,q1-2026,,,Healthy dishes share of sales,30,50,38,%',
  ',Most popular healthy-dining brand locally,q1-2026,,,Customer satisfaction,4.2,4.8,4.5,/5',
  ',Students raise maths scores,q1-2026,,,Students up by 20 points or more,0,80,25,%',
].join('\n');
const csvWithMistakes = [
  header,
  ',Most popular healthy-dining brand locally,q1-2026,,,Healthy dishes share of sales,30,"50,5",38,%',
  ',Students raise maths scores,q9,,,Students up by 20 points or more,0,80,25,%',
].join('\n');
const otherHeaders = ['Objective;Quarter;Key result;Baseline;Goal value;Actual', 'Launch the MVP;q1-2026;Core functions shipped on time;0;5;2'].join('\n');

const meta = {
  title: 'Components/ImportDialog',
  component: ImportDialog,
  tags: ['autodocs'],
  decorators: [withOkrStore()],
  args: { trigger: <button type="button">Import CSV</button>, defaultText: goodCsv, onImported: fn() },
  argTypes: { trigger: { control: false }, container: { control: false }, onOpenChange: { action: 'openChange' } },
  parameters: {
    docs: {
      description: {
        component:
          'Imports objectives and key results from CSV: choose or paste a file, map its columns, read the dry-run preview with every ' +
          'problem at its row and column, then Import writes one batch through the store. Disabled while problems remain or `can` refuses; ' +
          'a refused save keeps the preview.',
      },
    },
  },
} satisfies Meta<typeof ImportDialog>;
export default meta;
type Story = StoryObj<typeof meta>;

async function openDialog(canvasElement: HTMLElement) {
  await userEvent.click(within(canvasElement).getByRole('button', { name: 'Import CSV' }));
  return within(await within(canvasElement.ownerDocument.body).findByRole('dialog'));
}

/** A clean file: the preview counts what it creates, Import writes one batch and says how many records. */
export const Default: Story = {
  play: async ({ canvasElement, args }) => {
    const dialog = await openDialog(canvasElement);
    await expect(dialog.getByText('5 to create, 0 to update, 0 unchanged')).toBeInTheDocument();
    await expect(dialog.getAllByText('No problems')).toHaveLength(3);
    await userEvent.click(dialog.getByRole('button', { name: 'Import' }));
    await expect(await dialog.findByText('5 records imported')).toBeInTheDocument();
    await expect(args.onImported).toHaveBeenCalledWith({ objectives: 2, keyResults: 3 });
    // The same file now matches what is stored: importing it again would change nothing.
    await waitFor(() => expect(dialog.getByText('0 to create, 0 to update, 5 unchanged')).toBeInTheDocument());
    await expect(dialog.getByRole('button', { name: 'Import' })).toBeDisabled();
  },
};

/** A file with a decimal comma and an unknown period: each problem at its row and column, Import disabled until fixed. */
export const WithErrors: Story = {
  args: { defaultText: csvWithMistakes },
  play: async ({ canvasElement }) => {
    const dialog = await openDialog(canvasElement);
    await expect(dialog.getByText('2 problems to fix before importing')).toBeInTheDocument();
    await expect(dialog.getByText(/target: uses a decimal comma: write 50\.5/)).toBeInTheDocument();
    await expect(dialog.getByRole('button', { name: 'Import' })).toBeDisabled();
    const textarea = dialog.getByLabelText('CSV text');
    await userEvent.clear(textarea);
    await userEvent.click(textarea);
    await userEvent.paste(goodCsv);
    await expect(await dialog.findByText('5 to create, 0 to update, 0 unchanged')).toBeInTheDocument();
    await expect(dialog.getByRole('button', { name: 'Import' })).toBeEnabled();
  },
};

/** Another tool's headers, semicolon-separated: the mapping is suggested and can be changed. */
export const MappedColumns: Story = {
  args: { defaultText: otherHeaders },
  play: async ({ canvasElement }) => {
    const dialog = await openDialog(canvasElement);
    await expect(dialog.getByRole('combobox', { name: 'target' })).toHaveValue('Goal value');
    await expect(dialog.getByText('2 to create, 0 to update, 0 unchanged')).toBeInTheDocument();
    await userEvent.selectOptions(dialog.getByRole('combobox', { name: 'target' }), '');
    await expect(await dialog.findByText(/target: is needed for a numeric key result/)).toBeInTheDocument();
    await expect(dialog.getByRole('button', { name: 'Import' })).toBeDisabled();
  },
};

/** Storage refuses the batch: the message says so and the preview stays for a retry. */
export const ImportFails: Story = {
  decorators: [withOkrStore(undefined, { offline: true })],
  play: async ({ canvasElement }) => {
    const dialog = await openDialog(canvasElement);
    await userEvent.click(dialog.getByRole('button', { name: 'Import' }));
    const alert = await dialog.findByRole('alert');
    await expect(alert).toHaveTextContent('The import was not saved');
    await expect(alert).toHaveTextContent('Storage could not be reached.');
    await expect(dialog.getByText('5 to create, 0 to update, 0 unchanged')).toBeInTheDocument();
    await expect(dialog.getByLabelText('CSV text')).toHaveValue(goodCsv);
    await expect(dialog.getByRole('button', { name: 'Import' })).toBeEnabled();
  },
};

/** The provider's `can` refuses creating objectives: Import stays disabled and says why. */
export const NotAllowed: Story = {
  decorators: [withOkrStore(undefined, { can: (action) => action === 'read' })],
  play: async ({ canvasElement }) => {
    const dialog = await openDialog(canvasElement);
    await expect(dialog.getByText('You can’t create or change some of these records.')).toBeInTheDocument();
    await expect(dialog.getByRole('button', { name: 'Import' })).toBeDisabled();
  },
};

/** Nothing chosen yet: only the file and text fields. */
export const Empty: Story = {
  args: { defaultText: '' },
  play: async ({ canvasElement }) => {
    const dialog = await openDialog(canvasElement);
    await expect(dialog.queryByRole('table')).toBeNull();
    await expect(dialog.getByRole('button', { name: 'Import' })).toBeDisabled();
  },
};

/** Opened from a dark page. */
export const Dark: Story = {
  globals: { colorScheme: 'dark' },
  play: async ({ canvasElement }) => {
    await userEvent.click(within(canvasElement).getByRole('button', { name: 'Import CSV' }));
    const dialog = await within(canvasElement.ownerDocument.body).findByRole('dialog');
    await expect(dialog).toHaveAttribute('data-color-scheme', 'dark');
  },
};

/** A right-to-left page: the dialog takes `dir` from its trigger. */
export const RightToLeft: Story = {
  globals: { direction: 'rtl', locale: 'ar-EG' },
  play: async ({ canvasElement }) => {
    await userEvent.click(within(canvasElement).getByRole('button', { name: 'Import CSV' }));
    const dialog = await within(canvasElement.ownerDocument.body).findByRole('dialog');
    await expect(dialog).toHaveAttribute('dir', 'rtl');
  },
};

/** Built from its parts: a host that imports only files in okrkit's own columns leaves out the mapping and puts Import first. */
export const ComposedFromParts: Story = {
  render: (args) => (
    <ImportDialogRoot defaultText={args.defaultText} onImported={args.onImported}>
      <ImportDialogTrigger>
        <button type="button">Import CSV</button>
      </ImportDialogTrigger>
      <ImportDialogContent>
        <ImportDialogActions />
        <ImportDialogSource />
        <ImportDialogMessages />
        <ImportDialogPreview />
      </ImportDialogContent>
    </ImportDialogRoot>
  ),
  play: async ({ canvasElement, args }) => {
    const dialog = await openDialog(canvasElement);
    await expect(dialog.queryByRole('group', { name: 'Columns' })).toBeNull();
    await expect(dialog.getByText('5 to create, 0 to update, 0 unchanged')).toBeInTheDocument();
    await userEvent.click(dialog.getByRole('button', { name: 'Import' }));
    await expect(await dialog.findByText('5 records imported')).toBeInTheDocument();
    await expect(args.onImported).toHaveBeenCalledWith({ objectives: 2, keyResults: 3 });
  },
};
