import type { Status } from '@okrkit/core';
import { statusLabel } from '../format';

/** A status as text with a colour from `data-state`: never colour alone. */
export function StatusBadge({ status, className }: { status: Status; className?: string }) {
  return (
    <span data-slot="status" data-state={status} className={className}>
      {statusLabel(status)}
    </span>
  );
}
