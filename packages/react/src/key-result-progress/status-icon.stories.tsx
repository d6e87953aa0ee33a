import type { Status } from '@okrkit/core';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { defaultLabels } from '../provider/labels';
import { CheckIcon, StatusIcon } from './status-icon';

const statuses: Status[] = ['not-started', 'on-track', 'at-risk', 'off-track', 'achieved'];

/** The icon where okrkit draws it: in a progress bar's status, which gives it the status colour. */
function InStatus({ status }: { status: Status }) {
  return (
    <div className="okr-key-result-progress" data-state={status}>
      <span data-slot="key-result-progress-status" data-state={status}>
        <StatusIcon status={status} />
        <span data-slot="key-result-progress-status-label">{defaultLabels.status[status]}</span>
      </span>
    </div>
  );
}

const meta = {
  title: 'Components/KeyResultProgress/StatusIcon',
  component: StatusIcon,
  tags: ['autodocs'],
  args: { status: 'at-risk' },
  argTypes: {
    status: { control: 'inline-radio', options: statuses },
    slot: { control: 'text', description: 'The `data-slot` to style it by' },
  },
  parameters: {
    docs: {
      description: {
        component:
          'One shape per status, so the status reads without colour and in forced-colours mode: an empty ring (not started), a filled dot ' +
          '(on track), a warning triangle (at risk), a cross (off track), a check (achieved). Decorative (`aria-hidden`): the status word beside it is what is read. ' +
          'It draws in `currentColor`; the colour comes from the status around it.',
      },
    },
  },
  render: (args) => <InStatus status={args.status} />,
} satisfies Meta<typeof StatusIcon>;

export default meta;
type Story = StoryObj<typeof meta>;

/** One status, chosen in the controls. */
export const Default: Story = {};

/** Every status side by side, each shape distinct; the binary KR's check last. */
export const AllStatuses: Story = {
  render: () => (
    <div style={{ display: 'grid', gap: 12 }}>
      {statuses.map((status) => (
        <InStatus key={status} status={status} />
      ))}
      <div className="okr-key-result-progress" data-state="achieved">
        <span data-slot="key-result-progress-status">
          <CheckIcon />
          <span>{defaultLabels.done}</span>
        </span>
      </div>
    </div>
  ),
  play: async ({ canvasElement }) => {
    const icons = Array.from(canvasElement.querySelectorAll('svg'));
    await expect(icons).toHaveLength(statuses.length + 1);
    for (const icon of icons) await expect(icon).toHaveAttribute('aria-hidden', 'true');
    const shapes = icons.slice(0, statuses.length).map((icon) => `${icon.querySelector('path')?.getAttribute('d')} ${icon.querySelector('path')?.getAttribute('fill')}`);
    await expect(new Set(shapes).size).toBe(statuses.length);
    await expect(within(canvasElement).getByText('At risk')).toBeVisible();
  },
};

/** The same on the dark tokens. */
export const Dark: Story = { ...AllStatuses, globals: { colorScheme: 'dark' }, play: undefined };
