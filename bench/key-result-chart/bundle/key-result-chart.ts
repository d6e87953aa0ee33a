// What a host ships for the chart: React excluded; the chart, its provider and the core it reads included.
export { KeyResultChart, OkrProvider } from '@okrkit/react';
