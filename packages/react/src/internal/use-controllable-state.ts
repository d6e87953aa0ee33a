'use client';
import { useCallback, useRef, useState, type SetStateAction } from 'react';

/** Options of {@link useControllableState}. */
export interface UseControllableStateOptions<T> {
  /** The controlled value. Leave `undefined` to let the component own the state. */
  value?: T | undefined;
  /** The starting value when uncontrolled. */
  defaultValue: T;
  /** Called with every requested change, controlled or not (not when the value stays the same). */
  onChange?: ((value: T) => void) | undefined;
}

/**
 * The one hook behind every okrkit prop pair `x` / `defaultX` / `onXChange` (Radix style):
 * controlled when `value` is defined, uncontrolled otherwise. Works on React 18 and 19
 * (plain `useState` + refs, no `useEffectEvent`).
 *
 * Switching between controlled and uncontrolled during a component's life is a host bug;
 * like React's own inputs, the hook follows whatever `value` says at each render.
 * @example
 * const [open, setOpen] = useControllableState({ value: props.open, defaultValue: props.defaultOpen ?? false, onChange: props.onOpenChange });
 */
export function useControllableState<T>(options: UseControllableStateOptions<T>): [T, (next: SetStateAction<T>) => void] {
  const { value, defaultValue, onChange } = options;
  const [uncontrolled, setUncontrolled] = useState<T>(defaultValue);
  const isControlled = value !== undefined;
  const current = isControlled ? value : uncontrolled;
  // Refs, so the setter keeps its identity (safe in effect deps) and reads the latest props.
  const currentRef = useRef(current);
  currentRef.current = current;
  const onChangeRef = useRef(onChange);
  onChangeRef.current = onChange;
  const isControlledRef = useRef(isControlled);
  isControlledRef.current = isControlled;

  const setValue = useCallback((next: SetStateAction<T>) => {
    const resolved = typeof next === 'function' ? (next as (previous: T) => T)(currentRef.current) : next;
    if (Object.is(resolved, currentRef.current)) return;
    // Updated at once so that two calls in one event see each other.
    currentRef.current = resolved;
    if (!isControlledRef.current) setUncontrolled(resolved);
    onChangeRef.current?.(resolved);
  }, []);

  return [current, setValue];
}
