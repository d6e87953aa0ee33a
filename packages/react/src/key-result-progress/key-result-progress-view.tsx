'use client';
import { forwardRef, useId, useMemo, type ComponentPropsWithoutRef, type CSSProperties, type ReactNode } from 'react';
import { describeKeyResult, type KeyResultDescriptionLabels } from '../format/describe-progress';
import { formatPercent } from '../format/number-format';
import { progressbarProps, rootClassName, visuallyHidden } from '../internal/progressbar';
import type { KeyResultView } from '../provider/hooks';
import { progressBarLabels, type ProvidedOkrLabels } from '../provider/labels';
import { barGeometry, guardrailGeometry } from './key-result-progress.utils';
import { CheckIcon, StatusIcon } from './status-icon';
import { slotClass } from '../internal/slot-class';

export type KeyResultProgressSize = 'sm' | 'md' | 'lg';

/** Props shared by {@link KeyResultProgressView} and `KeyResultProgress`. */
export interface KeyResultProgressOwnProps extends Omit<ComponentPropsWithoutRef<'div'>, 'children'> {
  /** @default 'md' */
  size?: KeyResultProgressSize;
  /** Drops okrkit's class names (data attributes and CSS variables stay) so the host styles from scratch. @default false */
  unstyled?: boolean;
  /** Shows the title and the values row; when false the title still names the bar (`aria-label`). @default true */
  showLabels?: boolean;
  /**
   * Id of an element outside the bar that already shows the KR's title and current reading,
   * such as an objective card's row. The bar is named by it (`aria-labelledby`) and shows
   * neither again: the status, the track, the range and the percentage stay.
   * @example <span id="kr-title">{title}</span> <KeyResultProgress keyResultId="kr-mau" labelledBy="kr-title" />
   */
  labelledBy?: string;
}

export interface KeyResultProgressViewProps extends KeyResultProgressOwnProps {
  /** What to draw: a KR with its progress, status and expected progress (`useKeyResultView`). */
  view: KeyResultView;
  /** BCP 47 locale for numbers. @default the runtime's locale */
  locale?: string;
  /** Words to replace (i18n). @default defaultLabels */
  labels?: Partial<ProvidedOkrLabels>;
}

/** Where a part sits along the track, for the stylesheet (`inset-inline-start: var(--okr-progress-at)`). */
const at = (position: number) => ({ '--okr-progress-at': `${position}%` }) as CSSProperties;

/**
 * The key-result progress bar drawn from plain data, without a store: for stories, tests
 * and widgets that already hold a {@link KeyResultView}. Missing labels fall back to
 * okrkit's English words (see {@link KeyResultProgressBar} for what it draws).
 * @example <KeyResultProgressView view={view} locale="de-DE" size="sm" />
 */
export const KeyResultProgressView = /* @__PURE__ */ forwardRef<HTMLDivElement, KeyResultProgressViewProps>(function KeyResultProgressView(props, ref) {
  const { labels, ...rest } = props;
  const words = useMemo(() => ({ ...progressBarLabels, ...labels }), [labels]);
  return <KeyResultProgressBar ref={ref} {...rest} labels={words} />;
});

/**
 * The drawing behind {@link KeyResultProgressView} and `KeyResultProgress`, given complete
 * labels: the store-connected bar passes the provider's, so it never ships the defaults. One element has
 * `role="progressbar"` (valuenow 0–100, clamped; valuetext says the real result), the
 * status is a word and an icon as well as a colour (`data-state`), and every part has a
 * `data-slot`. Geometry reaches CSS as custom properties (`--okr-progress-fill`,
 * `--okr-progress-overflow`, `--okr-progress-target`, `--okr-progress-expected`, and
 * `--okr-progress-at` on each positioned part), so unstyled hosts can draw it their way.
 */
export const KeyResultProgressBar = /* @__PURE__ */ forwardRef<
  HTMLDivElement,
  Omit<KeyResultProgressViewProps, 'labels'> & { labels: KeyResultDescriptionLabels }
