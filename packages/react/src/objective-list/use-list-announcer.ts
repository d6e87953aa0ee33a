'use client';
import { useCallback, useState } from 'react';

/**
 * A polite live region's text: `announce` replaces it; saying the same sentence twice in a
 * row still speaks (a zero-width space alternates at its end).
 * @example const { message, announce } = useListAnnouncer(); announce('Moved to rank 2 of 5.');
 */
export function useListAnnouncer() {
  const [message, setMessage] = useState('');
  const announce = useCallback((next: string) => setMessage((previous) => (previous === next ? `${next}\u200b` : next)), []);
  return { message, announce };
}
