import { useEffect, useState } from 'react';
import type { DemoClock } from './demo-clock';

/**
 * The instant handed to `OkrProvider`'s `now`: read from the demo clock, and read again
 * once a minute and whenever the clock jumps. okrkit wants a stable value, not a function:
 * a clock read on every render would make statuses and "last check-in" ages flicker.
 * @default tick 60 000 ms
 */
export function useDemoNow(clock: DemoClock, tickMs = 60_000): Date {
  const [now, setNow] = useState(() => clock.now());
  useEffect(() => {
    const refresh = () => setNow(clock.now());
    const timer = setInterval(refresh, tickMs);
    const unsubscribe = clock.subscribe(refresh);
    return () => {
      clearInterval(timer);
      unsubscribe();
    };
  }, [clock, tickMs]);
  return now;
}
