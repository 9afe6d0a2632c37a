/**
 * What runs at document_start in an iCloud.com frame (entrypoints/icloud-start.ts): decide whether
 * the frame is one of ours (if not, nothing starts), join the network listener's channel before
 * the page's scripts run, and keep what it hears until the readers start — once the frame has
 * loaded and is idle, from their own script, so nothing of theirs is parsed or run while the page
 * loads. It uses no extension API: the browser sets those up in a frame on first use, and that
 * first use now comes after load.
 *
 * A frame that reads nothing of its page and shows no tips (Mail, Drive, Notes … see
 * lib/readings/evidence.ts) loads the readers only when Apple has answered one of the page's own
 * requests: until then it costs nothing beyond this script.
 */
import { afterLoadWhenIdle } from './after-load';
import { identifyLocation, type FrameRole } from '@/lib/frame-role';
import { readsPageText } from '@/lib/readings/evidence';
import { createNetworkFeed, joinNetworkChannel, type ObservationListener } from './network-channel';

export type StartReaders = (network: (listener: ObservationListener) => void) => Promise<void> | void;

export function startFrame(win: Window, startReaders: StartReaders): FrameRole {
  const role = identifyLocation(win.location, win.top === win);
  // Frames that are none of ours: no listener, no timer, no message.
  if (role.kind === 'none') return role;
  const feed = createNetworkFeed();
  let started = false;
  const start = (): void => {
    if (started) return;
    started = true;
    afterLoadWhenIdle(win, () => {
      // A content script never throws into the page: readers that cannot load read nothing.
      void Promise.resolve()
        .then(() => startReaders(feed.subscribe))
        .catch(() => undefined);
    });
  };
  // For the document's life: the channel is the page's own DOM events, gone with the document.
  joinNetworkChannel(
    win.document,
    (target, type, handler) => target.addEventListener(type, handler),
    (o) => {
      feed.push(o);
      start();
    },
  );
  if (readsPageText(role.kind) || win.top === win) start();
  return role;
}
