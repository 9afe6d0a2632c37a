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
 * - Observations then travel as events named `cloudcheckup:<nonce>`: a page script cannot listen
 *   for or forge a name it does not know, and the main world dispatches through references to
 *   dispatchEvent, CustomEvent and Reflect.apply taken before the page could patch them.
 * - Only the first hello counts; every observation is a string, size-capped, parsed and validated
 *   here as `unknown` before it becomes a reading.
 * Not covered: another extension's main-world script running at document_start, or a page that is
 * itself compromised before our scripts run (the readers then fall back to unknown or DOM text).
 */

export const HELLO_EVENT = 'cloudcheckup:hello';
export const READY_EVENT = 'cloudcheckup:ready';
export const CHANNEL_PREFIX = 'cloudcheckup:';
export const NONCE = /^[0-9a-f]{32}$/;
export const MAX_OBSERVATION_CHARS = 256 * 1024;

export type NetworkObservation = { kind: 'storage'; body: unknown } | { kind: 'quota' };

/** Parses what crossed the channel; anything malformed is dropped. */
export function parseObservation(detail: unknown): NetworkObservation | null {
  if (typeof detail !== 'string' || detail.length > MAX_OBSERVATION_CHARS) return null;
  try {
    const { kind, body } = (JSON.parse(detail) ?? {}) as Record<string, unknown>;
    if (kind === 'quota') return { kind };
    if (kind === 'storage' && typeof body === 'string') return { kind, body: JSON.parse(body) as unknown };
  } catch {
    // Not JSON: dropped.
  }
  return null;
}

type Listen = (target: EventTarget, type: string, handler: (event: Event) => void) => void;

/** Joins the channel (isolated side). `listen` is ctx.addEventListener, so teardown is WXT's. */
export function joinNetworkChannel(
  doc: Document,
  listen: Listen,
  onObservation: (o: NetworkObservation) => void,
): void {
  let joined = false;
  listen(doc, HELLO_EVENT, (event) => {
    const nonce = (event as CustomEvent<unknown>).detail;
    if (joined || typeof nonce !== 'string' || !NONCE.test(nonce)) return;
    joined = true;
    event.preventDefault();
    listen(doc, CHANNEL_PREFIX + nonce, (e) => {
      const observation = parseObservation((e as CustomEvent<unknown>).detail);
      if (observation) onObservation(observation);
    });
  });
  if (!joined) doc.dispatchEvent(new CustomEvent(READY_EVENT));
}

/** A listener for what the network listener saw, with the time it arrived. */
export type ObservationListener = (o: NetworkObservation, at: number) => void;

/** At most this many observations wait for the readers (a storage answer or two, a quota error). */
export const MAX_WAITING_OBSERVATIONS = 8;

/**
 * Observations arrive from document_start on; the readers start after load. The feed keeps what
 * arrives until then (the newest few) and hands it over, then passes on what comes.
 */
export function createNetworkFeed(now: () => number = Date.now) {
  let waiting: { o: NetworkObservation; at: number }[] = [];
  let listener: ObservationListener | null = null;
  return {
    push: (o: NetworkObservation): void => {
      if (listener) return listener(o, now());
      waiting.push({ o, at: now() });
      if (waiting.length > MAX_WAITING_OBSERVATIONS) waiting.shift();
    },
    /** Replays what waited, in order, then passes on what comes (one listener). */
    subscribe: (next: ObservationListener): void => {
      listener = next;
      const before = waiting;
      waiting = [];
      for (const { o, at } of before) next(o, at);
    },
  };
}
