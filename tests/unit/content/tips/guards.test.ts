import { describe, expect, it, vi } from 'vitest';
import { GUIDE_OPEN_INTERVAL_MS, oncePer, stopUntrustedClicks } from '@/content/tips/guards';

describe('the tip card against a page script playing the attacker', () => {
  function card() {
    const frame = document.createElement('div');
    const button = document.createElement('button');
    frame.append(button);
    document.body.append(frame);
    const pressed = vi.fn();
    button.addEventListener('click', pressed);
    stopUntrustedClicks(frame);
    return { button, pressed };
  }

  it('a script’s click() or dispatched click never reaches a button', () => {
    const { button, pressed } = card();
    button.click();
    button.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    for (let i = 0; i < 5; i++) button.click();
    expect(pressed).not.toHaveBeenCalled();
  });

  it('a click the browser marks trusted (the person’s) does', () => {
    const { button, pressed } = card();
    const click = new MouseEvent('click', { bubbles: true });
    Object.defineProperty(click, 'isTrusted', { value: true });
    button.dispatchEvent(click);
    expect(pressed).toHaveBeenCalledTimes(1);
  });

  it(`opens one guide per ${GUIDE_OPEN_INTERVAL_MS / 1000} s, however often it is asked`, () => {
    let now = 1_000;
    const mayOpen = oncePer(GUIDE_OPEN_INTERVAL_MS, () => now);
    const opened = Array.from({ length: 5 }, () => mayOpen()).filter(Boolean);
    expect(opened).toHaveLength(1);
    now += GUIDE_OPEN_INTERVAL_MS - 1;
    expect(mayOpen()).toBe(false);
    now += 1;
    expect(mayOpen()).toBe(true);
  });
});
