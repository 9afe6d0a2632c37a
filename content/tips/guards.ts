/**
 * The tip card lives in iCloud.com's page, so the page's own scripts can reach it: they can
 * dispatch clicks on its buttons. Only the person's clicks count (the browser marks those trusted;
 * a script's `click()` or `dispatchEvent` is not), and guides open at most once every few seconds
 * whoever asks, so no script can open a flood of tabs.
 */

/** Clicks inside `root` that the browser did not mark trusted stop here, before any button sees them. */
export function stopUntrustedClicks(root: EventTarget): void {
  root.addEventListener(
    'click',
    (event) => {
      if (event.isTrusted) return;
      event.stopImmediatePropagation();
      event.preventDefault();
    },
    true,
  );
}

/** The shortest wait between two guides opened from the tip card. */
export const GUIDE_OPEN_INTERVAL_MS = 3000;

/** A gate that lets one call through, then nothing until `intervalMs` has passed. */
export function oncePer(intervalMs: number, now: () => number = Date.now): () => boolean {
  let last = -Infinity;
  return () => {
    const at = now();
    if (at - last < intervalMs) return false;
    last = at;
    return true;
  };
}
