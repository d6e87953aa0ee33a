import type { ReactNode } from 'react';

/** A character no label contains, marking where the user text goes. */
const SLOT = '\u0000';

/**
 * A label sentence with one user text in it ("Check in: ‹title›", "by ‹name›"), the user text
 * in a `<bdi>` so it takes its own direction and cannot reorder the sentence around it — a
 * Hebrew title in an English label, or an English title in an Arabic one. Labels stay plain
 * string functions; a label that drops or repeats its argument is rendered as it returns.
 * @example isolatedLabel(labels.checkInFor, keyResult.title) // <>Check in: <bdi>Monthly active users +20 %</bdi></>
 */
export function isolatedLabel(label: (text: string) => string, text: string): ReactNode {
  const parts = label(SLOT).split(SLOT);
  if (parts.length !== 2) return label(text);
  return (
    <>
      {parts[0]}
      <bdi>{text}</bdi>
      {parts[1]}
    </>
  );
}