>(function KeyResultProgressBar(props, ref) {
  const { view, size = 'md', unstyled = false, showLabels = true, labelledBy, locale, labels: words, className, style, ...rest } = props;
  const ownLabelId = useId();
  // With `labelledBy`, the title and current reading are the host's; the bar shows neither.
  const showTitle = showLabels && !labelledBy;
  const { keyResult, progress, status } = view;
  const { metric } = keyResult;
  const text = describeKeyResult(view, words, locale);
  const geometry = barGeometry(progress.raw, view.expected);
  const held = progress.raw >= 1;
  const withPercent = metric.kind === 'numeric' || metric.kind === 'milestones';
  const progressbar = {
    ...progressbarProps(progress.raw, text.valueText),
    ...(labelledBy || showLabels ? { 'aria-labelledby': labelledBy || ownLabelId } : { 'aria-label': keyResult.title }),
  };

  let bar: ReactNode;
  if (metric.kind === 'binary') {
    bar = (
      <span data-slot="key-result-progress-check" className="okr-slot-key-result-progress-check" data-state={metric.done ? 'done' : 'open'} {...progressbar}>
        {metric.done && <CheckIcon />}
      </span>
    );
  } else if (metric.kind === 'guardrail' || metric.kind === 'guardrail-range') {
    const band = guardrailGeometry(metric);
    bar = (
      <div data-slot="key-result-progress-track" className="okr-slot-key-result-progress-track" {...progressbar}>
        <span
          data-slot="key-result-progress-band" className="okr-slot-key-result-progress-band"
          style={{ ...at(band.band[0]), '--okr-progress-band': `${band.band[1] - band.band[0]}%` } as CSSProperties}
        />
        {band.limits.map((position, index) => (
          <span key={index} data-slot="key-result-progress-limit" className="okr-slot-key-result-progress-limit" style={at(position)} />
        ))}
        <span data-slot="key-result-progress-current-marker" className="okr-slot-key-result-progress-current-marker" style={at(band.current)} />
      </div>
    );
  } else {
    const expected = `${words.expectedMarker}: ${formatPercent(view.expected, locale)}`;
    bar = (
      <div data-slot="key-result-progress-bar" className="okr-slot-key-result-progress-bar">
        <div data-slot="key-result-progress-track" className="okr-slot-key-result-progress-track" {...progressbar}>
          {metric.kind === 'milestones' ? (
            metric.milestones.map((milestone, index) => (
              <span
                key={index}
                data-slot="key-result-progress-segment" className="okr-slot-key-result-progress-segment"
                data-state={milestone.done ? 'done' : 'open'}
                title={milestone.title}
                style={{ '--okr-progress-weight': milestone.weight ?? 1 } as CSSProperties}
              />
            ))
          ) : (
            <>
              <span data-slot="key-result-progress-fill" className="okr-slot-key-result-progress-fill" />
              {geometry.overachieved && <span data-slot="key-result-progress-overflow" className="okr-slot-key-result-progress-overflow" data-capped={geometry.capped || undefined} />}
              {geometry.overachieved && <span data-slot="key-result-progress-target-mark" className="okr-slot-key-result-progress-target-mark" />}
            </>
          )}
        </div>
        <span data-slot="key-result-progress-expected-marker" className="okr-slot-key-result-progress-expected-marker" title={expected}>
          <span style={visuallyHidden}>{expected}</span>
        </span>
      </div>
    );
  }

  const vars = {
    '--okr-progress-fill': `${geometry.fill}%`,
    '--okr-progress-overflow': `${geometry.overflow}%`,
    '--okr-progress-target': `${geometry.target}%`,
    '--okr-progress-expected': `${geometry.expected}%`,
  } as CSSProperties;
  return (
    <div
      ref={ref}
      {...rest}
      className={slotClass('key-result-progress', rootClassName('okr-key-result-progress', unstyled, className))}
      style={{ ...vars, ...style }}
      data-slot="key-result-progress"
      data-state={status}
      data-kind={metric.kind}
      data-size={size}
      data-direction={metric.kind === 'numeric' ? metric.direction : undefined}
      data-overachieved={geometry.overachieved || undefined}
      data-guardrail={metric.kind === 'guardrail' || metric.kind === 'guardrail-range' ? (held ? 'held' : 'breached') : undefined}
    >
      <div data-slot="key-result-progress-header" className="okr-slot-key-result-progress-header">
        {showTitle && (
          // dir="auto": a title is user text; each one takes its own direction inside any page.
          <span data-slot="key-result-progress-label" className="okr-slot-key-result-progress-label" id={ownLabelId} dir="auto">
            {keyResult.title}
          </span>
        )}
        <span data-slot="key-result-progress-status" className="okr-slot-key-result-progress-status" data-state={status}>
          <StatusIcon status={status} />
          <span data-slot="key-result-progress-status-label" className="okr-slot-key-result-progress-status-label">{text.statusWord}</span>
        </span>
      </div>
      {bar}
      {showLabels && (showTitle || text.range || withPercent) && (
        <div data-slot="key-result-progress-values" className="okr-slot-key-result-progress-values">
          {showTitle && <span data-slot="key-result-progress-current" className="okr-slot-key-result-progress-current">{text.current}</span>}
          {text.range && <span data-slot="key-result-progress-range" className="okr-slot-key-result-progress-range">{text.range}</span>}
          {withPercent && <span data-slot="key-result-progress-percent" className="okr-slot-key-result-progress-percent">{text.percent}</span>}
        </div>
      )}
    </div>
  );
});
