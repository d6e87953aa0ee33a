export { authorizationTarget, objectiveOfRecord, type AuthorizationTarget, type OkrAction, type OkrPolicy, type RecordFinder } from './authorization';
