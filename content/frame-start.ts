/**
 * What runs at document_start in an iCloud.com frame (entrypoints/icloud-start.ts): decide whether
 * the frame is one of ours (if not, nothing starts), join the network listener's channel before
 * the page's scripts run, and keep what it hears until the readers start — once the frame has
 * loaded and is idle, from their own script, so nothing of theirs is parsed or run while the page
 * loads. It uses no extension API: the browser sets those up in a frame on first use, and that
 * first use now comes after load.
 */
import { afterLoadWhenIdle } from './after-load';
import { identifyLocation, type FrameRole } from './frame-role';
import { createNetworkFeed, joinNetworkChannel, type ObservationListener } from './network-channel';

export type StartReaders = (network: (listener: ObservationListener) => void) => Promise<void> | void;

export function startFrame(win: Window, startReaders: StartReaders): FrameRole {
  const role = identifyLocation(win.location, win.top === win);
  // Frames that are none of ours: no listener, no timer, no message.
  if (role.kind === 'none') return role;
  const feed = createNetworkFeed();
  // For the document's life: the channel is the page's own DOM events, gone with the document.
  joinNetworkChannel(
    win.document,
    (target, type, handler) => target.addEventListener(type, handler),
    (o) => feed.push(o),
  );
  afterLoadWhenIdle(win, () => {
    // A content script never throws into the page: readers that cannot load read nothing.
    void Promise.resolve()
      .then(() => startReaders(feed.subscribe))
      .catch(() => undefined);
  });
  return role;
}
