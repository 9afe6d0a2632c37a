import { afterEach, describe, expect, it, vi } from 'vitest';
import { afterLoadWhenIdle, IDLE_TIMEOUT_MS } from '@/content/after-load';

/** A frame's window: its own event target and timers, a document in the given state, optionally rIC. */
function frame(readyState: DocumentReadyState, requestIdleCallback?: unknown) {
  const doc = { readyState };
  const win = Object.assign(new EventTarget(), {
    document: doc,
    requestIdleCallback,
    setTimeout: (fn: () => void, ms: number) => setTimeout(fn, ms),
  });
  return { win: win as unknown as Window, doc };
}

afterEach(() => {
  vi.useRealTimers();
});

describe('afterLoadWhenIdle', () => {
  it('while the frame loads: nothing runs before its load event, then the work runs once', async () => {
    // The frame's timers are the test's: every timer there is runs before the test says what did not happen.
    vi.useFakeTimers({ toFake: ['setTimeout'] });
    const { win, doc } = frame('loading');
    const work = vi.fn();
    afterLoadWhenIdle(win, work);
    await vi.runAllTimersAsync();
    expect(work).not.toHaveBeenCalled();
    doc.readyState = 'complete';
    win.dispatchEvent(new Event('load'));
    win.dispatchEvent(new Event('load'));
    await vi.runAllTimersAsync();
    expect(work).toHaveBeenCalledTimes(1);
  });

  it('waits for an idle moment where the browser has requestIdleCallback, for at most the idle timeout', () => {
    const idle = vi.fn((_cb: () => void, _options?: IdleRequestOptions) => 1);
    const { win } = frame('complete', idle);
    const work = vi.fn();
    afterLoadWhenIdle(win, work);
    expect(idle).toHaveBeenCalledTimes(1);
    expect(idle.mock.calls[0]![1]).toEqual({ timeout: IDLE_TIMEOUT_MS });
    expect(work).not.toHaveBeenCalled();
    idle.mock.calls[0]![0]();
    expect(work).toHaveBeenCalledTimes(1);
  });
});
