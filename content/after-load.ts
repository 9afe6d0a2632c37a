/**
 * The readers and the tips wait until the frame has loaded and the main thread is idle: during
 * load iCloud.com builds its page and every millisecond there is the person's. Only the network
 * listener and the channel to it start at document_start.
 */

/** An idle moment is awaited at most this long after load (a page that is never idle still gets read). */
export const IDLE_TIMEOUT_MS = 2000;

export function afterLoadWhenIdle(win: Window, work: () => void): void {
  const idle = (): void => {
    // Chrome and Firefox have requestIdleCallback; anything without it gets the next task.
    if (typeof win.requestIdleCallback === 'function') {
      win.requestIdleCallback(() => work(), { timeout: IDLE_TIMEOUT_MS });
    } else win.setTimeout(work, 0);
  };
  if (win.document.readyState === 'complete') idle();
  else win.addEventListener('load', idle, { once: true });
}
