/**
 * Keeping one person's text from reordering the line around it (bidi spoofing): a
 * right-to-left override (U+202E) left open in a task title would otherwise flip the rest of
 * the row in every export. Each user-supplied field is stripped of its unpaired direction
 * controls and wrapped in FIRST STRONG ISOLATE … POP DIRECTIONAL ISOLATE (U+2068 … U+2069), so
 * it takes its own direction and leaves the surrounding text's alone (Unicode UAX #9, §2.4).
 */

/** FIRST STRONG ISOLATE: the text after it takes the direction of its first strong letter. */
export const FSI = '\u2068';
/** POP DIRECTIONAL ISOLATE: closes the last isolate. */
export const PDI = '\u2069';

const EMBEDDINGS = new Set(['\u202a', '\u202b', '\u202d', '\u202e']); // LRE RLE LRO RLO
const ISOLATES = new Set(['\u2066', '\u2067', '\u2068']); // LRI RLI FSI
const PDF = '\u202c';
const CONTROLS = /[\u202a-\u202e\u2066-\u2069]/;

/**
 * Removes the explicit direction controls that are not closed (or not opened) within the
 * text, keeping the paired ones: what is left cannot affect anything after the text.
 * @example stripUnpairedBidiControls('abc\u202edef') // 'abcdef'
 * @example stripUnpairedBidiControls('\u2067שלום\u2069') // kept as is
 */
export function stripUnpairedBidiControls(text: string): string {
  if (!CONTROLS.test(text)) return text;
  const characters = [...text];
  const drop = new Set<number>();
  const open: number[] = [];
  for (let at = 0; at < characters.length; at++) {
    const character = characters[at] as string;
    if (EMBEDDINGS.has(character) || ISOLATES.has(character)) open.push(at);
    else if (character === PDF) {
      // A PDF closes the innermost embedding, never across an isolate (UAX #9, X7).
      const top = open.at(-1);
      if (top !== undefined && EMBEDDINGS.has(characters[top] as string)) open.pop();
      else drop.add(at);
    } else if (character === PDI) {
      // A PDI closes the innermost isolate and every embedding opened inside it (X6a).
      let isolate = -1;
      for (let depth = open.length - 1; depth >= 0; depth--) {
        if (ISOLATES.has(characters[open[depth] as number] as string)) {
          isolate = depth;
          break;
        }
      }
      if (isolate === -1) drop.add(at);
      else for (const unclosed of open.splice(isolate).slice(1)) drop.add(unclosed);
    }
  }
  for (const unclosed of open) drop.add(unclosed);
  return characters.filter((_, at) => !drop.has(at)).join('');
}

/**
 * A user-supplied text, direction-isolated: unpaired controls removed, then FSI … PDI around it.
 * @example isolateText('\u202eevil') // '\u2068evil\u2069'
 */
export function isolateText(text: string): string {
  return `${FSI}${stripUnpairedBidiControls(text)}${PDI}`;
}

/**
 * Turns the outermost FSI … PDI pairs of an already escaped HTML text into `<bdi>…</bdi>`
 * (isolation that HTML renderers honour as an element); inner, user-typed isolates stay
 * characters. Expects balanced isolates, as {@link isolateText} leaves them.
 * @example isolatesToBdi('Task: \u2068evil\u2069') // 'Task: <bdi>evil</bdi>'
 */
export function isolatesToBdi(html: string): string {
  // One entry per open isolate: whether it became a <bdi>.
  const open: boolean[] = [];
  let out = '';
  for (const character of html) {
    if (ISOLATES.has(character)) {
      const element = open.length === 0 && character === FSI;
      open.push(element);
      out += element ? '<bdi>' : character;
    } else if (character === PDI && open.length > 0) {
      out += open.pop() ? '</bdi>' : character;
    } else out += character;
  }
  return out;
}
