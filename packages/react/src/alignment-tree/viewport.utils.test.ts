import { describe, expect, it } from 'vitest';
import { clipPolyline, detailAt, ensureVisible, fitTransform, linkClipFor, panBy, viewInside, zoomAt } from './viewport.utils';

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

  it('given a link far longer than the view, when it is drawn, only the part near the view is kept', () => {
    const clip = { minX: 0, minY: 0, maxX: 100, maxY: 100 };
    // An elbow from far left to far right: the corners inside stay joined, the ends are cut.
    const elbow = [
      { x: 50, y: -20 },
      { x: 50, y: 50 },
      { x: 1_000_000, y: 50 },
      { x: 1_000_000, y: 200 },
    ];
    expect(clipPolyline(elbow, clip)).toEqual([
      [
        { x: 50, y: 0 },
        { x: 50, y: 50 },
        { x: 100, y: 50 },
      ],
    ]);
    // A diagonal crossing the rectangle, and one missing it.
    expect(clipPolyline([{ x: -100, y: -100 }, { x: 200, y: 200 }], clip)).toEqual([[{ x: 0, y: 0 }, { x: 100, y: 100 }]]);
    expect(clipPolyline([{ x: -100, y: 150 }, { x: 200, y: 150 }], clip)).toEqual([]);
    // Leaving and coming back makes two parts.
    expect(clipPolyline([{ x: 10, y: 10 }, { x: 10, y: 500 }, { x: 20, y: 500 }, { x: 20, y: 10 }], clip)).toEqual([
      [{ x: 10, y: 10 }, { x: 10, y: 100 }],
      [{ x: 20, y: 100 }, { x: 20, y: 10 }],
    ]);
  });

  it('the links are cut a view size around the view, and drawn again once a pan leaves that', () => {
    const size = { width: 800, height: 600 };
    const here = { x: 0, y: 0, scale: 1 };
    const clip = linkClipFor(here, size);
    expect(clip).toEqual({ minX: -800, minY: -600, maxX: 1600, maxY: 1200 });
    expect(viewInside(here, size, clip)).toBe(true);
    expect(viewInside(panBy(here, -500, 0), size, clip)).toBe(true);
    expect(viewInside(panBy(here, -700, 0), size, clip)).toBe(false);
    expect(viewInside({ ...here, scale: 0.5 }, size, clip)).toBe(false);
  });
});
