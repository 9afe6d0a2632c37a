/**
 * The channel between the main-world network listener and this isolated content script.
 *
 * Threat model. Page scripts share the main world with the listener and can dispatch DOM events
 * of any name, so a fixed event name could be spoofed (a fake "storage is fine" or "full"). The
 * cost of a spoof is a wrong badge on this person's own device — nothing leaves it — but we still
 * make it hard:
 * - Both sides run at document_start, before any page script. The main world makes a random
 *   128-bit nonce and hands it over in one `cloudcheckup:hello` event that only this script can
 *   hear then; it marks receipt with preventDefault, and the main world stops offering it. If this
 *   script starts first it asks with `cloudcheckup:ready`; the main world answers once.
 * - This script joins only while no page script can have run in the document (still loading, no
 *   `script` element): a hello that comes later, or a frame where the scripts arrive after the
 *   page's own (late injection, as Firefox does for tabs open at install), joins nothing, and that
 *   frame sends no `api` readings. The main world installs nothing there either.
 * - Observations then travel as events named `cloudcheckup:<nonce>`: a page script cannot listen
 *   for or forge a name it does not know, and the main world dispatches through references to
 *   dispatchEvent, CustomEvent and Reflect.apply taken before the page could patch them.
 * - Only the first hello counts; every observation is a string, size-capped here, and parsed and
 *   validated by the readers (./observations.ts) as `unknown` before it becomes a reading.
 * Not covered: another extension's main-world script running at document_start, or a page that is
 * itself compromised before our scripts run (the readers then fall back to unknown or DOM text).
 */
import type { UploadStep } from '@/lib/readings/photos-upload';

export const HELLO_EVENT = 'cloudcheckup:hello';
export const READY_EVENT = 'cloudcheckup:ready';
export const CHANNEL_PREFIX = 'cloudcheckup:';
export const NONCE = /^[0-9a-f]{32}$/;
export const MAX_OBSERVATION_CHARS = 256 * 1024;

/** What crosses the channel, as the main world sends it: the answer's body as text. */
export interface ChannelMessage {
  kind: 'storage' | 'cloudkit' | 'upload';
  step?: UploadStep;
  status: number;
  body: string;
}

/**
 * Whether no page script can have run in `doc` yet: it is still loading and has no `script`
 * element. (A clobbered `readyState` or lookup can only make this false, never true.)
 */
export function beforePageScripts(doc: Document): boolean {
  try {
    return doc.readyState === 'loading' && doc.getElementsByTagName('script').length === 0;
  } catch {
    return false;
  }
}

type Listen = (target: EventTarget, type: string, handler: (event: Event) => void) => void;

/**
 * Joins the channel (isolated side) when the frame is early enough; returns whether it tried.
 * `onMessage` gets each observation as the text that crossed, unparsed: the readers parse it once
 * they start, so nothing of that runs while the page loads.
 */
export function joinNetworkChannel(
  doc: Document,
  listen: Listen,
  onMessage: (detail: string) => void,
): boolean {
  if (!beforePageScripts(doc)) return false;
  let joined = false;
  listen(doc, HELLO_EVENT, (event) => {
    const nonce = (event as CustomEvent<unknown>).detail;
    if (joined || typeof nonce !== 'string' || !NONCE.test(nonce) || !beforePageScripts(doc)) return;
    joined = true;
    event.preventDefault();
    listen(doc, CHANNEL_PREFIX + nonce, (e) => {
      const detail = (e as CustomEvent<unknown>).detail;
      if (typeof detail === 'string' && detail.length <= MAX_OBSERVATION_CHARS) onMessage(detail);
    });
  });
  if (!joined) doc.dispatchEvent(new CustomEvent(READY_EVENT));
  return true;
}

/** A listener for what the network listener saw (unparsed), with the time it arrived. */
export type ObservationListener = (detail: string, at: number) => void;

/** At most this many observations wait for the readers (storage answers, upload answers, a refusal). */
export const MAX_WAITING_OBSERVATIONS = 16;

/**
 * Observations arrive from document_start on; the readers start after load. The feed keeps what
 * arrives until then (the newest few) and hands it over, then passes on what comes.
 */
export function createNetworkFeed(now: () => number = Date.now) {
  let waiting: { detail: string; at: number }[] = [];
  let listener: ObservationListener | null = null;
  return {
    /** `at`: when it arrived (now, unless it waited elsewhere first). */
    push: (detail: string, at = now()): void => {
      if (listener) return listener(detail, at);
      waiting.push({ detail, at });
      if (waiting.length > MAX_WAITING_OBSERVATIONS) waiting.shift();
    },
    /** Replays what waited, in order, then passes on what comes (one listener). */
    subscribe: (next: ObservationListener): void => {
      listener = next;
      const before = waiting;
      waiting = [];
      for (const { detail, at } of before) next(detail, at);
    },
  };
}
