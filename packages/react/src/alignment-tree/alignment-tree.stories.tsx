import type { OkrSet } from '@okrkit/core';
import { domainExamplePeople, domainExamples, generateOrganisation, type GeneratedOrganisation } from '@okrkit/core/examples';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { withOkrStore } from '../internal/story-store';
import { useId, useState, type ComponentProps } from 'react';
import { AlignmentTree, type AlignmentTreeNodeRenderProps } from './index';

const topLevelTeamIds = ['brightline', 'kestrel-labs', 'green-table', 'bright-minds'];
const renderOwner = (ownerId: string) => domainExamplePeople[ownerId] ?? ownerId;

function withObjectives(patch: Record<string, Partial<OkrSet['objectives'][number]>>): OkrSet {
  return { ...domainExamples, objectives: domainExamples.objectives.map((objective) => ({ ...objective, ...patch[objective.id] })) };
}

// Generated once, on first use: 5,000 objectives are not free, and most stories never need them.
let organisation: GeneratedOrganisation | undefined;
const bigOrganisation = () => (organisation ??= generateOrganisation({ objectives: 5000, loop: true }));

const meta = {
  title: 'Components/AlignmentTree',
  component: AlignmentTree,
  tags: ['autodocs'],
  decorators: [withOkrStore()],
  args: { topLevelTeamIds, renderOwner, defaultExpanded: 'all', direction: 'top-down', reducedMotion: false },
  argTypes: {
    direction: { control: 'inline-radio', options: ['top-down', 'left-right'] },
    text: { control: 'text' },
    statuses: { control: 'check', options: ['not-started', 'on-track', 'at-risk', 'off-track', 'achieved'] },
    reducedMotion: { control: 'boolean' },
    renderOwner: { control: false },
    renderNode: { control: false },
  },
  parameters: {
    layout: 'fullscreen',
    docs: {
      description: {
        component:
          'Who serves whom, from the company down to each person: compact objective cards with rolled-up progress, links (primary solid, ' +
          'secondary dashed, loops red), orphans grouped under a warning, loops reported as an error. Drag to pan, wheel or pinch to zoom; ' +
          'a WAI-ARIA tree for the keyboard (arrows, Home/End, `*`, type-ahead). Only the nodes in view are in the DOM.',
      },
    },
  },
} satisfies Meta<typeof AlignmentTree>;

export default meta;
type Story = StoryObj<typeof meta>;

const treeOf = async (canvasElement: HTMLElement) => within(canvasElement).findByRole('tree', {}, { timeout: 10_000 });
const focused = () => document.activeElement as HTMLElement;
/** The focused node is inside the visible canvas (not merely in the DOM). */
function expectInView(element: HTMLElement, canvasElement: HTMLElement) {
  const view = (canvasElement.querySelector('[data-slot="alignment-tree-viewport"]') as HTMLElement).getBoundingClientRect();
  const box = element.getBoundingClientRect();
  expect(box.left).toBeGreaterThanOrEqual(view.left - 1);
  expect(box.right).toBeLessThanOrEqual(view.right + 1);
  expect(box.top).toBeGreaterThanOrEqual(view.top - 1);
  expect(box.bottom).toBeLessThanOrEqual(view.bottom + 1);
}

