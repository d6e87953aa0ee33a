import { describe, expect, it } from 'vitest';
import { detailAt, ensureVisible, fitTransform, panBy, zoomAt } from './viewport.utils';

describe('viewport maths', () => {
  it('when zooming at a point, the layout point under it stays put', () => {
    const before = { x: 100, y: 50, scale: 1 };
    const after = zoomAt(before, 2, { x: 200, y: 100 }, 0.2, 4);
    expect(after.scale).toBe(2);
    expect(after.x + 200 / after.scale).toBe(before.x + 200 / before.scale);
    expect(after.y + 100 / after.scale).toBe(before.y + 100 / before.scale);
  });

  it('clamps the zoom, and pans by screen pixels', () => {
    expect(zoomAt({ x: 0, y: 0, scale: 1 }, 100, { x: 0, y: 0 }, 0.2, 2).scale).toBe(2);
    expect(panBy({ x: 0, y: 0, scale: 2 }, 10, -20)).toEqual({ x: -5, y: 10, scale: 2 });
  });

  it('fit frames the bounds, centred', () => {
    const fitted = fitTransform({ minX: 0, minY: 0, maxX: 1000, maxY: 500 }, { width: 548, height: 300 }, 0.2, 2);
    expect(fitted.scale).toBe(0.5);
    expect(fitted.x + 548 / 2 / fitted.scale).toBe(500);
  });

  it('ensureVisible pans the least needed, and not at all when the box is in view', () => {
    const view = { x: 0, y: 0, scale: 1 };
    expect(ensureVisible(view, { x: 100, y: 100, width: 200, height: 80 }, { width: 800, height: 600 })).toBe(view);
    expect(ensureVisible(view, { x: 1000, y: 0, width: 200, height: 80 }, { width: 800, height: 600 })).toEqual({ x: 424, y: -24, scale: 1 });
  });

  it('draws compact nodes when zoomed out', () => {
    expect(detailAt(1)).toBe('full');
    expect(detailAt(0.4)).toBe('compact');
  });
});
