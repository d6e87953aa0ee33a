// What a host ships for the same burn-up with Recharts: React excluded; Recharts and the host's component included.
export { RechartsBurnUp } from '../page/recharts-burn-up';