/** The DOMAIN.md organisations; clicking a card selects it and highlights its path to the top. */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    const tree = await treeOf(canvasElement);
    const support = await within(tree).findByRole('treeitem', { name: /Answer every customer/ });
    await userEvent.click(support);
    await expect(support).toHaveAttribute('aria-selected', 'true');
    await expect(support).toHaveAttribute('aria-level', '4');
    const growth = within(tree).getByRole('treeitem', { name: /Make Brightline the app/ });
    await expect(growth).toHaveAttribute('data-on-path', 'true');
    await expect(canvasElement.querySelector('path[data-kind="path"]')).not.toBeNull();

    // Wheel zooms at the cursor, a drag pans (and selects nothing), "Fit" frames the tree.
    const viewport = canvasElement.querySelector('[data-slot="alignment-tree-viewport"]') as HTMLElement;
    const layer = canvasElement.querySelector('[data-slot="alignment-tree-layer"]') as HTMLElement;
    const scaleOf = () => Number(/scale\(([\d.]+)\)/.exec(layer.style.transform)?.[1]);
    const box = viewport.getBoundingClientRect();
    const at = { clientX: box.left + 100, clientY: box.top + 100, bubbles: true, cancelable: true };
    const before = scaleOf();
    viewport.dispatchEvent(new WheelEvent('wheel', { ...at, deltaY: -200 }));
    await waitFor(() => expect(scaleOf()).toBeGreaterThan(before));
    const moved = layer.style.transform;
    viewport.dispatchEvent(new PointerEvent('pointerdown', { ...at, pointerId: 7, button: 0, pointerType: 'mouse' }));
    viewport.dispatchEvent(new PointerEvent('pointermove', { ...at, clientX: at.clientX + 60, pointerId: 7, pointerType: 'mouse' }));
    viewport.dispatchEvent(new PointerEvent('pointerup', { ...at, clientX: at.clientX + 60, pointerId: 7, pointerType: 'mouse' }));
    await waitFor(() => expect(layer.style.transform).not.toBe(moved));
    const zoomed = scaleOf();
    await expect(zoomed).toBeCloseTo(Math.min(2, before * Math.exp(0.3)), 3);
    await userEvent.click(within(canvasElement).getByRole('button', { name: 'Fit to view' }));
    await waitFor(() => expect(scaleOf()).toBeLessThan(zoomed));
  },
};

/** An objective that serves nothing above it sits under "Not aligned", with a warning and a count. */
export const Orphans: Story = {
  decorators: [withOkrStore(withObjectives({ 'obj-support': { parentId: undefined }, 'obj-training': { parentId: undefined } }))],
  play: async ({ canvasElement }) => {
    const tree = await treeOf(canvasElement);
    await expect(within(canvasElement).getByText('2 objectives serve nothing above them')).toBeInTheDocument();
    const group = within(tree).getByRole('treeitem', { name: /Not aligned/ });
    await expect(group).toHaveAttribute('aria-expanded', 'true');
    await expect(within(tree).getByRole('treeitem', { name: /Answer every customer/ })).toHaveAttribute('aria-level', '2');
  },
};

/**
 * A chain that comes back to itself is an error, listed link by link. (Storage refuses a
 * `parentId` loop, but a `contributesTo` link promoted to primary can still close one.)
 */
export const LoopError: Story = {
  decorators: [withOkrStore(withObjectives({ 'obj-company-growth': { contributesTo: ['obj-support'] } }))],
  play: async ({ canvasElement }) => {
    const tree = await treeOf(canvasElement);
    const error = canvasElement.querySelector('[data-slot="alignment-tree-error"]') as HTMLElement;
    await expect(error).toHaveTextContent('An alignment loop');
    await expect(error).toHaveTextContent(/Answer every customer quickly and well → Keep the users we win → .+ → Answer every customer/);
    // The loop members sit side by side under "Alignment loops", joined by red dotted links.
    (tree.querySelector('[tabindex="0"]') as HTMLElement).focus();
    await userEvent.keyboard('{End}{ArrowLeft}');
    await expect(focused()).toHaveAccessibleName(/Alignment loops/);
    await userEvent.keyboard('{ArrowRight}');
    await expect(focused()).toHaveAccessibleName(/Answer every customer/);
    await waitFor(() => expect(canvasElement.querySelector('path[data-kind="loop"]')).not.toBeNull());
  },
};

