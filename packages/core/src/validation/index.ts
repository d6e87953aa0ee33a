export type { ValidationError, ValidationResult } from './validation.types';
export {
  validateCheckIn,
  validateKeyResult,
  validateObjective,
  validateOkrSet,
  validatePeriod,
} from './validate';
export { isCalendarDate, isDateTime } from './formats';
export { OKR_LIMITS, type OkrLimits } from './limits';
export { findParentLoops, type ParentLink } from './references';
