import { ConflictError, ForbiddenError, NotFoundError, OkrStorageError, ReadOnlyError, UnavailableError, ValidationFailedError } from '@okrkit/core';
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { defaultLabels } from '../provider/labels';
import { InlineEditError, conflictRecord } from './inline-edit-error';

function renderError(error: OkrStorageError, theirs?: string | null) {
  const onRetry = vi.fn();
  const onCancel = vi.fn();
  render(
    <>
      <input aria-label="Title" aria-describedby="why" defaultValue="My title" />
      <InlineEditError id="why" error={error} yours="My title" theirs={theirs} labels={defaultLabels} onRetry={onRetry} onCancel={onCancel} />
    </>,
  );
  return { onRetry, onCancel };
}

const changed = (title: string) => new ConflictError('objective', 'obj-1', 1, { kind: 'objective', record: { id: 'obj-1', title }, version: 2 });

describe('InlineEditError', () => {
  it('given storage offline, it says the save failed and why, describes the field, and offers Retry and Cancel', async () => {
    const user = userEvent.setup();
    const { onRetry, onCancel } = renderError(new UnavailableError('offline'));
    expect(screen.getByRole('alert')).toHaveTextContent('Not saved. Storage could not be reached.');
    expect(screen.getByRole('textbox', { name: 'Title' })).toHaveAccessibleDescription(/^Not saved\. Storage could not be reached/);
    await user.click(screen.getByRole('button', { name: 'Retry' }));
    expect(onRetry).toHaveBeenCalledOnce();
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(onCancel).toHaveBeenCalledOnce();
  });

  it('given a forbidden or read-only save, it says so and offers only Cancel (trying again cannot help)', () => {
    renderError(new ForbiddenError());
    expect(screen.getByRole('alert')).toHaveTextContent('Not saved. You are not allowed to make this change.');
    expect(screen.queryByRole('button', { name: 'Retry' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Cancel' })).toBeInTheDocument();
  });

  it('given a read-only store or a record gone, it says so without Retry', () => {
    renderError(new NotFoundError('objective', 'obj-1'));
    expect(screen.getByRole('alert')).toHaveTextContent('Not saved. This item no longer exists.');
    expect(screen.queryByRole('button', { name: 'Retry' })).not.toBeInTheDocument();
    cleanup();
    renderError(new ReadOnlyError());
    expect(screen.getByRole('alert')).toHaveTextContent('This storage is read-only.');
    expect(screen.queryByRole('button', { name: 'Retry' })).not.toBeInTheDocument();
  });

  it('given a refused value, it adds the store’s reasons in brackets, without Retry', () => {
    renderError(new ValidationFailedError([{ path: 'title', message: 'must not be empty' }]));
    expect(screen.getByRole('alert')).toHaveTextContent('Not saved. Storage refused the value. Fix it and press Enter. (must not be empty)');
    expect(screen.queryByRole('button', { name: 'Retry' })).not.toBeInTheDocument();
  });

  it('given a conflict, it shows theirs and yours; "Keep theirs" cancels, "Use mine" retries', async () => {
    const user = userEvent.setup();
    const { onRetry, onCancel } = renderError(changed('Their title'), 'Their title');
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('Someone else changed this while you were editing.');
    const versions = within(alert.parentElement!);
    expect(versions.getByText('Theirs').nextElementSibling).toHaveTextContent('Their title');
    expect(versions.getByText('Yours').nextElementSibling).toHaveTextContent('My title');
    expect(screen.queryByRole('button', { name: 'Retry' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Use mine' }));
    expect(onRetry).toHaveBeenCalledOnce();
    await user.click(screen.getByRole('button', { name: 'Keep theirs' }));
    expect(onCancel).toHaveBeenCalledOnce();
  });

  it('given the record was deleted meanwhile, theirs reads "—" and there is no "Use mine"', () => {
    renderError(new ConflictError('objective', 'obj-1', 1, null), null);
    expect(screen.getByText('Theirs').nextElementSibling).toHaveTextContent('—');
    expect(screen.getByRole('button', { name: 'Keep theirs' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Use mine' })).not.toBeInTheDocument();
  });
});

describe('InlineEditError, unknown failures', () => {
  it('given an error storage did not classify, it says something went wrong and offers Retry', () => {
    renderError(new OkrStorageError('unknown', 'boom'));
    expect(screen.getByRole('alert')).toHaveTextContent('Not saved. Something went wrong while saving.');
    expect(screen.getByRole('button', { name: 'Retry' })).toBeInTheDocument();
  });
});

describe('conflictRecord', () => {
  it('given a conflict, it returns the stored record, null when deleted, and undefined for any other error', () => {
    expect(conflictRecord(changed('Their title'))).toEqual({ id: 'obj-1', title: 'Their title' });
    expect(conflictRecord(new ConflictError('objective', 'obj-1', 1, null))).toBeNull();
    expect(conflictRecord(new UnavailableError('offline'))).toBeUndefined();
  });
});
