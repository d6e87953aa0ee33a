import { domainExamples } from '@okrkit/core/examples';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { ObjectiveCard } from '../objective-card/index';
import { withOkrStore } from '../internal/story-store';
import { exampleDirectory } from './directory.fixtures';
import { PersonName } from './index';

/** A 1×1 grey pixel: an avatar that needs no network. */
const avatar = 'data:image/gif;base64,R0lGODlhAQABAIAAAMLCwgAAACH5BAAAAAAALAAAAAABAAEAAAICRAEAOw==';

function Directory({ personIds }: { personIds: string[] }) {
  return (
    <ul>
      {personIds.map((id) => (
        <li key={id}>
          <PersonName personId={id} />
        </li>
      ))}
    </ul>
  );
}

const meta = {
  title: 'Provider/Directory',
  component: Directory,
  decorators: [withOkrStore(domainExamples, { directory: exampleDirectory })],
  args: { personIds: ['priya-nair', 'jonas-weber', 'someone-unknown'] },
  parameters: {
    docs: {
      description: {
        component:
          'One directory of people and teams on `OkrProvider` (`directory={{ people, teams }}`): every widget names ids by it — ' +
          'the card’s owner, the tree, the weekly report, the timeline’s authors. An id the directory does not know is shown as is.',
      },
    },
  },
} satisfies Meta<typeof Directory>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Known people by name; the unknown id as written. */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByText('Priya Nair, Growth lead')).toHaveAttribute('data-known', 'true');
    await expect(canvas.getByText('someone-unknown')).toHaveAttribute('data-known', 'false');
  },
};

/** With avatars: decorative pictures beside the written name. */
export const Avatars: Story = {
  decorators: [withOkrStore(domainExamples, { directory: { people: { 'priya-nair': { name: 'Priya Nair', avatarUrl: avatar }, 'jonas-weber': { name: 'Jonas Weber', avatarUrl: avatar } } } })],
  args: { personIds: ['priya-nair', 'jonas-weber'] },
  play: async ({ canvasElement }) => {
    const image = (await within(canvasElement).findByText('Priya Nair')).querySelector('img');
    await expect(image).toHaveAttribute('alt', '');
  },
};

/** The card names its owner from the directory: no `renderOwner` needed. */
export const InACard: Story = {
  render: () => <ObjectiveCard objectiveId="obj-retention" />,
  play: async ({ canvasElement }) => {
    const card = await within(canvasElement).findByRole('article');
    await expect(within(card).getByText('Priya Nair, Growth lead')).toBeInTheDocument();
    await expect(card.textContent).not.toContain('priya-nair');
  },
};

export const Dark: Story = { globals: { colorScheme: 'dark' } };

export const RightToLeft: Story = { globals: { direction: 'rtl', locale: 'ar-EG' } };
