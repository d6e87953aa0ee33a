import type { CycleStore } from '@okrkit/core/cycle';
import { domainExamplesNow } from '@okrkit/core/examples';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { useEffect, useState } from 'react';
import { expect, userEvent, within } from 'storybook/test';
import { CheckInDialog } from '../check-in-dialog/index';
import { closeOutStores } from '../close-out-dialog/close-out-dialog.fixtures';
import { CloseOutDialog } from '../close-out-dialog/index';
import { ImportDialog } from '../import-dialog/index';
import { OkrProvider } from '../provider/index';
import type { OkrStore } from '@okrkit/core';
import { withOkrStore } from './story-store';

/**
 * Every okrkit dialog portalled to `<body>` leaves the host page behind; `useHostPage` copies the
 * trigger page's `data-color-scheme` and `dir` onto it. These stories open each dialog from a dark,
 * right-to-left page (the canvas wrapper) and check what Chromium renders, not only the attributes:
 * the frame's background and text colours are the page's dark ones, and the title's text hugs the
 * right-hand edge of its box.
 */
const meta = {
  title: 'Internal/Dialogs on a dark right-to-left page',
  globals: { colorScheme: 'dark', direction: 'rtl' },
  parameters: {
    docs: { description: { component: 'The check-in, import and close-out dialogs opened from a dark right-to-left page: each renders dark and right to left.' } },
  },
} satisfies Meta;
export default meta;
type Story = StoryObj<typeof meta>;

/** Opens the dialog through its trigger and checks its rendered colours and direction against the page's. */
async function expectDarkAndRightToLeft(canvasElement: HTMLElement, triggerName: string) {
  await userEvent.click(await within(canvasElement).findByRole('button', { name: triggerName }));
  const dialog = await within(canvasElement.ownerDocument.body).findByRole('dialog');
  // Portalled out of the page: without the copied attributes it would be light and left to right.
  await expect(canvasElement.contains(dialog)).toBe(false);
  const page = getComputedStyle(canvasElement.querySelector('.okr-storybook-canvas') ?? canvasElement);
  const frame = getComputedStyle(dialog);
  await expect(page.backgroundColor).toBe('rgb(25, 25, 25)');
  await expect(frame.backgroundColor).toBe(page.backgroundColor);
  await expect(frame.color).toBe(page.color);
  await expect(frame.direction).toBe('rtl');
  // Laid out right to left: the title's (shorter than its box) text starts at the right-hand edge.
  const title = dialog.querySelector<HTMLElement>('[data-slot$="-dialog-title"]');
  if (!title) throw new Error('the dialog has no title part');
  const range = document.createRange();
  range.selectNodeContents(title);
  const text = range.getBoundingClientRect();
  const box = title.getBoundingClientRect();
  await expect(Math.abs(text.right - box.right)).toBeLessThanOrEqual(1);
  await expect(text.left - box.left).toBeGreaterThan(8);
}

/** The check-in dialog, portalled to `<body>`. */
export const CheckIn: Story = {
  decorators: [withOkrStore()],
  render: () => <CheckInDialog keyResultId="kr-patents" trigger={<button type="button">Check in</button>} />,
  play: ({ canvasElement }) => expectDarkAndRightToLeft(canvasElement, 'Check in'),
};

/** The import dialog, portalled to `<body>`. */
export const Import: Story = {
  decorators: [withOkrStore()],
  render: () => <ImportDialog trigger={<button type="button">Import CSV</button>} />,
  play: ({ canvasElement }) => expectDarkAndRightToLeft(canvasElement, 'Import CSV'),
};

/** The close-out dialog and its cycle store, on one memory adapter. */
function CloseOutOnPage() {
  const [stores, setStores] = useState<{ store: OkrStore; cycleStore: CycleStore } | null>(null);
  useEffect(() => {
    void closeOutStores().then(setStores);
  }, []);
  return stores ? (
    <OkrProvider store={stores.store} now={domainExamplesNow}>
      <CloseOutDialog objectiveId="obj-user-activity" cycleStore={stores.cycleStore} trigger={<button type="button">Close out</button>} />
    </OkrProvider>
  ) : null;
}

/** The close-out dialog, portalled to `<body>`. */
export const CloseOut: Story = {
  render: () => <CloseOutOnPage />,
  play: ({ canvasElement }) => expectDarkAndRightToLeft(canvasElement, 'Close out'),
};
