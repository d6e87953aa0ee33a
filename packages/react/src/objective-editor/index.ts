export { ObjectiveEditor, ObjectiveEditorFields, ObjectiveEditorForm } from './objective-editor';
export { ObjectiveEditorRoot, type ObjectiveEditorRootProps } from './objective-editor-root';
export { useObjectiveEditorContext, type ObjectiveEditorContextValue } from './objective-editor-context';
export { defaultEditorLabels, resolveEditorLabels, type ObjectiveEditorLabels } from './objective-editor.labels';
export type { DraftErrors, EditorMetricKind, ObjectiveDraft } from './objective-editor.types';
export { blankKeyResult, blankObjectiveDraft, draftForSave, editorMetricKind, metricOfKind, moveKeyResult, removeKeyResult, validateDraft } from './objective-editor.utils';
export { draftHints } from './draft-hints';
export { filterObjectiveOptions, objectiveOptions, type ObjectiveOption } from './objective-picker.utils';
export { saveObjectiveDraft } from './save-objective-draft';
