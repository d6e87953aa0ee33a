'use client';
import { useEffect, useLayoutEffect, useState, type RefObject } from 'react';

// Layout effect in the browser (no flash of the wrong scheme), plain effect on the server (no warning).
const useBrowserLayoutEffect = typeof document === 'undefined' ? useEffect : useLayoutEffect;

/** What a portalled dialog copies from the page around its trigger. */
export interface HostPage {
  /** The nearest ancestor's `data-color-scheme` (`dark`, `light`, `auto`), if any. */
  colorScheme?: string | undefined;
  /** The nearest ancestor's `dir`, if any. */
  dir?: string | undefined;
}

/** Options of {@link useHostPage}. */
export interface UseHostPageOptions {
  /** The dialog's trigger: the page is read from its ancestors. */
  triggerRef: RefObject<HTMLElement | null>;
  /** Read only while the dialog is open (the trigger's page may change between openings). */
  open: boolean;
  /**
   * Where the dialog is portalled, if the host chose a place. Then nothing is copied: inside
   * that element the dialog takes its scheme and direction from CSS and the DOM, as any child does.
   */
  container?: HTMLElement | null | undefined;
}

/**
 * A dialog portalled to `<body>` leaves the host's `data-color-scheme` and `dir` behind; this
 * reads them from the trigger's ancestors when the dialog opens, so dark mode and right-to-left
 * still apply. Spread the result on the overlay (`data-color-scheme`) and the content (both).
 * Keeps its previous object while nothing changed, so a re-render does not re-render the dialog.
 * @example
 * const hostPage = useHostPage({ triggerRef, open, container });
 * <Dialog.Content data-color-scheme={hostPage.colorScheme} dir={hostPage.dir}>
 */
export function useHostPage({ triggerRef, open, container }: UseHostPageOptions): HostPage {
  const [hostPage, setHostPage] = useState<HostPage>({});
  useBrowserLayoutEffect(() => {
    const anchor = triggerRef.current;
    if (!open || container || !anchor) return;
    const colorScheme = anchor.closest('[data-color-scheme]')?.getAttribute('data-color-scheme') ?? undefined;
    const dir = anchor.closest('[dir]')?.getAttribute('dir') ?? undefined;
    setHostPage((previous) => (previous.colorScheme === colorScheme && previous.dir === dir ? previous : { colorScheme, dir }));
  }, [open, container, triggerRef]);
  return hostPage;
}