/** Filtering by text keeps the ancestors of every match, so the tree stays connected. */
export const Filtered: Story = {
  args: { text: 'customer' },
  play: async ({ canvasElement }) => {
    const tree = await treeOf(canvasElement);
    await expect(within(canvasElement).getByText(/\d+ match(es)?$/)).toBeInTheDocument();
    const match = within(tree).getByRole('treeitem', { name: /Answer every customer/ });
    await expect(match).toHaveAttribute('data-match', 'true');
    const ancestor = within(tree).getByRole('treeitem', { name: /Keep the users we win/ });
    await expect(ancestor).not.toHaveAttribute('data-match');
    await expect(within(tree).queryByRole('treeitem', { name: /maths/ })).toBeNull();
  },
};

/** 5,000 generated objectives: the DOM holds only what is in view, and focus follows the keyboard off-screen. */
export const FiveThousand: Story = {
  decorators: [(Story, context) => withOkrStore(bigOrganisation().okrSet)(Story, context)],
  args: {
    topLevelTeamIds: ['company'],
    defaultExpanded: undefined,
    renderOwner: (ownerId: string) => bigOrganisation().people.find((person) => person.id === ownerId)?.name ?? ownerId,
  },
  beforeEach: () => {
    bigOrganisation();
  },
  // A full-HD canvas (wider than the test iframe): the worst case for the DOM budget is a big view.
  render: (args) => (
    <div style={{ width: 1920, ['--okr-tree-height' as string]: '1080px' }}>
      <AlignmentTree {...args} />
    </div>
  ),
  play: async ({ canvasElement }) => {
    const tree = await treeOf(canvasElement);
    await expect(canvasElement.querySelectorAll('*').length).toBeLessThanOrEqual(2500);
    const first = tree.querySelector('[tabindex="0"]') as HTMLElement;
    first.focus();
    await userEvent.keyboard('{Home}');
    for (let step = 0; step < 40; step++) {
      await userEvent.keyboard('{ArrowDown}');
      await expect(focused()).toHaveAttribute('role', 'treeitem');
      expectInView(focused(), canvasElement);
    }
    // Expand every sibling team of a team: thousands of people laid out, still a small DOM.
    await userEvent.keyboard('*');
    await waitFor(() => expect(focused()).toHaveAttribute('aria-expanded', 'true'));
    await expect(canvasElement.querySelectorAll('*').length).toBeLessThanOrEqual(2500);
    await userEvent.keyboard('{End}');
    expectInView(focused(), canvasElement);
    await expect(canvasElement.querySelectorAll('*').length).toBeLessThanOrEqual(2500);
    // Zoomed out as far as allowed, over thousands of laid-out people: compact nodes, still in budget.
    const zoomOut = within(canvasElement).getByRole('button', { name: 'Zoom out' });
    for (let step = 0; step < 10; step++) await userEvent.click(zoomOut);
    await waitFor(() => expect(tree.querySelector('[data-detail="compact"]')).not.toBeNull());
    await expect(canvasElement.querySelectorAll('*').length).toBeLessThanOrEqual(2500);
  },
};

/** Levels across the page instead of down. */
export const LeftToRight: Story = {
  args: { direction: 'left-right' },
  play: async ({ canvasElement }) => {
    const tree = await treeOf(canvasElement);
    const parent = within(tree).getByRole('treeitem', { name: /Make Brightline the app/ }).getBoundingClientRect();
    const child = within(tree).getByRole('treeitem', { name: /Significantly increase user activity/ }).getBoundingClientRect();
    await expect(child.left).toBeGreaterThan(parent.right);
  },
};

export const Dark: Story = {
  globals: { colorScheme: 'dark' },
};

/** In right-to-left pages the tree mirrors: levels grow leftwards. */
export const RightToLeft: Story = {
  globals: { direction: 'rtl' },
  args: { direction: 'left-right' },
  play: async ({ canvasElement }) => {
    const tree = await treeOf(canvasElement);
    await waitFor(async () => {
      const parent = within(tree).getByRole('treeitem', { name: /Make Brightline the app/ }).getBoundingClientRect();
      const child = within(tree).getByRole('treeitem', { name: /Significantly increase user activity/ }).getBoundingClientRect();
      await expect(child.right).toBeLessThan(parent.left);
    });
  },
};

