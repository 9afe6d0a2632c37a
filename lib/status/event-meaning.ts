/**
 * The feed's words for an event → the model's, and the severity mapping used by peers: only
 * ongoing events are current problems; Outage is major, Issue/Performance/"" minor; Maintenance is
 * maintenance, upcoming maintenance is scheduled. Unknown values stay unknown, never healthy.
 */
import type { EventKind, EventPhase, ServiceState } from './types';

const KINDS: Record<string, EventKind> = {
  outage: 'outage',
  issue: 'issue',
  performance: 'performance',
  maintenance: 'maintenance',
  '': 'unspecified',
};

const PHASES: Record<string, EventPhase> = {
  ongoing: 'ongoing',
  resolved: 'resolved',
  upcoming: 'upcoming',
  completed: 'completed',
};

export function eventKind(statusType: string): EventKind {
  return KINDS[statusType.trim().toLowerCase()] ?? 'unknown';
}

export function eventPhase(eventStatus: string): EventPhase {
  return PHASES[eventStatus.trim().toLowerCase()] ?? 'unknown';
}

/** Worse states rank higher; "unknown" outranks maintenance because it may hide a problem. */
export const STATE_RANK: Record<ServiceState, number> = {
  ok: 0,
  scheduled: 1,
  maintenance: 2,
  unknown: 3,
  minor: 4,
  major: 5,
};

export function eventState(kind: EventKind, phase: EventPhase): ServiceState {
  switch (phase) {
    case 'resolved':
    case 'completed':
      return 'ok';
    case 'unknown':
      return 'unknown';
    case 'upcoming':
      return 'scheduled';
    case 'ongoing':
      if (kind === 'outage') return 'major';
      if (kind === 'maintenance') return 'maintenance';
      return 'minor';
  }
}

export function worstState(states: Iterable<ServiceState>): ServiceState {
  let worst: ServiceState = 'ok';
  for (const s of states) if (STATE_RANK[s] > STATE_RANK[worst]) worst = s;
  return worst;
}

/** A current problem (not maintenance) that counts for the badge and notifications. */
export function isProblem(event: { kind: EventKind; phase: EventPhase }): boolean {
  return event.phase === 'ongoing' && event.kind !== 'maintenance';
}
