'use client';
import type { Metric, MetricUnit, Milestone } from '@okrkit/core';
import { EditorField, NumberInput } from './editor-field';
import { useEditorParts } from './objective-editor-context';
import { editorLimits } from './objective-editor.utils';

type SetMetric = (update: (metric: Metric) => Metric) => void;

function NumberField({ label, path, value, onValueChange, slot }: { label: string; path: string; value: number; slot: string; onValueChange: (value: number) => void }) {
  return <EditorField label={label} path={path} slot={slot}>{(control) => <NumberInput {...control} value={value} onValueChange={onValueChange} />}</EditorField>;
}

/** The unit of a numeric or guardrail metric: number, percent, money (with its code) or a custom word (with its singular). */
function UnitFields({ unit, path, onUnit }: { unit: MetricUnit | undefined; path: string; onUnit: (unit: MetricUnit | undefined) => void }) {
  const { labels } = useEditorParts('KeyResultRow');
  const kind = unit?.kind ?? 'count';
  return (
    <div data-slot="objective-editor-unit" className="okr-slot-objective-editor-unit" data-state={kind}>
      <EditorField label={labels.unit} path={`${path}.kind`} slot="objective-editor-unit-kind">
        {(control) => (
          <select
            {...control}
            value={kind}
            onChange={(event) => {
              const next = event.target.value as MetricUnit['kind'];
              onUnit(next === 'count' ? undefined : next === 'percent' ? { kind: 'percent' } : next === 'currency' ? { kind: 'currency', currency: 'EUR' } : { kind: 'custom', label: '' });
            }}
          >
            {(['count', 'percent', 'currency', 'custom'] as const).map((option) => (
              <option key={option} value={option}>
                {labels.units[option]}
              </option>
            ))}
          </select>
        )}
      </EditorField>
      {unit?.kind === 'currency' ? (
        <EditorField label={labels.currencyCode} path={`${path}.currency`} slot="objective-editor-currency">
          {(control) => <input {...control} maxLength={3} autoComplete="off" value={unit.currency} onChange={(event) => onUnit({ kind: 'currency', currency: event.target.value.toUpperCase() })} />}
        </EditorField>
      ) : null}
      {unit?.kind === 'custom' ? (
        <>
          <EditorField label={labels.unitLabel} path={`${path}.label`} slot="objective-editor-unit-label">
            {(control) => <input {...control} dir="auto" maxLength={editorLimits.unitLabel} value={unit.label} onChange={(event) => onUnit({ ...unit, label: event.target.value })} />}
          </EditorField>
          <EditorField label={labels.unitLabelOne} path={`${path}.labelOne`} slot="objective-editor-unit-label-one">
            {(control) => (
              <input
                {...control}
                dir="auto"
                maxLength={editorLimits.unitLabel}
                value={unit.labelOne ?? ''}
                onChange={(event) => {
                  const { labelOne: _dropped, ...rest } = unit;
                  onUnit(event.target.value === '' ? rest : { ...rest, labelOne: event.target.value });
                }}
              />
            )}
          </EditorField>
        </>
      ) : null}
    </div>
  );
}

function withUnit<M extends Metric & { unit?: MetricUnit }>(metric: M, unit: MetricUnit | undefined): M {
  const { unit: _old, ...rest } = metric;
  return (unit ? { ...rest, unit } : rest) as M;
}

/**
 * Exactly the fields of the key result's metric kind, each with the core's error at its path.
 * @example <MetricFields metric={keyResult.metric} path="keyResults[0].metric" setMetric={…} />
 */
