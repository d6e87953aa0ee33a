import { burningokr } from './burningokr';
import { google } from './google';
import { percent } from './percent';
import { perdoo } from './perdoo';
import { quantive } from './quantive';
import { vivaGoals } from './viva-goals';

/**
 * Ready-made scoring conventions. Each preset's doc comment cites where its formula comes from
 * and says which parts are okrkit's assumptions where a vendor publishes no rule.
 * @example assessObjective('o1', okrSet, { now, scoring: scoringPresets.google })
 */
export const scoringPresets = {
  percent,
  google,
  quantive,
  burningokr,
  vivaGoals,
  perdoo,
} as const;

export { percent, google, quantive, burningokr, vivaGoals, perdoo };
