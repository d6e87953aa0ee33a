/**
 * Runs `callback` in a task just after the browser's next paint (a frame callback runs just
 * before it; a task queued from there runs after it), and returns what cancels it. Where there
 * are no frames (the server), a plain task. For work that should trail what the person sees,
 * e.g. the hints after the keystroke that changed them.
 * @example const cancel = afterNextPaint(() => setHints(lint(draft)));
 */
export function afterNextPaint(callback: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  if (typeof requestAnimationFrame !== 'function') {
    timer = setTimeout(callback, 0);
    return () => clearTimeout(timer);
  }
  const frame = requestAnimationFrame(() => {
    timer = setTimeout(callback, 0);
  });
  return () => {
    cancelAnimationFrame(frame);
    if (timer !== undefined) clearTimeout(timer);
  };
}
