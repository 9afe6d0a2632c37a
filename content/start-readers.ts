/**
 * The readers' script (entrypoints/icloud-readers.ts) in one frame: the readers, their reports to
 * the background, and — in the top frame only, one tip per page — the tips controller's script.
 */
import { browser } from 'wxt/browser';
import { MESSAGE_VERSION, type PageReportMessage } from '@/lib/messages';
import type { ObservationListener } from './network-channel';
import { createReadersContext } from './readers-context';
import { runReaders } from './run-readers';
import { loadTipsScript } from './tips/tips-script';

const READERS_CONTEXT = 'icloud';

/**
 * Whether the background stored the report (it answers `{ ok: true }`). A content script never
 * throws into the page: a background that is gone (extension updated) is "not stored".
 */
function send(message: PageReportMessage): Promise<boolean> {
  return browser.runtime.sendMessage(message).then(
    (reply: unknown) => (reply as { ok?: unknown } | undefined)?.ok === true,
    () => false,
  );
}

export function startReaders(win: Window, network: (listener: ObservationListener) => void): void {
  // WXT's context: listeners and timers end with it when the extension is updated or removed;
  // never because of an event a page script dispatched (./readers-context.ts).
  const ctx = createReadersContext(READERS_CONTEXT);
  const role = runReaders(
    ctx,
    win,
    (reading, current) => {
      if (current.kind === 'none') return;
      return send({ v: MESSAGE_VERSION, type: 'page-report', role: current.kind, ...reading });
    },
    network,
  );
  if (role.kind === 'none' || win.top !== win) return;
  // Tips: one per page, so only the top frame loads their controller; the tip card itself loads
  // only when there is a tip to show.
  void loadTipsScript()
    .then((tips) => {
      if (ctx.isValid) tips?.start(ctx, win);
    })
    .catch(() => undefined);
}
