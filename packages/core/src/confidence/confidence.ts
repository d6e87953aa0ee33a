import { okrIndex } from '../indexing/okr-index';
import type { IsoDateTime, OkrSet, Status } from '../model/model.types';
import { clamp01 } from '../progress/progress.utils';

/** Which way confidence moved between the last two check-ins that recorded one. */
export type ConfidenceTrend = 'rising' | 'falling' | 'steady' | 'unknown';

export interface KeyResultConfidence {
  /** The latest recorded confidence (0..1), or null when none was recorded. */
  latest: number | null;
  /** The confidence recorded before the latest one, or null. */
  previous: number | null;
  /** latest − previous, or null when either is missing. */
  change: number | null;
  trend: ConfidenceTrend;
  /** When the latest confidence was recorded. */
  at: IsoDateTime | null;
}

/**
 * Latest confidence of a KR and its trend, from check-ins that carried a confidence.
 * Changes smaller than `steadyWithin` count as steady. Values are read clamped to [0, 1].
 * @example keyResultConfidence('kr1', okrSet) // { latest: 0.6, previous: 0.8, change: -0.2, trend: 'falling', at: '…' }
 */
export function keyResultConfidence(keyResultId: string, okrSet: OkrSet, steadyWithin = 0.005): KeyResultConfidence {
  const list = okrIndex(okrSet).checkInsByKeyResult.get(keyResultId) ?? [];
  let latest: number | null = null;
  let previous: number | null = null;
  let at: IsoDateTime | null = null;
  for (let i = list.length - 1; i >= 0; i--) {
    const recorded = list[i]?.confidence;
    if (recorded === undefined) continue;
    // Confidence means 0..1; validation enforces it, and clamping keeps `change` finite without it.
    const confidence = clamp01(recorded);
    if (latest === null) {
      latest = confidence;
      at = list[i]?.at ?? null;
    } else {
      previous = confidence;
      break;
    }
  }
  const change = latest !== null && previous !== null ? Math.round((latest - previous) * 1e9) / 1e9 : null;
  const trend: ConfidenceTrend =
    change === null ? 'unknown' : Math.abs(change) <= steadyWithin ? 'steady' : change > 0 ? 'rising' : 'falling';
  return { latest, previous, change, trend, at };
}

/**
 * Net confidence score, in percent: the share of items on track (achieved counts as on
 * track) minus the share off track. Items not started are left out. 0 for an empty list.
 * Ranges from −100 (all off track) to 100 (all on track).
 * @example netConfidenceScore(['on-track', 'on-track', 'at-risk', 'off-track']) // 25
 */
export function netConfidenceScore(statuses: readonly Status[]): number {
  let counted = 0;
  let onTrack = 0;
  let offTrack = 0;
  for (const status of statuses) {
    switch (status) {
      case 'not-started':
        continue;
      case 'on-track':
      case 'achieved':
        onTrack++;
        break;
      case 'off-track':
        offTrack++;
        break;
      case 'at-risk':
        break;
      default:
        status satisfies never;
    }
    counted++;
  }
  if (counted === 0) return 0;
  return Math.round(((onTrack - offTrack) / counted) * 100 * 100) / 100;
}
