import type { CheckIn, KeyResult, Objective, OkrStorageError } from '@okrkit/core';
import type { OkrErrorAction, OkrErrorInfo, OkrWidgetName } from '@okrkit/react';

/** `okr-check-in-saved`: storage accepted a check-in made in this element. */
export interface OkrCheckInSavedDetail {
  checkIn: CheckIn;
  keyResultId: string;
  /** The key result's objective, when the store knows it. */
  objectiveId: string | undefined;
  /** True when someone else had checked in meanwhile and this one was logged after theirs. */
  overtook: boolean;
}

/** `okr-objective-saved`: storage accepted an objective (with its key results) written in this element. */
export interface OkrObjectiveSavedDetail {
  objective: Objective;
  keyResults: KeyResult[];
}

/** `okr-objective-selected`: a person chose an objective (a tree node, a list row). */
export interface OkrObjectiveSelectedDetail {
  objectiveId: string;
  /** Which element it was chosen in. */
  source: 'alignment-tree' | 'objective-list';
}

/** `okr-check-in-changed`: a past check-in was corrected or deleted in `<okr-check-in-timeline>`. */
export interface OkrCheckInChangedDetail {
  type: 'updated' | 'deleted';
  checkInId: string;
}

/** `okr-save-failed` and `okr-load-failed`: storage refused or failed; the element still shows its plain message and Retry. */
export interface OkrFailureDetail {
  /** The typed error; `error.detail` holds what people are not shown (URL, status, the server's words). */
  error: OkrStorageError;
  /** e.g. `conflict`, `unavailable`, `forbidden`, `validation-failed`. */
  code: OkrStorageError['code'];
  /** The plain message people see. */
  message: string;
  widget: OkrWidgetName;
  action: OkrErrorAction;
  kind: OkrErrorInfo['kind'];
  recordId: string | undefined;
}

/** Every event the elements dispatch (all bubble and cross shadow roots: `composed: true`), by name. */
export interface OkrElementEventMap {
  'okr-check-in-saved': CustomEvent<OkrCheckInSavedDetail>;
  'okr-check-in-changed': CustomEvent<OkrCheckInChangedDetail>;
  'okr-objective-saved': CustomEvent<OkrObjectiveSavedDetail>;
  'okr-objective-selected': CustomEvent<OkrObjectiveSelectedDetail>;
  'okr-save-failed': CustomEvent<OkrFailureDetail>;
  'okr-load-failed': CustomEvent<OkrFailureDetail>;
}

/** Dispatches one of okrkit's events from `target`: bubbling, composed, not cancelable. */
export function dispatchOkrEvent<K extends keyof OkrElementEventMap>(target: EventTarget, type: K, detail: OkrElementEventMap[K]['detail']): void {
  target.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
}