export function MetricFields({ metric, path, setMetric }: { metric: Metric; path: string; setMetric: SetMetric }) {
  const { labels } = useEditorParts('KeyResultRow');
  switch (metric.kind) {
    case 'numeric':
      return (
        <div data-slot="objective-editor-metric" className="okr-slot-objective-editor-metric" data-state={metric.direction}>
          <NumberField label={labels.start} path={`${path}.start`} slot="objective-editor-start" value={metric.start} onValueChange={(start) => setMetric((current) => ({ ...current, start }) as Metric)} />
          <NumberField label={labels.target} path={`${path}.target`} slot="objective-editor-target" value={metric.target} onValueChange={(target) => setMetric((current) => ({ ...current, target }) as Metric)} />
          <NumberField label={labels.current} path={`${path}.current`} slot="objective-editor-current" value={metric.current} onValueChange={(value) => setMetric((current) => ({ ...current, current: value }) as Metric)} />
          <UnitFields unit={metric.unit} path={`${path}.unit`} onUnit={(unit) => setMetric((current) => withUnit(current as typeof metric, unit))} />
        </div>
      );
    case 'binary':
      return (
        <div data-slot="objective-editor-metric" className="okr-slot-objective-editor-metric" data-state="binary">
          <label>
            <input type="checkbox" checked={metric.done} onChange={(event) => setMetric(() => ({ kind: 'binary', done: event.target.checked }))} />
            {labels.done}
          </label>
        </div>
      );
    case 'milestones':
      return <MilestoneFields milestones={metric.milestones} path={`${path}.milestones`} setMetric={setMetric} />;
    case 'guardrail':
      return (
        <div data-slot="objective-editor-metric" className="okr-slot-objective-editor-metric" data-state="guardrail">
          <EditorField label={labels.bound} path={`${path}.bound`} slot="objective-editor-bound">
            {(control) => (
              <select {...control} value={metric.bound} onChange={(event) => setMetric((current) => ({ ...current, bound: event.target.value as 'above' | 'below' }) as Metric)}>
                <option value="above">{labels.staysAbove}</option>
                <option value="below">{labels.staysBelow}</option>
              </select>
            )}
          </EditorField>
          <NumberField label={labels.threshold} path={`${path}.threshold`} slot="objective-editor-threshold" value={metric.threshold} onValueChange={(threshold) => setMetric((current) => ({ ...current, threshold }) as Metric)} />
          <NumberField label={labels.current} path={`${path}.current`} slot="objective-editor-current" value={metric.current} onValueChange={(value) => setMetric((current) => ({ ...current, current: value }) as Metric)} />
          <UnitFields unit={metric.unit} path={`${path}.unit`} onUnit={(unit) => setMetric((current) => withUnit(current as typeof metric, unit))} />
        </div>
      );
    case 'guardrail-range':
      return (
        <div data-slot="objective-editor-metric" className="okr-slot-objective-editor-metric" data-state="guardrail-range">
          <NumberField label={labels.minimum} path={`${path}.min`} slot="objective-editor-minimum" value={metric.min} onValueChange={(min) => setMetric((current) => ({ ...current, min }) as Metric)} />
          <NumberField label={labels.maximum} path={`${path}.max`} slot="objective-editor-maximum" value={metric.max} onValueChange={(max) => setMetric((current) => ({ ...current, max }) as Metric)} />
          <NumberField label={labels.current} path={`${path}.current`} slot="objective-editor-current" value={metric.current} onValueChange={(value) => setMetric((current) => ({ ...current, current: value }) as Metric)} />
          <UnitFields unit={metric.unit} path={`${path}.unit`} onUnit={(unit) => setMetric((current) => withUnit(current as typeof metric, unit))} />
        </div>
      );
    default:
      return metric satisfies never;
  }
}

function MilestoneFields({ milestones, path, setMetric }: { milestones: Milestone[]; path: string; setMetric: SetMetric }) {
  const { labels } = useEditorParts('KeyResultRow');
  const setList = (update: (list: Milestone[]) => Milestone[]) => setMetric((current) => (current.kind === 'milestones' ? { ...current, milestones: update(current.milestones) } : current));
  return (
    <fieldset data-slot="objective-editor-metric" className="okr-slot-objective-editor-metric" data-state="milestones">
      <legend>{labels.milestones}</legend>
      <ol>
        {milestones.map((milestone, at) => (
          <li key={at} data-slot="objective-editor-milestone" className="okr-slot-objective-editor-milestone">
            <EditorField label={labels.milestoneTitle} path={`${path}[${at}].title`} slot="objective-editor-milestone-title">
              {(control) => (
                <input {...control} dir="auto" maxLength={editorLimits.title} value={milestone.title} onChange={(event) => setList((list) => list.map((item, index) => (index === at ? { ...item, title: event.target.value } : item)))} />
              )}
            </EditorField>
            <EditorField label={labels.milestoneWeight} path={`${path}[${at}].weight`} slot="objective-editor-milestone-weight">
              {(control) => <NumberInput {...control} value={milestone.weight ?? 1} onValueChange={(weight) => setList((list) => list.map((item, index) => (index === at ? { ...item, weight } : item)))} />}
            </EditorField>
            <label>
              <input type="checkbox" checked={milestone.done} onChange={(event) => setList((list) => list.map((item, index) => (index === at ? { ...item, done: event.target.checked } : item)))} />
              {labels.done}
            </label>
            <button type="button" onClick={() => setList((list) => list.filter((_, index) => index !== at))}>
              {labels.removeMilestone(milestone.title || String(at + 1))}
            </button>
          </li>
        ))}
      </ol>
      {milestones.length < editorLimits.milestones ? (
        <button type="button" onClick={() => setList((list) => [...list, { title: '', done: false, weight: 1 }])}>
          {labels.addMilestone}
        </button>
      ) : null}
    </fieldset>
  );
}
