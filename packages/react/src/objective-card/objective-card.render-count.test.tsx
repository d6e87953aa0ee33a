import { act, render } from '@testing-library/react';
import { Profiler, forwardRef, type ComponentProps } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { ObjectiveCard } from './index';
import { loadedStore, withProvider } from './objective-card.test-utils';

// A render spy around the real progress bar (the card draws each KR's bar itself): counts renders per key result.
const progressRenders = vi.hoisted(() => new Map<string, number>());
vi.mock('../key-result-progress/key-result-progress-view', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../key-result-progress/key-result-progress-view')>();
  const Spy = forwardRef<HTMLDivElement, ComponentProps<typeof actual.KeyResultProgressBar>>(function Spy(props, ref) {
    const id = props.view.keyResult.id;
    progressRenders.set(id, (progressRenders.get(id) ?? 0) + 1);
    return <actual.KeyResultProgressBar ref={ref} {...props} />;
  });
  return { ...actual, KeyResultProgressBar: Spy };
});

describe('ObjectiveCard renders', () => {
  it('given two cards, when one KR is checked in, only that KR’s bar and its own card re-render', async () => {
    const { store } = await loadedStore();
    const commits = { activity: 0, innovation: 0 };
    render(
      withProvider(
        store,
        <>
          <Profiler id="activity" onRender={() => void commits.activity++}>
            <ObjectiveCard objectiveId="obj-user-activity" />
          </Profiler>
          <Profiler id="innovation" onRender={() => void commits.innovation++}>
            <ObjectiveCard objectiveId="obj-tech-innovation" />
          </Profiler>
        </>,
      ),
    );
    const before = { ...commits };
    const barsBefore = new Map(progressRenders);

    await act(() => store.recordCheckIn({ keyResultId: 'kr-mau', value: 1_150_000 }));

    expect(commits.activity).toBeGreaterThan(before.activity);
    expect(commits.innovation).toBe(before.innovation);
    expect(progressRenders.get('kr-mau')).toBeGreaterThan(barsBefore.get('kr-mau') ?? 0);
    for (const other of ['kr-mau', 'kr-usage-time', 'kr-patents', 'kr-new-products']) expect(barsBefore.get(other), other).toBeGreaterThan(0);
    for (const other of ['kr-usage-time', 'kr-patents', 'kr-new-products']) {
      expect(progressRenders.get(other), other).toBe(barsBefore.get(other));
    }
  });
});
