import { describe, expect, it } from 'vitest';
import { keyResultConfidence, netConfidenceScore } from '../src/index';
import { checkIn, keyResult, numeric, objective, okrSet } from './fixtures';

function setWith(checkIns: ReturnType<typeof checkIn>[]) {
  return okrSet({ objectives: [objective('o')], keyResults: [keyResult('k', 'o', numeric(0, 10, 5))], checkIns });
}

describe('keyResultConfidence', () => {
  it('given two check-ins with confidence, it reports the latest, the previous and a falling trend', () => {
    const confidence = keyResultConfidence(
      'k',
      setWith([checkIn('1', 'k', '2026-01-05T00:00:00Z', 2, 0.8), checkIn('2', 'k', '2026-01-12T00:00:00Z', 3, 0.6)]),
    );
    expect(confidence).toEqual({ latest: 0.6, previous: 0.8, change: -0.2, trend: 'falling', at: '2026-01-12T00:00:00Z' });
  });

  it('skips check-ins that recorded no confidence', () => {
    const confidence = keyResultConfidence(
      'k',
      setWith([
        checkIn('1', 'k', '2026-01-05T00:00:00Z', 2, 0.5),
        checkIn('2', 'k', '2026-01-12T00:00:00Z', 3, 0.7),
        checkIn('3', 'k', '2026-01-19T00:00:00Z', 4),
      ]),
    );
    expect(confidence).toMatchObject({ latest: 0.7, previous: 0.5, trend: 'rising' });
  });

  it('given one or no confidence, the trend is unknown', () => {
    expect(keyResultConfidence('k', setWith([])).trend).toBe('unknown');
    expect(keyResultConfidence('k', setWith([checkIn('1', 'k', '2026-01-05T00:00:00Z', 2, 0.5)]))).toMatchObject({
      latest: 0.5,
      previous: null,
      change: null,
      trend: 'unknown',
    });
  });

  it('given the same confidence twice, it is steady', () => {
    const set = setWith([checkIn('1', 'k', '2026-01-05T00:00:00Z', 2, 0.5), checkIn('2', 'k', '2026-01-06T00:00:00Z', 2, 0.5)]);
    expect(keyResultConfidence('k', set).trend).toBe('steady');
  });
});

describe('netConfidenceScore', () => {
  it('is the share on track minus the share off track, in percent', () => {
    expect(netConfidenceScore(['on-track', 'on-track', 'at-risk', 'off-track'])).toBe(25);
  });
  it('counts achieved as on track and leaves not-started out', () => {
    expect(netConfidenceScore(['achieved', 'off-track', 'not-started'])).toBe(0);
    expect(netConfidenceScore(['achieved', 'not-started'])).toBe(100);
  });
  it('is 0 for no statuses, never NaN', () => {
    expect(netConfidenceScore([])).toBe(0);
    expect(netConfidenceScore(['not-started'])).toBe(0);
  });
  it('ranges down to −100', () => {
    expect(netConfidenceScore(['off-track', 'off-track'])).toBe(-100);
  });
});
