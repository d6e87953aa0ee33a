import okrkitCss from '@okrkit/react/styles.css';

/**
 * okrkit's stylesheet made for a shadow root. In a page it declares its `--okr-*` tokens on
 * `:root`, which matches nothing inside a shadow root, and declaring them on the host
 * instead would hide the page's own `--okr-*` (they inherit in from any ancestor). So the
 * token block goes, and every `var(--okr-x)` carries the token's default as its fallback:
 * a page's `--okr-*` win wherever it sets them, the defaults apply where it sets none. The
 * dark scheme still declares its tokens on `[data-color-scheme='dark']` (the element's root).
 */
export function shadowCss(css: string): string {
  const tokenBlock = /:root,\s*\[data-color-scheme\]\s*\{([^}]*)\}/.exec(css);
  if (!tokenBlock) return `${hostCss}\n${css}`;
  const defaults = new Map<string, string>();
  for (const [, name, value] of (tokenBlock[1] ?? '').replace(/\/\*[\s\S]*?\*\//g, '').matchAll(/(--okr-[\w-]+)\s*:\s*([^;]+);/g)) {
    if (name && value) defaults.set(name, value.trim());
  }
  const body = css.replace(tokenBlock[0], '').replace(/var\((--okr-[\w-]+)\)/g, (whole, name: string) => {
    const fallback = defaults.get(name);
    return fallback === undefined ? whole : `var(${name}, ${fallback})`;
  });
  return `${hostCss}\n${body}`;
}

/**
 * The element itself: a block that inherits nothing from the page but its font family
 * (and direction, which `all` leaves alone); a height given to the element (the alignment
 * tree needs one) reaches the widget; custom properties are not touched by `all`, so
 * `--okr-*` still inherit in. Page rules on the element itself still win over these.
 */
const hostCss = `:host { all: initial; display: block; font-family: inherit; }
:host([hidden]) { display: none; }
[data-slot='okr-element'] { font-family: var(--okr-font-family, inherit); color: var(--okr-color-text, #37352f); }
[data-slot='okr-element'], [data-slot='okr-element-content'] { block-size: 100%; }`;

let shared: CSSStyleSheet | null | undefined;

/** True where shadow roots take constructable sheets (`adoptedStyleSheets`). */
function constructable(): boolean {
  try {
    return typeof CSSStyleSheet !== 'undefined' && 'replaceSync' in CSSStyleSheet.prototype && 'adoptedStyleSheets' in ShadowRoot.prototype && Boolean(new CSSStyleSheet());
  } catch {
    return false;
  }
}

/** The one sheet every element of the document adopts; built on first use. */
export function okrkitSheet(): CSSStyleSheet | null {
  if (shared !== undefined) return shared;
  if (!constructable()) return (shared = null);
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(shadowCss(okrkitCss));
  return (shared = sheet);
}

/** Gives a shadow root okrkit's styles: the shared sheet, or a `<style>` where sheets cannot be adopted. */
export function adoptStyles(root: ShadowRoot): void {
  const sheet = okrkitSheet();
  if (sheet) {
    if (!root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    return;
  }
  const style = document.createElement('style');
  style.textContent = shadowCss(okrkitCss);
  root.prepend(style);
}
