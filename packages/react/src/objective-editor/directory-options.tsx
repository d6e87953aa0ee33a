'use client';
import { memo, useCallback, useMemo, useRef, type ReactElement } from 'react';
import type { FieldControlProps } from './editor-field';
import { listEntries, type ListedEntry } from '../provider/directory';
import { useOkrContext } from '../provider/index';

/**
 * The provider directory's people or teams, sorted by name, and their `<option>` elements,
 * made once per directory and locale. The editor re-renders on every keystroke; with a
 * directory of thousands of people, sorting them and building an option each time cost
 * ~60 ms a keystroke (bench/objective-editor). The same element array lets React skip the
 * options entirely.
 * @example const { listed, options } = useDirectoryOptions('people');
 */
export function useDirectoryOptions(kind: 'people' | 'teams'): { listed: ListedEntry[]; options: ReactElement[] } {
  const { directory, locale } = useOkrContext();
  const entries = directory[kind];
  return useMemo(() => {
    const listed = listEntries(entries, locale);
    const options = listed.map((entry) => (
      <option key={entry.id} value={entry.id}>
        {entry.name}
      </option>
    ));
    return { listed, options };
  }, [entries, locale]);
}

/** Props of {@link DirectorySelect}. */
interface DirectorySelectProps {
  control: FieldControlProps;
  value: string;
  /** The first option's words, for no one. */
  nobody: string;
  /** An id the directory does not know, kept as its own option so the select does not lose it. */
  unknownId?: string;
  options: ReactElement[];
  onValue: (value: string) => void;
}

/**
 * A `<select>` over a directory's options that re-renders only when what it shows changes:
 * committing a select's props walks its options (React's `updateOptions`), a few ms a
 * keystroke with thousands of people. Pass `onValue` through {@link useLatest}.
 */
export const DirectorySelect = /* @__PURE__ */ memo(function DirectorySelect({ control, value, nobody, unknownId, options, onValue }: DirectorySelectProps) {
  return (
    <select {...control} value={value} onChange={(event) => onValue(event.target.value)}>
      <option value="">{nobody}</option>
      {unknownId ? <option value={unknownId}>{unknownId}</option> : null}
      {options}
    </select>
  );
}, (a, b) => a.value === b.value && a.nobody === b.nobody && a.unknownId === b.unknownId && a.options === b.options && a.onValue === b.onValue && a.control.id === b.control.id && a.control['aria-invalid'] === b.control['aria-invalid'] && a.control['aria-describedby'] === b.control['aria-describedby']);

/** A stable function that always calls the latest `callback` (for {@link DirectorySelect}'s `onValue`). */
export function useLatest<A extends unknown[]>(callback: (...args: A) => void): (...args: A) => void {
  const latest = useRef(callback);
  latest.current = callback;
  return useCallback((...args: A) => latest.current(...args), []);
}
