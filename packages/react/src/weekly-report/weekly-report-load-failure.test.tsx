import { ForbiddenError, OkrStorageError, UnavailableError } from '@okrkit/core';
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { OkrProvider, type OkrErrorInfo } from '../provider/index';
import { de } from '../locales/de';
import { WeeklyReportBuilder } from './weekly-report-builder';
import { createReportStores, surveyNow, typicalWeek, type ReportStores } from './weekly-report.fixtures';

function renderWith(stores: ReportStores, props: { onError?: (error: OkrStorageError, context: OkrErrorInfo) => void; labels?: typeof de; can?: Parameters<typeof OkrProvider>[0]['can']; reportId?: string } = {}) {
  return render(
    <OkrProvider store={stores.okrStore} locale="en-US" now={surveyNow} onError={props.onError} labels={props.labels} can={props.can}>
      <WeeklyReportBuilder store={stores.reportStore} reportId={props.reportId ?? typicalWeek.id} currentUserId="ana" />
    </OkrProvider>,
  );
}

describe('WeeklyReportBuilder: a failed load', () => {
  afterEach(() => {
    cleanup();
    vi.restoreAllMocks();
  });

  it('given storage down, it says storage could not be reached (not "does not exist"), and Retry loads the report', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const stores = await createReportStores([typicalWeek], { loadFailure: new UnavailableError('GET /api/okr/records failed: ECONNREFUSED') });
    const { container } = renderWith(stores);
    expect(screen.getByRole('alert')).toHaveTextContent('The report could not be loaded. Storage could not be reached. Check the connection, then retry.');
    expect(screen.queryByText('This report does not exist.')).toBeNull();
    // The developer detail stays off the screen.
    expect(container).not.toHaveTextContent('ECONNREFUSED');
    expect(container.querySelector('[data-slot="weekly-report"]')).toHaveAttribute('data-state', 'unavailable');
    stores.control.loadFailure = null;
    await userEvent.click(screen.getByRole('button', { name: 'Retry' }));
    expect(await screen.findByRole('heading', { name: 'Weekly report' })).toBeInTheDocument();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('given a 403, it says the person may not see the report, a state of its own', async () => {
    const stores = await createReportStores([typicalWeek], { loadFailure: new ForbiddenError('GET /api/okr/records answered 403') });
    const { container } = renderWith(stores);
    expect(screen.getByRole('alert')).toHaveTextContent('You are not allowed to see this report.');
    expect(container.querySelector('[data-slot="weekly-report"]')).toHaveAttribute('data-state', 'forbidden');
    expect(screen.getByRole('button', { name: 'Retry' })).toBeInTheDocument();
  });

  it('given a loaded store without the report, it says it does not exist, and Retry finds it once saved elsewhere', async () => {
    const stores = await createReportStores([]);
    const { container } = renderWith(stores);
    expect(screen.getByText('This report does not exist.')).toBeInTheDocument();
    expect(container.querySelector('[data-slot="weekly-report"]')).toHaveAttribute('data-state', 'not-found');
    await stores.control.saveElsewhere(typicalWeek);
    await userEvent.click(screen.getByRole('button', { name: 'Retry' }));
    expect(await screen.findByRole('heading', { name: 'Weekly report' })).toBeInTheDocument();
  });

  it('given a failed load, it hands the error with its detail to the provider onError once, naming the report', async () => {
    const failure = new UnavailableError('GET /api/okr/records failed: ECONNREFUSED');
    const stores = await createReportStores([typicalWeek], { loadFailure: failure });
    const onError = vi.fn();
    renderWith(stores, { onError });
    await waitFor(() => expect(onError).toHaveBeenCalledOnce());
    expect(onError).toHaveBeenCalledWith(failure, { widget: 'report', action: 'load', kind: 'weeklyReport', recordId: typicalWeek.id });
  });

  it('given a load storage answers "not found" (no route), it says so as a failure, in German with German labels', async () => {
    const stores = await createReportStores([typicalWeek], { loadFailure: new OkrStorageError('not-found', 'no okrkit route at /api/okr/records') });
    renderWith(stores, { labels: de });
    expect(screen.getByRole('alert')).toHaveTextContent(de.report.notFound);
    expect(screen.queryByText(/no okrkit route/)).toBeNull();
    expect(screen.getByRole('button', { name: de.report.retry })).toBeInTheDocument();
  });
});

describe('WeeklyReportBuilder: the provider policy', () => {
  afterEach(cleanup);

  it('given a policy that refuses updating the report, it shows no inputs and a disabled Submit that says why on focus', async () => {
    const stores = await createReportStores([typicalWeek]);
    const can = vi.fn((action: string, target: { kind: string }) => !(action === 'update' && target.kind === 'weeklyReport'));
    renderWith(stores, { can });
    expect(screen.queryByRole('button', { name: 'Add task' })).toBeNull();
    expect(screen.queryByRole('textbox', { name: 'Expected result: 100 valid questionnaires' })).toBeNull();
    const submit = screen.getByRole('button', { name: 'Submit' });
    expect(submit).toHaveAttribute('aria-disabled', 'true');
    expect(submit).toHaveAccessibleDescription('You may not change this report.');
    expect(submit).toHaveAttribute('title', "You can't edit this person's weekly reports");
    await userEvent.click(submit);
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(can).toHaveBeenCalledWith('update', expect.objectContaining({ kind: 'weeklyReport' }));
  });

  it('given a policy that allows it, the report is editable as before', async () => {
    const stores = await createReportStores([typicalWeek]);
    renderWith(stores, { can: () => true });
    expect(screen.getByRole('button', { name: 'Add task' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Submit' })).not.toHaveAttribute('aria-disabled');
  });

  it('given a submit storage refuses, onError hears the error and the dialog shows people only a plain sentence', async () => {
    const user = userEvent.setup();
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    const stores = await createReportStores([typicalWeek]);
    const onError = vi.fn();
    renderWith(stores, { onError });
    const refusal = new ForbiddenError('403 POST /api/okr/records: policy weekly-report.submit denied');
    vi.spyOn(stores.reportStore, 'submit').mockRejectedValue(refusal);
    await user.click(await screen.findByRole('button', { name: 'Submit' }));
    await user.click(screen.getByRole('button', { name: 'Submit report' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('You are not allowed to submit this report.');
    expect(screen.getByRole('dialog')).not.toHaveTextContent('403');
    expect(onError).toHaveBeenCalledWith(refusal, { widget: 'report', action: 'submit', kind: 'weeklyReport', recordId: typicalWeek.id });
    expect(logged).toHaveBeenCalledWith(expect.stringContaining('policy weekly-report.submit denied'), refusal);
  });

  it('given a save storage refuses, onError hears it with the report id', async () => {
    const stores = await createReportStores([typicalWeek]);
    const onError = vi.fn();
    renderWith(stores, { onError });
    stores.control.failing = true;
    const user = userEvent.setup();
    const expected = await screen.findByRole('textbox', { name: 'Expected result: 100 valid questionnaires' });
    await user.clear(expected);
    await user.type(expected, 'More{Tab}');
    await waitFor(() => expect(onError).toHaveBeenCalled(), { timeout: 3000 });
    expect(onError.mock.calls[0]![0]).toBeInstanceOf(UnavailableError);
    expect(onError.mock.calls[0]![1]).toEqual({ widget: 'report', action: 'save', kind: 'weeklyReport', recordId: typicalWeek.id });
  });
});
