import type { Status } from '@okrkit/core';
import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { CheckIcon, StatusIcon } from './status-icon';

const statuses: Status[] = ['not-started', 'on-track', 'at-risk', 'off-track', 'achieved'];

/** What a status looks like without colour: its path and whether it is filled. */
function shapeOf(status: Status) {
  const { container } = render(<StatusIcon status={status} />);
  const path = container.querySelector('svg path')!;
  return `${path.getAttribute('d')} ${path.getAttribute('fill')}`;
}

describe('StatusIcon', () => {
  it.each(statuses)('given %s, it draws one decorative glyph that screen readers skip and keyboards never reach', (status) => {
    const { container } = render(<StatusIcon status={status} />);
    const icons = container.querySelectorAll('svg');
    expect(icons).toHaveLength(1);
    expect(icons[0]).toHaveAttribute('aria-hidden', 'true');
    expect(icons[0]).toHaveAttribute('focusable', 'false');
    expect(icons[0]).toHaveAttribute('data-slot', 'key-result-progress-status-icon');
    expect(icons[0]!.querySelector('path')).toHaveAttribute('stroke', 'currentColor');
  });

  it('given every status, each one has its own shape (so the status reads without colour)', () => {
    const shapes = statuses.map(shapeOf);
    expect(new Set(shapes).size).toBe(statuses.length);
  });

  it('given on-track, its ring is filled; not-started keeps the same ring empty', () => {
    expect(shapeOf('on-track')).toMatch(/ currentColor$/);
    expect(shapeOf('not-started')).toMatch(/ none$/);
  });

  it('given a slot, it takes that data-slot (the card’s status uses its own)', () => {
    const { container } = render(<StatusIcon status="at-risk" slot="objective-card-status-icon" />);
    expect(container.querySelector('svg')).toHaveAttribute('data-slot', 'objective-card-status-icon');
  });
});

describe('CheckIcon', () => {
  it('draws the achieved check, decorative, in its own slot', () => {
    const { container } = render(<CheckIcon />);
    const icon = container.querySelector('svg')!;
    expect(icon).toHaveAttribute('aria-hidden', 'true');
    expect(icon).toHaveAttribute('data-slot', 'key-result-progress-check-icon');
    const achieved = render(<StatusIcon status="achieved" />).container.querySelector('path');
    expect(icon.querySelector('path')).toHaveAttribute('d', achieved?.getAttribute('d'));
  });
});
