/**
 * Events flap ongoing → resolved → ongoing. An end (resolved or vanished) is announced only once
 * it has held for CONFIRM_POLLS further successful polls; if the event comes back within them,
 * neither the end nor the restart is announced. The state lives in storage between polls.
 */
import { eventKey, type Transition } from './diff';

export const CONFIRM_POLLS = 2;
/** Ends older than this are dropped unannounced: polling stopped for a long while. */
const PENDING_LIMIT_MS = 24 * 3_600_000;
const PENDING_MAX = 200;

export interface PendingEnd {
  transition: Transition;
  firstSeenAt: number;
  /** Successful polls since it was first seen. */
  pollsSince: number;
}

export interface TransitionDebounce {
  pending: PendingEnd[];
}

export const EMPTY_DEBOUNCE: TransitionDebounce = { pending: [] };

export interface DebounceResult {
  announce: Transition[];
  state: TransitionDebounce;
}

export function debounceTransitions(
  raw: Transition[],
  state: TransitionDebounce,
  now: number,
): DebounceResult {
  const announce: Transition[] = [];
  const pending = new Map(state.pending.map((p) => [eventKey(p.transition), p]));
  const touched = new Set<string>();

  for (const t of raw) {
    const key = eventKey(t);
    if (t.type === 'resolved' || t.type === 'vanished') {
      pending.set(key, { transition: t, firstSeenAt: now, pollsSince: 0 });
      touched.add(key);
    } else if (t.type === 'started' && pending.has(key)) {
      // It flipped back within the confirmation window: the problem never ended for us.
      pending.delete(key);
    } else {
      announce.push(t);
    }
  }

  const kept: PendingEnd[] = [];
  for (const [key, p] of pending) {
    if (touched.has(key)) {
      kept.push(p);
      continue;
    }
    const aged = { ...p, pollsSince: p.pollsSince + 1 };
    if (aged.pollsSince >= CONFIRM_POLLS) announce.push(aged.transition);
    else if (now - aged.firstSeenAt <= PENDING_LIMIT_MS) kept.push(aged);
  }
  return { announce, state: { pending: kept.slice(-PENDING_MAX) } };
}

/** Validates a stored debounce state; anything damaged becomes empty (at worst one late notice). */
export function readDebounce(value: unknown): TransitionDebounce {
  if (
    typeof value !== 'object' ||
    value === null ||
    !Array.isArray((value as { pending?: unknown }).pending)
  ) {
    return EMPTY_DEBOUNCE;
  }
  const pending = (value as { pending: unknown[] }).pending.filter(
    (p): p is PendingEnd =>
      typeof p === 'object' &&
      p !== null &&
      typeof (p as PendingEnd).firstSeenAt === 'number' &&
      typeof (p as PendingEnd).pollsSince === 'number' &&
      typeof (p as PendingEnd).transition?.serviceId === 'string' &&
      typeof (p as PendingEnd).transition?.messageId === 'string' &&
      ((p as PendingEnd).transition.type === 'resolved' || (p as PendingEnd).transition.type === 'vanished'),
  );
  return { pending };
}
