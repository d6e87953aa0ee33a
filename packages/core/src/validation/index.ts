export type { ValidationError, ValidationResult } from './validation.types';
export {
  validateCheckIn,
  validateKeyResult,
  validateObjective,
  validateOkrSet,
  validatePeriod,
} from './validate';
export { isCalendarDate, isDateTime } from './formats';
export { findParentLoops, type ParentLink } from './references';
