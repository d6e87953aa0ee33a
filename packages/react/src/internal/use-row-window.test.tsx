import { act, render } from '@testing-library/react';
import { useRef } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useRowWindow, type RowWindow } from './use-row-window';

/** A ResizeObserver the test drives: `resize()` reports the viewport's new size to every observer. */
function installResizeObserver() {
  const callbacks: ResizeObserverCallback[] = [];
  class TestResizeObserver {
    constructor(callback: ResizeObserverCallback) {
      callbacks.push(callback);
    }
    observe() {}
    unobserve() {}
    disconnect() {}
  }
  vi.stubGlobal('ResizeObserver', TestResizeObserver);
  return () => act(() => callbacks.forEach((callback) => callback([], {} as ResizeObserver)));
}

function renderWindow(options: { clientHeight: number; measureBeforePaint?: boolean; fallbackHeight?: number }) {
  const seen: RowWindow[] = [];
  let height = options.clientHeight;
  function Probe() {
    const viewportRef = useRef<HTMLDivElement>(null);
    const rowWindow = useRowWindow({ count: 2000, rowHeight: 36, overscan: 6, viewportRef, fallbackHeight: options.fallbackHeight, measureBeforePaint: options.measureBeforePaint });
    seen.push(rowWindow);
    return (
      <div
        ref={(element) => {
          viewportRef.current = element;
          if (element) Object.defineProperty(element, 'clientHeight', { configurable: true, get: () => height });
        }}
      />
    );
  }
  render(<Probe />);
  return { seen, setHeight: (next: number) => (height = next) };
}

describe('useRowWindow', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('given a viewport measured before paint, it windows for its height in whole rows', () => {
    installResizeObserver();
    const { seen } = renderWindow({ clientHeight: 300 });
    // 300 px is 9 rows (8.3 rounded up) and 6 rows of overscan below.
    expect(seen.at(-1)).toMatchObject({ start: 0, end: 15, capacity: 9 + 12 + 2 });
  });

  it('given an unmeasured first paint, the observer shrinks the window only by more rows than the overscan', () => {
    const resize = installResizeObserver();
    const { seen, setHeight } = renderWindow({ clientHeight: 420, fallbackHeight: 480, measureBeforePaint: false });
    expect(seen.at(-1)).toMatchObject({ end: 14 + 6 });
    const renders = seen.length;
    // 420 px is 12 rows, two fewer than assumed: they stay, and nothing renders again.
    resize();
    expect(seen).toHaveLength(renders);
    // A few pixels either way round to the same rows: nothing renders again.
    setHeight(470);
    resize();
    expect(seen).toHaveLength(renders);
    // 200 px is 6 rows: 8 fewer, more than the overscan, so the window shrinks.
    setHeight(200);
    resize();
    expect(seen.at(-1)).toMatchObject({ end: 6 + 6 });
    // Growing takes effect at once.
    setHeight(600);
    resize();
    expect(seen.at(-1)).toMatchObject({ end: 17 + 6 });
  });
});
