'use client';
import { forwardRef, type ComponentPropsWithoutRef } from 'react';
import { useKeyResultChartContext } from './key-result-chart-context';
import { slotClass } from '../internal/slot-class';

export interface KeyResultChartTableProps extends ComponentPropsWithoutRef<'div'> {}

/**
 * The chart as data: a "Show as table" toggle (`aria-expanded`) and a table of every check-in
 * (date, value, progress, confidence, author, note), newest last like the line. Open or closed
 * through the root's `tableOpen` / `defaultTableOpen` / `onTableOpenChange`.
 * @example <KeyResultChartTable />
 */
export const KeyResultChartTable = /* @__PURE__ */ forwardRef<HTMLDivElement, KeyResultChartTableProps>(function KeyResultChartTable(props, ref) {
  const { history, title, labels, tableOpen, setTableOpen, tableId, describePoint } = useKeyResultChartContext('Table');
  if (history.points.length === 0) return null;
  return (
    <div ref={ref} data-slot="key-result-chart-table-section" data-state={tableOpen ? 'open' : 'closed'} {...props} className={slotClass('key-result-chart-table-section', props.className)}>
      <button type="button" data-slot="key-result-chart-table-toggle" className="okr-slot-key-result-chart-table-toggle" aria-expanded={tableOpen} aria-controls={tableId} onClick={() => setTableOpen(!tableOpen)}>
        {tableOpen ? labels.hideTable : labels.showTable}
      </button>
      {/* Focusable and named: a keyboard user must be able to scroll a long log. */}
      <div id={tableId} data-slot="key-result-chart-table-scroller" className="okr-slot-key-result-chart-table-scroller" hidden={!tableOpen} role="region" aria-label={labels.tableCaption(title)} tabIndex={tableOpen ? 0 : undefined}>
        {tableOpen ? (
          <table data-slot="key-result-chart-table" className="okr-slot-key-result-chart-table">
            <caption>{labels.tableCaption(title)}</caption>
            <thead>
              <tr>
                <th scope="col">{labels.date}</th>
                <th scope="col">{labels.value}</th>
                <th scope="col">{labels.progress}</th>
                <th scope="col">{labels.confidence}</th>
                <th scope="col">{labels.author}</th>
                <th scope="col">{labels.note}</th>
              </tr>
            </thead>
            <tbody>
              {history.points.map((point, index) => {
                const parts = describePoint(index);
                return (
                  <tr key={point.checkInId}>
                    <th scope="row">
                      <time dateTime={point.at}>{parts.date}</time>
                    </th>
                    <td>{parts.value}</td>
                    <td>{parts.progress}</td>
                    <td>{parts.confidence ?? '—'}</td>
                    <td>{parts.author ?? '—'}</td>
                    <td>{parts.note ?? ''}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        ) : null}
      </div>
    </div>
  );
});
