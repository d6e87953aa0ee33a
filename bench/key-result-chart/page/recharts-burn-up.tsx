import type { OkrSet } from '@okrkit/core';
import { CartesianGrid, Line, LineChart, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';

const day = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', timeZone: 'UTC' });
const date = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });

/**
 * The same burn-up drawn the way a host would with Recharts: the host reads the log (sort,
 * parse), the period and the target itself; line with dots, dashed expected segment, target,
 * today, axes, grid and tooltip; responsive to its container like KeyResultChart.
 */
export function RechartsBurnUp({ okrSet, keyResultId, now }: { okrSet: OkrSet; keyResultId: string; now: string }) {
  const keyResult = okrSet.keyResults.find((candidate) => candidate.id === keyResultId);
  const period = okrSet.periods[0];
  if (!keyResult || keyResult.metric.kind !== 'numeric' || !period) return null;
  const { start, target } = keyResult.metric;
  const data = okrSet.checkIns
    .filter((checkIn) => checkIn.keyResultId === keyResultId)
    .map((checkIn) => ({ atMs: Date.parse(checkIn.at), value: checkIn.value, confidence: checkIn.confidence, note: checkIn.note, author: checkIn.authorId }))
    .sort((a, b) => a.atMs - b.atMs);
  const from = Date.parse(`${period.start}T00:00:00Z`);
  const to = Date.parse(`${period.end}T00:00:00Z`) + 86_400_000;
  return (
    <ResponsiveContainer width="100%" height={240}>
      <LineChart data={data} margin={{ top: 12, right: 16, bottom: 0, left: 0 }}>
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey="atMs" type="number" domain={[from, to]} tickFormatter={(ms: number) => day.format(ms)} />
        <YAxis domain={['auto', 'auto']} />
        <Tooltip labelFormatter={(ms) => date.format(Number(ms))} formatter={(value) => Number(value).toLocaleString('en-GB')} isAnimationActive={false} />
        <ReferenceLine y={target} stroke="#1a7f37" ifOverflow="extendDomain" />
        <ReferenceLine x={Date.parse(now)} stroke="#8f5e00" strokeDasharray="2 2" />
        <ReferenceLine
          segment={[
            { x: from, y: start },
            { x: to, y: target },
          ]}
          stroke="#5f5e5b"
          strokeDasharray="6 4"
          ifOverflow="extendDomain"
        />
        <Line type="linear" dataKey="value" stroke="#0b6bcb" strokeWidth={2} isAnimationActive={false} dot={{ r: 3 }} />
      </LineChart>
    </ResponsiveContainer>
  );
}