const longEnglishTitle = 'Answer every customer question within one working day, in every channel we offer, including the new chat and the phone line';
const hebrewTitle = 'להכשיר את כל הצוות בכלים החדשים עד סוף הרבעון';

/**
 * Right to left with user text in both directions: each title takes its own direction
 * (`dir="auto"`), so an English title in a right-to-left tree is cut at its end ("Answer
 * every customer…"), never at its start, and a Hebrew title reads right to left.
 */
export const RightToLeftLongTitles: Story = {
  globals: { direction: 'rtl' },
  decorators: [withOkrStore(withObjectives({ 'obj-support': { title: longEnglishTitle }, 'obj-training': { title: hebrewTitle } }))],
  play: async ({ canvasElement }) => {
    const tree = await treeOf(canvasElement);
    const titleOf = (text: string) =>
      [...tree.querySelectorAll<HTMLElement>('[data-slot="alignment-tree-node-title"]')].find((title) => title.textContent === text);
    await waitFor(() => expect(titleOf(longEnglishTitle)).toBeDefined(), { timeout: 10_000 });
    const english = titleOf(longEnglishTitle) as HTMLElement;
    await expect(getComputedStyle(tree).direction).toBe('rtl');
    await expect(getComputedStyle(english).direction).toBe('ltr');
    await expect(getComputedStyle(english).textOverflow).toBe('ellipsis');
    // Truncated, and what is cut is the end: the first letter is inside the visible box.
    await expect(english.scrollWidth).toBeGreaterThan(english.clientWidth);
    const firstLetter = document.createRange();
    firstLetter.setStart(english.firstChild as Text, 0);
    firstLetter.setEnd(english.firstChild as Text, 1);
    const letter = firstLetter.getBoundingClientRect();
    const box = english.getBoundingClientRect();
    await expect(letter.left).toBeGreaterThanOrEqual(box.left - 1);
    await expect(letter.right).toBeLessThanOrEqual(box.right + 1);
    const hebrew = titleOf(hebrewTitle);
    if (hebrew) await expect(getComputedStyle(hebrew).direction).toBe('rtl');
  },
};

/** The WAI-ARIA tree keys, one after another. */
export const KeyboardNavigation: Story = {
  args: { defaultExpanded: [] },
  play: async ({ canvasElement }) => {
    const tree = await treeOf(canvasElement);
    const items = () => within(tree).getAllByRole('treeitem');
    await expect(items().filter((item) => item.tabIndex === 0)).toHaveLength(1);
    (items().find((item) => item.tabIndex === 0) as HTMLElement).focus();
    // Tree order: roots by priority, then title; children under their parent.
    await userEvent.keyboard('{Home}');
    await expect(focused()).toHaveAccessibleName(/healthy-dining/);
    await userEvent.keyboard('{ArrowDown}{ArrowDown}');
    await expect(focused()).toHaveAccessibleName(/Make Brightline the app/);
    await expect(focused()).toHaveAttribute('aria-expanded', 'false');
    await userEvent.keyboard('{ArrowRight}');
    await expect(focused()).toHaveAttribute('aria-expanded', 'true');
    await userEvent.keyboard('{ArrowRight}');
    await expect(focused()).toHaveAccessibleName(/Significantly increase user activity/);
    await userEvent.keyboard('{ArrowLeft}');
    await expect(focused()).toHaveAccessibleName(/Make Brightline the app/);
    await userEvent.keyboard('{ArrowLeft}');
    await expect(focused()).toHaveAttribute('aria-expanded', 'false');
    // `*` expands every sibling that has children: both company trees of Brightline.
    await userEvent.keyboard('*');
    await expect(focused()).toHaveAttribute('aria-expanded', 'true');
    await expect(within(tree).getByRole('treeitem', { name: /Grow a team that learns/ })).toHaveAttribute('aria-expanded', 'true');
    await userEvent.keyboard('lead');
    await expect(focused()).toHaveAccessibleName(/Lead technical innovation/);
    expectInView(focused(), canvasElement);
    await userEvent.keyboard('{End}');
    await expect(focused()).toHaveAccessibleName(/Make our internal training/);
    await userEvent.keyboard('{Enter}');
    await expect(focused()).toHaveAttribute('aria-selected', 'true');
  },
};

