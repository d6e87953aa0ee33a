import { act, render, screen } from '@testing-library/react';
import { renderToString } from 'react-dom/server';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useAfterFirstPaint } from './use-after-first-paint';

function Parts({ ready }: { ready?: boolean }) {
  const later = useAfterFirstPaint(ready);
  return (
    <>
      <p>visible</p>
      {later ? <p>below the fold</p> : <div data-testid="room" />}
    </>
  );
}

type IdleCallback = () => void;

describe('useAfterFirstPaint (sections mounted once the first paint is done)', () => {
  // The browser's frame and idle queues, held here: each step below runs when the test says so.
  let frames: FrameRequestCallback[];
  let idles: { callback: IdleCallback; timeout: number | undefined }[];
  const host = window as unknown as { requestIdleCallback?: unknown; cancelIdleCallback?: unknown };
  let hadIdle: { request: unknown; cancel: unknown };

  beforeEach(() => {
    frames = [];
    idles = [];
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    vi.spyOn(window, 'requestAnimationFrame').mockImplementation((callback) => frames.push(callback));
    vi.spyOn(window, 'cancelAnimationFrame');
    hadIdle = { request: host.requestIdleCallback, cancel: host.cancelIdleCallback };
    host.requestIdleCallback = (callback: IdleCallback, options?: { timeout: number }) => idles.push({ callback, timeout: options?.timeout });
    host.cancelIdleCallback = vi.fn();
  });

  afterEach(() => {
    vi.useRealTimers();
    vi.restoreAllMocks();
    host.requestIdleCallback = hadIdle.request;
    host.cancelIdleCallback = hadIdle.cancel;
  });

  it('given a first render, it leaves the later part out until the frame, the task after it and an idle moment (at most 200 ms) have passed', () => {
    render(<Parts />);
    expect(screen.getByText('visible')).toBeInTheDocument();
    expect(screen.queryByText('below the fold')).toBeNull();
    // Timers alone do nothing: the frame that paints the first render comes first.
    act(() => vi.advanceTimersByTime(1000));
    expect(screen.queryByText('below the fold')).toBeNull();
    expect(frames).toHaveLength(1);
    act(() => frames[0]!(0));
    expect(idles).toHaveLength(0);
    act(() => vi.advanceTimersByTime(0));
    expect(idles).toEqual([{ callback: expect.any(Function), timeout: 200 }]);
    expect(screen.queryByText('below the fold')).toBeNull();
    act(() => idles[0]!.callback());
    expect(screen.getByText('below the fold')).toBeInTheDocument();
    expect(screen.queryByTestId('room')).toBeNull();
  });

  it('given a browser without requestIdleCallback, it shows the later part in the task after the frame', () => {
    host.requestIdleCallback = undefined;
    render(<Parts />);
    act(() => frames[0]!(0));
    expect(screen.queryByText('below the fold')).toBeNull();
    act(() => vi.advanceTimersByTime(0));
    expect(screen.getByText('below the fold')).toBeInTheDocument();
  });

  it('given not ready (a loading state), it waits for nothing until ready, then for the frame that paints the content', () => {
    const { rerender } = render(<Parts ready={false} />);
    act(() => vi.advanceTimersByTime(1000));
    expect(frames).toHaveLength(0);
    rerender(<Parts ready />);
    expect(frames).toHaveLength(1);
    expect(screen.queryByText('below the fold')).toBeNull();
  });

  it('given a print before the first paint, it mounts the later part synchronously in beforeprint', () => {
    render(<Parts />);
    expect(screen.queryByText('below the fold')).toBeNull();
    // No frame, timer or idle callback has run: only the print can have mounted it.
    act(() => {
      window.dispatchEvent(new Event('beforeprint'));
      // Before the event returns: the browser lays the page out for paper right after it.
      expect(screen.getByText('below the fold')).toBeInTheDocument();
    });
    expect(frames).toHaveLength(1);
    expect(idles).toHaveLength(0);
  });

  it('given an unmount before the first paint, it cancels the frame, stops listening for print and warns of nothing', () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    const removed = vi.spyOn(window, 'removeEventListener');
    const { unmount } = render(<Parts />);
    unmount();
    expect(window.cancelAnimationFrame).toHaveBeenCalledOnce();
    expect(removed).toHaveBeenCalledWith('beforeprint', expect.any(Function));
    act(() => vi.advanceTimersByTime(1000));
    window.dispatchEvent(new Event('beforeprint'));
    expect(errors).not.toHaveBeenCalled();
  });

  it('given server rendering, the later part is not in the HTML, so the first client render agrees with it', () => {
    const html = renderToString(<Parts />);
    expect(html).toContain('visible');
    expect(html).not.toContain('below the fold');
  });
});
