'use client';
export { KeyResultChart, KeyResultChartView, type KeyResultChartProps, type KeyResultChartViewProps } from './key-result-chart';
export { KeyResultChartRoot, useKeyResultChartContext, type KeyResultChartContextValue, type KeyResultChartRootProps } from './key-result-chart-context';
export { KeyResultChartPlot, type KeyResultChartPlotProps } from './key-result-chart-plot';
export { KeyResultChartTable, type KeyResultChartTableProps } from './key-result-chart-table';
export { KeyResultSparkline, type KeyResultSparklineProps } from './key-result-sparkline';
export { defaultKeyResultChartLabels, type ChartPointParts, type ChartSummaryParts, type KeyResultChartLabels } from './key-result-chart.labels';
export { chartGeometry, confidenceLevel, type ChartGeometry, type ChartGeometryOptions, type PlacedPoint } from './key-result-chart.utils';
export { sparklinePath } from './sparkline.utils';