/** A host's node with an Edit action that asks the policy the tree hands it (`can`), as a host would write it. */
function NodeWithEdit({ title, can, onEdit }: Pick<AlignmentTreeNodeRenderProps, 'title' | 'can'> & { onEdit: (title: string) => void }) {
  const { allowed, reason } = can('update');
  const reasonId = useId();
  return (
    <>
      <span data-slot="alignment-tree-node-title" dir="auto">
        {title}
      </span>
      <button
        type="button"
        aria-disabled={allowed ? undefined : true}
        aria-describedby={allowed ? undefined : reasonId}
        title={reason}
        onClick={(event) => {
          // The tree selects on click; the host's action is its own.
          event.stopPropagation();
          if (allowed) onEdit(title);
        }}
      >
        Edit
      </button>
      {allowed ? null : (
        <span id={reasonId} hidden>
          {reason}
        </span>
      )}
    </>
  );
}

function TreeWithEdit(props: ComponentProps<typeof AlignmentTree>) {
  const [edited, setEdited] = useState('');
  return (
    <>
      <p role="status">{edited ? `Editing ${edited}` : 'Nothing edited'}</p>
      <AlignmentTree {...props} renderNode={(node) => <NodeWithEdit title={node.title} can={node.can} onEdit={setEdited} />} />
    </>
  );
}

/**
 * The tree only selects and expands; what a host draws in a node (here an Edit button) asks the
 * provider's policy through `renderNode`'s `can`. The policy lets people edit only the product
 * team's objectives: every other node's Edit is `aria-disabled`, names the reason on hover
 * (`title`) and focus (its description), and does nothing.
 */
export const ReadOnlyByPolicy: Story = {
  decorators: [withOkrStore(domainExamples, { can: (action, target) => action !== 'update' || (target.objective as { teamId?: string } | undefined)?.teamId === 'brightline-product' })],
  render: (args) => <TreeWithEdit {...args} />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await treeOf(canvasElement);
    const itemOf = (title: string) => canvas.getAllByRole('treeitem').find((item) => item.textContent?.includes(title)) as HTMLElement;
    const product = domainExamples.objectives.find((objective) => objective.id === 'obj-user-activity')!;
    const other = domainExamples.objectives.find((objective) => objective.id === 'obj-retention')!;
    await waitFor(() => expect(itemOf(product.title)).toBeDefined());
    const allowedEdit = within(itemOf(product.title)).getByRole('button', { name: 'Edit' });
    const refusedEdit = within(itemOf(other.title)).getByRole('button', { name: 'Edit' });
    await expect(allowedEdit).not.toHaveAttribute('aria-disabled');
    await expect(refusedEdit).toHaveAttribute('aria-disabled', 'true');
    await expect(refusedEdit).toHaveAttribute('title', "You can't edit this team's objectives");
    await expect(refusedEdit).toHaveAccessibleDescription("You can't edit this team's objectives");
    await userEvent.click(refusedEdit);
    await expect(canvas.getByRole('status')).toHaveTextContent('Nothing edited');
    await userEvent.click(allowedEdit);
    await expect(canvas.getByRole('status')).toHaveTextContent(`Editing ${product.title}`);
  },
};
