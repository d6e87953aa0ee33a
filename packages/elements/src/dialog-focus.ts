const TABBABLE = 'a[href], button:not([disabled]), input:not([disabled]):not([type="hidden"]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

function tabbables(dialog: Element): HTMLElement[] {
  return [...dialog.querySelectorAll<HTMLElement>(TABBABLE)].filter((element) => element.getClientRects().length > 0 && !element.closest('[inert]'));
}

function openDialog(layer: Element): HTMLElement | null {
  const dialogs = layer.querySelectorAll<HTMLElement>('[role="dialog"], [role="alertdialog"]');
  return dialogs.length > 0 ? dialogs[dialogs.length - 1]! : null;
}

/**
 * Keeps keyboard focus inside an okrkit dialog that is portalled into a shadow root. Radix's
 * focus trap listens on `document`, where every focus move inside a shadow root looks like the
 * host element, so there it neither moves focus to the dialog's first field nor loops Tab at
 * its ends. Here, on the shadow root, the real elements are seen: the dialog's first focus on
 * itself moves on to its first field, and Tab / Shift+Tab wrap between its first and last
 * controls, as the WAI-ARIA modal dialog pattern asks.
 */
export function containDialogFocus(shadow: ShadowRoot, layer: Element): void {
  const settled = new WeakSet<Element>();
  shadow.addEventListener('focusin', (event) => {
    const target = event.target as HTMLElement | null;
    const dialog = openDialog(layer);
    if (!dialog || target !== dialog || settled.has(dialog)) return;
    settled.add(dialog);
    tabbables(dialog)[0]?.focus();
  });
  shadow.addEventListener('keydown', (event) => {
    const key = event as KeyboardEvent;
    if (key.key !== 'Tab' || key.altKey || key.ctrlKey || key.metaKey) return;
    const dialog = openDialog(layer);
    if (!dialog) return;
    const controls = tabbables(dialog);
    if (controls.length === 0) return;
    const first = controls[0]!;
    const last = controls[controls.length - 1]!;
    const active = shadow.activeElement;
    const inside = active instanceof Element && dialog.contains(active) && active !== dialog;
    if (key.shiftKey ? !inside || active === first : !inside || active === last) {
      key.preventDefault();
      (key.shiftKey ? last : first).focus();
    }
  });
}
