import { describe, expect, it } from 'vitest';
import { renewLeaseWhileAlive } from '@/content/tips/lease';

describe("the tip card's lease", () => {
  function frameWithCard(alive: () => boolean) {
    const frame = document.createElement('div');
    const card = document.createElement('section');
    frame.append(card);
    document.body.append(frame);
    renewLeaseWhileAlive(frame, alive);
    const end = (target: Element) => target.dispatchEvent(new Event('animationend', { bubbles: true }));
    return { frame, card, end };
  }

  it('is started again at each of its ends while the extension is there', () => {
    const { frame, end } = frameWithCard(() => true);
    expect(frame.dataset.lease).toBeUndefined();
    end(frame);
    expect(frame.dataset.lease).toBe('b');
    end(frame);
    expect(frame.dataset.lease).toBe('a');
    end(frame);
    expect(frame.dataset.lease).toBe('b');
  });

  it('runs out once the extension has gone, whoever says it ended (a page script can too)', () => {
    let alive = true;
    const { frame, end } = frameWithCard(() => alive);
    end(frame);
    alive = false;
    for (let i = 0; i < 3; i += 1) {
      end(frame);
      expect(frame.dataset.lease).toBe('b');
    }
  });

  it("is not renewed by the card's own animations ending inside it", () => {
    const { frame, card, end } = frameWithCard(() => true);
    end(card);
    expect(frame.dataset.lease).toBeUndefined();
  });
});
