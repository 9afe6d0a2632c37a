/**
 * Where the tip card goes: the viewport corner with no Apple control under it. Sampling a few
 * points per corner with `elementsFromPoint` is cheap and runs only when a tip is shown.
 */
import { CONTROLS } from '../signatures';

export type Corner = 'bottom-right' | 'bottom-left' | 'top-right' | 'top-left';

const PREFERENCE: readonly Corner[] = ['bottom-right', 'bottom-left', 'top-right', 'top-left'];
const MARGIN = 16;

const INTERACTIVE = CONTROLS.css;

export interface Size {
  width: number;
  height: number;
}

export type ElementsAt = (x: number, y: number) => readonly Element[];

function samplePoints(corner: Corner, viewport: Size, card: Size): [number, number][] {
  const left = corner.endsWith('left') ? MARGIN : viewport.width - MARGIN - card.width;
  const top = corner.startsWith('top') ? MARGIN : viewport.height - MARGIN - card.height;
  const points: [number, number][] = [];
  for (const fx of [0.05, 0.5, 0.95]) {
    for (const fy of [0.05, 0.5, 0.95]) points.push([left + card.width * fx, top + card.height * fy]);
  }
  return points;
}

function controlsUnder(corner: Corner, viewport: Size, card: Size, elementsAt: ElementsAt, ignore?: Element) {
  const seen = new Set<Element>();
  for (const [x, y] of samplePoints(corner, viewport, card)) {
    for (const element of elementsAt(x, y)) {
      if (ignore && (element === ignore || ignore.contains(element))) continue;
      const control = element.closest(INTERACTIVE);
      if (control) seen.add(control);
    }
  }
  return seen.size;
}

/** The first corner (in order of preference) with no control under it, else the least busy one. */
export function chooseCorner(viewport: Size, card: Size, elementsAt: ElementsAt, ignore?: Element): Corner {
  let best: Corner = PREFERENCE[0]!;
  let fewest = Number.POSITIVE_INFINITY;
  for (const corner of PREFERENCE) {
    const count = controlsUnder(corner, viewport, card, elementsAt, ignore);
    if (count === 0) return corner;
    if (count < fewest) {
      fewest = count;
      best = corner;
    }
  }
  return best;
}
