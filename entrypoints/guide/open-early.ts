/**
 * Starts opening the guides database before the rest of the page's modules are evaluated, so
 * the browser opens it while the page's code loads. Imported first by main.tsx.
 */
import { openGuidesDb, type GuidesDb } from '@/lib/guides/db';
import type { OpenCallbacks } from '@/lib/idb-open';

const listeners: OpenCallbacks = {};
let blockedAlready = false;

const opening: Promise<GuidesDb> = openGuidesDb({
  blocked: () => {
    blockedAlready = true;
    listeners.blocked?.();
  },
  closedForUpgrade: () => listeners.closedForUpgrade?.(),
  terminated: () => listeners.terminated?.(),
});
// Failures are handled where the promise is used; don't report them as unhandled meanwhile.
opening.catch(() => undefined);

/** The database being opened; the callbacks given here hear about blocking and closing. */
export function openedEarly(callbacks: OpenCallbacks): Promise<GuidesDb> {
  Object.assign(listeners, callbacks);
  if (blockedAlready) callbacks.blocked?.();
  return opening;
}
