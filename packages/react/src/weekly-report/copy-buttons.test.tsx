import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CopyButtons } from './copy-buttons';
import { surveyPeople, surveySet, typicalWeek } from './weekly-report.fixtures';
import { defaultWeeklyReportBuilderLabels as labels } from './weekly-report.labels';

const personName = (id: string) => surveyPeople.find((person) => person.id === id)?.name ?? id;
class FakeClipboardItem {
  constructor(readonly items: Record<string, Blob>) {}
}
function stubClipboard(clipboard: Partial<Clipboard> | undefined) {
  Object.defineProperty(navigator, 'clipboard', { value: clipboard, configurable: true });
}
const renderButtons = () => render(<CopyButtons report={typicalWeek} okrSet={surveySet} locale="en-US" personName={personName} labels={labels} />);

describe('CopyButtons', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('given the copy buttons, Markdown and chat go as plain text, email as text/html with a text/plain twin', async () => {
    const user = userEvent.setup();
    const writeText = vi.fn(async () => undefined);
    const write = vi.fn(async () => undefined);
    renderButtons();
    vi.stubGlobal('ClipboardItem', FakeClipboardItem);
    stubClipboard({ write, writeText });

    await user.click(screen.getByRole('button', { name: 'Copy as Markdown' }));
    expect(writeText).toHaveBeenLastCalledWith(expect.stringMatching(/^# Weekly report 2026-W10/));
    expect(screen.getByText('Copied as Markdown')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Copy for email' }));
    const item = (write.mock.calls[0] as unknown as [FakeClipboardItem[]])[0][0]!;
    expect(Object.keys(item.items)).toEqual(['text/html', 'text/plain']);
    expect(await item.items['text/html']!.text()).toContain('<h2');

    await user.click(screen.getByRole('button', { name: 'Copy for chat' }));
    expect(writeText).toHaveBeenLastCalledWith(expect.stringContaining('Send the reminder email'));
  });

  it('given a browser without ClipboardItem, email falls back to plain text, and the status says it was copied', async () => {
    const user = userEvent.setup();
    const writeText = vi.fn(async () => undefined);
    vi.stubGlobal('ClipboardItem', undefined);
    stubClipboard({ writeText });
    renderButtons();
    await user.click(screen.getByRole('button', { name: 'Copy for email' }));
    expect(writeText).toHaveBeenCalledWith(expect.stringContaining('Send the reminder email'));
    expect(writeText).not.toHaveBeenCalledWith(expect.stringContaining('<h2'));
    expect(screen.getByRole('status')).toHaveTextContent('Copied for email');
  });

  it('given a browser that refuses text/html, email falls back to plain text', async () => {
    const user = userEvent.setup();
    const writeText = vi.fn(async () => undefined);
    const write = vi.fn(async () => Promise.reject(new Error('text/html not allowed')));
    vi.stubGlobal('ClipboardItem', FakeClipboardItem);
    stubClipboard({ write, writeText });
    renderButtons();
    await user.click(screen.getByRole('button', { name: 'Copy for email' }));
    expect(write).toHaveBeenCalledOnce();
    expect(writeText).toHaveBeenCalledOnce();
    expect(screen.getByRole('status')).toHaveTextContent('Copied for email');
  });

  it('given a blocked clipboard, the status says so instead of claiming a copy', async () => {
    const user = userEvent.setup();
    stubClipboard({ writeText: vi.fn(async () => Promise.reject(new Error('denied'))) });
    renderButtons();
    await user.click(screen.getByRole('button', { name: 'Copy for chat' }));
    expect(screen.getByRole('status')).toHaveTextContent('Could not copy; your browser blocked the clipboard');
    stubClipboard(undefined);
    await user.click(screen.getByRole('button', { name: 'Copy as Markdown' }));
    expect(screen.getByRole('status')).toHaveTextContent('Could not copy; your browser blocked the clipboard');
  });
});
