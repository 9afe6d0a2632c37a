/**
 * What runs at document_start in an iCloud.com frame (entrypoints/icloud-start.ts): decide whether
 * the frame is one of ours (if not, nothing starts), join the network listener's channel before
 * the page's scripts run, and keep what it hears until the frame has loaded and is idle. Then it
 * sends Apple's storage answers and CloudKit's quota refusals to the background
 * (./answer-messages.ts) and starts the one script the frame's role loads (./role-scripts.ts), which
 * gets the rest of what was heard (the Photos upload steps). It uses no extension API before that:
 * the browser sets those up in a frame on first use, and that first use comes after load.
 *
 * A frame that shows people's content (Mail, Drive, Notes …) loads no script: it costs nothing
 * beyond this one, and wakes only when Apple answers one of the page's own requests.
 */
import { afterLoadWhenIdle } from './after-load';
import { identifyLocation, type FrameRole } from '@/lib/frame-role';
import { createNetworkFeed, joinNetworkChannel } from './network-channel';
import { roleScriptFor, type Network, type RoleScriptName } from './role-scripts';
import { answerMessage, sendAnswer } from './answer-messages';

/** Starts the role's script with the observations meant for it. */
export type StartRoleScript = (script: RoleScriptName, network: Network) => Promise<unknown> | void;

export function startFrame(win: Window, startScript: StartRoleScript): FrameRole {
  const top = win.top === win;
  const role = identifyLocation(win.location, top);
  const { kind } = role;
  // Frames that are none of ours: no listener, no timer, no message.
  if (kind === 'none') return role;
  const script = roleScriptFor(kind, top);
  const heard = createNetworkFeed();
  let started = false;
  const start = (): void => {
    if (started) return;
    started = true;
    afterLoadWhenIdle(win, () => {
      const forScript = createNetworkFeed();
      heard.subscribe((detail, at) => {
        const answer = answerMessage(kind, detail, at);
        if (answer) sendAnswer(answer, win);
        else if (answer === undefined) forScript.push(detail, at);
      });
      // A content script never throws into the page: a script that cannot load reads nothing.
      if (script)
        void Promise.resolve()
          .then(() => startScript(script, forScript.subscribe))
          .catch(() => undefined);
    });
  };
  // For the document's life: the channel is the page's own DOM events, gone with the document.
  joinNetworkChannel(
    win.document,
    (target, type, handler) => target.addEventListener(type, handler),
    (detail) => {
      heard.push(detail);
      start();
    },
  );
  if (script) start();
  return role;
}
