/**
 * The class every okrkit element carries beside its `data-slot`: `okr-slot-<slot>`. The
 * stylesheet selects parts by these classes, not by `[data-slot='…']`: Chromium files
 * attribute selectors under the attribute's name, not its value, so every element with a
 * `data-slot` was matched against every `[data-slot='…']` rule of every widget (style recalc
 * twice the bare page's in bench/objective-list); classes are filed under their own name.
 * `data-slot` stays for hosts' own selectors and tests.
 * @example slotClass('objective-card', 'host-card') // 'okr-slot-objective-card host-card'
 */
export function slotClass(slot: string, extra?: string | undefined): string {
  return extra ? `okr-slot-${slot} ${extra}` : `okr-slot-${slot}`;
}
