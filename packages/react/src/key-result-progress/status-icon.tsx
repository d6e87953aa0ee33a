import type { Status } from '@okrkit/core';

// One shape per status, so the status reads without colour (and in forced-colours mode):
// a check, a filled dot, a warning triangle, a cross, an empty ring. None points left or
// right, so nothing needs mirroring in right-to-left layouts.
const RING = 'M8 3.5a4.5 4.5 0 1 1 0 9a4.5 4.5 0 1 1 0-9z';
const SHAPES: Record<Status, string> = {
  achieved: 'M3.5 8.5l3 3l6-7',
  'on-track': RING,
  'at-risk': 'M8 2.5l6 11H2zM8 7v3M8 11.5v.5',
  'off-track': 'M4.5 4.5l7 7M11.5 4.5l-7 7',
  'not-started': RING,
};

/** The status glyph: decorative (the status word beside it is what is read). */
export function StatusIcon({ status, slot = 'key-result-progress-status-icon' }: { status: Status; slot?: string }) {
  return <Glyph slot={slot} d={SHAPES[status]} fill={status === 'on-track'} strokeWidth="1.75" />;
}

/** The check of a binary KR: drawn only when done. */
export function CheckIcon() {
  return <Glyph slot="key-result-progress-check-icon" d={SHAPES.achieved} strokeWidth="2" />;
}

function Glyph({ slot, d, fill, strokeWidth }: { slot: string; d: string; fill?: boolean; strokeWidth: string }) {
  return (
    <svg data-slot={slot} className={`okr-slot-${slot}`} viewBox="0 0 16 16" width="1em" height="1em" aria-hidden="true" focusable="false">
      <path d={d} fill={fill ? 'currentColor' : 'none'} stroke="currentColor" strokeWidth={strokeWidth} strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}
