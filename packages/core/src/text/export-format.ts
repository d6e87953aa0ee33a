/**
 * The escaping the exports share (the weekly report, the announcement, the period review):
 * user text folded to one line so it cannot start a heading, row or section, escaped for
 * Markdown and for email-safe HTML, with FSI … PDI isolates turned into `<bdi>` in HTML
 * (see `bidi-isolation.ts`). Written once; every export imports it.
 */
import { isolatesToBdi } from './bidi-isolation';

/** One line of text: control characters and line breaks become spaces (no-break spaces stay). */
export function oneLine(text: string): string {
  // eslint-disable-next-line no-control-regex -- folding control characters is the point.
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ').replace(/ {2,}/g, ' ').trim();
}

/** The lines of a multi-line text, each folded, with runs of blank lines kept as one. */
export function paragraphLines(text: string): string[] {
  return text
    .split(/\r\n|[\n\r\u2028\u2029]/)
    .map(oneLine)
    .filter((line, at, lines) => line !== '' || (at > 0 && lines[at - 1] !== ''));
}

/** Escapes what CommonMark/GFM would read as markup inside a line (and `&` only where it starts an entity). */
export const markdown = (text: string): string => oneLine(text).replace(/[\\`*_[\]<>|~#]|&(?=#?\w+;)/g, '\\$&');
/** Also escapes what would start a block at the beginning of a line: list markers, setext underlines. */
export const markdownLine = (line: string): string => markdown(line).replace(/^([-+=])/, '\\$1').replace(/^(\d+)([.)])/, '$1\\$2');

export const markdownTable = (header: string[], rows: string[][]): string[] => [
  `| ${header.map(markdown).join(' | ')} |`,
  `|${header.map(() => ' --- |').join('')}`,
  ...rows.map((row) => `| ${row.map(markdown).join(' | ')} |`),
];

// ——— HTML for email ———

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
/** Escaped for HTML, with the view's FSI … PDI isolates as `<bdi>` elements. */
export const html = (text: string): string => isolatesToBdi(oneLine(text).replace(/[&<>"']/g, (character) => ENTITIES[character] as string));

// Inline styles only: Gmail drops <style> blocks in many contexts and Outlook (Word engine)
// ignores classes, flexbox and logical properties, so sides are spelt left/right from `dir`.
export const FONT = 'font-family:Arial,Helvetica,sans-serif;font-size:14px;line-height:1.4;color:#1f2328';
export const MUTED = 'margin:0;color:#57606a';

/** A table for email: inline styles only, sides spelt from the text direction. */
export function htmlTable(dir: 'ltr' | 'rtl', header: string[], rows: string[][]): string[] {
  const side = dir === 'rtl' ? 'right' : 'left';
  const th = `padding:6px 8px;border-bottom:2px solid #d0d7de;text-align:${side};vertical-align:bottom;font-weight:bold`;
  const td = `padding:6px 8px;border-bottom:1px solid #d0d7de;text-align:${side};vertical-align:top`;
  return [
    `<table cellpadding="0" cellspacing="0" border="0" width="100%" style="border-collapse:collapse;width:100%;${FONT}">`,
    `<tr>${header.map((cell) => `<th style="${th}">${html(cell)}</th>`).join('')}</tr>`,
    ...rows.map((row) => `<tr>${row.map((cell) => `<td style="${td}">${html(cell)}</td>`).join('')}</tr>`),
    '</table>',
  ];
}
