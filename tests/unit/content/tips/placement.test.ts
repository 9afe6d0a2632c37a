import { describe, expect, it } from 'vitest';
import { chooseCorner, type ElementsAt } from '@/content/tips/placement';

const viewport = { width: 1200, height: 800 };
const card = { width: 300, height: 160 };

/** A page laid out as rectangles; elementsAt returns what covers a point, topmost first. */
function page(html: string, rects: Record<string, [number, number, number, number]>): ElementsAt {
  document.body.replaceChildren();
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  document.body.append(...Array.from(parsed.body.childNodes));
  return (x, y) =>
    Object.entries(rects)
      .filter(([, [l, t, w, h]]) => x >= l && x <= l + w && y >= t && y <= t + h)
      .map(([id]) => document.getElementById(id)!)
      .reverse();
}

describe('chooseCorner', () => {
  it('takes the bottom-right corner when nothing is there', () => {
    const at = page('<main id="main"></main>', { main: [0, 0, 1200, 800] });
    expect(chooseCorner(viewport, card, at)).toBe('bottom-right');
  });

  it('moves away from a button in the bottom-right corner', () => {
    const at = page('<main id="main"><button id="upload">Upload</button></main>', {
      main: [0, 0, 1200, 800],
      upload: [1000, 700, 150, 60],
    });
    expect(chooseCorner(viewport, card, at)).toBe('bottom-left');
  });

  it('treats Apple custom buttons and role=button as controls', () => {
    const at = page(
      '<ui-button id="a"></ui-button><div id="b" role="button"></div><a id="c" href="/x">x</a>',
      { a: [900, 640, 300, 160], b: [0, 640, 300, 160], c: [900, 0, 300, 160] },
    );
    expect(chooseCorner(viewport, card, at)).toBe('top-left');
  });

  it('ignores plain text and images, which the card may cover', () => {
    const at = page('<p id="p">Library</p>', { p: [800, 600, 400, 200] });
    expect(chooseCorner(viewport, card, at)).toBe('bottom-right');
  });

  it('picks the least busy corner when every corner has controls', () => {
    const at = page(
      '<button id="a"></button><button id="b"></button><button id="c"></button><button id="d"></button><button id="e"></button>',
      {
        a: [900, 640, 300, 160],
        b: [0, 640, 150, 160],
        c: [150, 640, 150, 160],
        d: [900, 0, 300, 160],
        e: [0, 0, 300, 160],
      },
    );
    expect(chooseCorner(viewport, card, at)).toBe('bottom-right');
  });

  it('does not count the tip itself as a control', () => {
    const at = page('<div id="host"><button id="own">Not now</button></div>', {
      host: [884, 624, 300, 160],
      own: [900, 700, 100, 30],
    });
    expect(chooseCorner(viewport, card, at, document.getElementById('host')!)).toBe('bottom-right');
  });
});
