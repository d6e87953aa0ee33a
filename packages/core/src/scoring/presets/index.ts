import { percent } from './percent';

/**
 * Ready-made scoring conventions. Each preset's doc comment cites where its formula comes from.
 * @example assessObjective('o1', okrSet, { now, scoring: scoringPresets.google })
 */
export const scoringPresets = {
  percent,
} as const;

export { percent };
