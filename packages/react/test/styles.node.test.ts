import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * The stylesheet's selector rule (see the head of styles.css): no rule ends in an `:is(…)` whose
 * choices are equally specific. Chromium files each rule under its last compound's id, class,
 * attribute or tag and tries on an element only the rules filed under what it has; a rule whose
 * last compound is only `:is(…)` is filed under none and tried on every element of the host's
 * page. Written out as a list, each choice is filed under its own attribute or tag, and nothing
 * else changes. Choices of different specificity stay in `:is()`, which gives all of them the
 * highest one (writing them out would let other rules win where they lost before).
 */
const stylesheet = readFileSync(fileURLToPath(new URL('../src/styles/styles.css', import.meta.url)), 'utf8');

/** Splits `text` at `separator` outside brackets, parentheses and quotes. */
function splitTopLevel(text: string, separator: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let quote: string | null = null;
  let start = 0;
  for (let at = 0; at < text.length; at++) {
    const char = text[at]!;
    if (quote) {
      if (char === quote) quote = null;
    } else if (char === '"' || char === "'") quote = char;
    else if (char === '(' || char === '[') depth++;
    else if (char === ')' || char === ']') depth--;
    else if (depth === 0 && char === separator) {
      parts.push(text.slice(start, at));
      start = at + 1;
    }
  }
  parts.push(text.slice(start));
  return parts.map((part) => part.trim()).filter(Boolean);
}

/** Every selector of every style rule (at-rule preludes, keyframe steps and declarations left out). */
function selectorsOf(css: string): string[] {
  const withoutComments = css.replace(/\/\*[\s\S]*?\*\//g, '');
  const selectors: string[] = [];
  for (const match of withoutComments.matchAll(/(?:^|[;{}])\s*([^;{}@]+?)\s*\{/g)) {
    const prelude = match[1]!;
    if (/^(from|to|\d+%)$/.test(prelude)) continue;
    selectors.push(...splitTopLevel(prelude, ','));
  }
  return selectors;
}

/** The last compound of a selector: after its last combinator outside brackets. */
function lastCompound(selector: string): string {
  let depth = 0;
  let cut = -1;
  for (let at = 0; at < selector.length; at++) {
    const char = selector[at]!;
    if (char === '(' || char === '[') depth++;
    else if (char === ')' || char === ']') depth--;
    else if (depth === 0 && /[\s>+~]/.test(char)) cut = at;
  }
  return selector.slice(cut + 1);
}

/** A rough specificity (ids, classes/attributes/pseudo-classes, tags) — enough to tell the choices apart. */
function specificity(selector: string): string {
  const ids = (selector.match(/#/g) ?? []).length;
  const classes = (selector.match(/[.[]|:(?!:)/g) ?? []).length;
  const tags = (selector.replace(/\[[^\]]*\]|\([^)]*\)/g, '').match(/(^|[\s>+~])[a-z]/gi) ?? []).length;
  return `${ids},${classes},${tags}`;
}

/** The selectors whose last compound is an `:is(…)` of equally specific choices, with nothing bucketable beside it. */
function unfiledSelectors(css: string): string[] {
  return selectorsOf(css).filter((selector) => {
    const compound = lastCompound(selector);
    if (!compound.startsWith(':is(')) return false;
    let depth = 0;
    let end = -1;
    for (let at = 3; at < compound.length; at++) {
      if (compound[at] === '(') depth++;
      else if (compound[at] === ')' && --depth === 0) {
        end = at;
        break;
      }
    }
    const rest = compound.slice(end + 1);
    if (/^[[.#a-z]/i.test(rest)) return false;
    const choices = splitTopLevel(compound.slice(4, end), ',');
    return new Set(choices.map(specificity)).size === 1;
  });
}

/**
 * The selectors that match a part by `[data-slot='…']` instead of its `okr-slot-*` class (see the
 * head of styles.css: attribute selectors are filed under the attribute's name, so each one is
 * tried on every element that has a `data-slot`). Prefix and suffix matches (`^=`, `$=`) and a
 * bare `[data-slot]` stay allowed: a handful, each for a family of parts.
 */
function slotAttributeSelectors(css: string): string[] {
  return selectorsOf(css).filter((selector) => /\[data-slot=/.test(selector));
}

describe('styles.css', () => {
  it('has style rules to check (the parser reads it)', () => {
    expect(selectorsOf(stylesheet).length).toBeGreaterThan(500);
  });

  it('given the rule above, no selector ends in an :is() of equally specific choices', () => {
    expect(unfiledSelectors(stylesheet)).toEqual([]);
  });

  it('selects parts by their okr-slot-* class, never by [data-slot=…]', () => {
    expect(slotAttributeSelectors(stylesheet)).toEqual([]);
    expect(slotAttributeSelectors(".okr-slot-a [data-slot='b'] { color: red; } [data-slot^='c-'] { color: blue; }")).toEqual([".okr-slot-a [data-slot='b']"]);
  });

  it('tells such a selector from the allowed forms', () => {
    const css = `
      :is([data-slot='a'], [data-slot='b']) { color: red; }
      [data-slot='x'] :is(h2, p) { margin: 0; }
      [data-slot='c']:is([data-state='on'], [data-state='off']) { color: blue; }
      :is([data-slot='d'], [data-slot='e']) [role='row'] { color: green; }
      :is([data-slot='f'] button, [data-slot='g']) { color: black; }
      [data-slot='h'], [data-slot='i'] { color: white; }
    `;
    expect(unfiledSelectors(css)).toEqual([":is([data-slot='a'], [data-slot='b'])", "[data-slot='x'] :is(h2, p)"]);
  });
});
