/** The normalised model of Apple's System Status feed. Shared contract: see lib/status/. */

/** What kind of problem an event is (the feed's `statusType`). */
export const EVENT_KINDS = [
  'outage',
  'issue',
  'performance',
  'maintenance',
  'unspecified',
  'unknown',
] as const;
export type EventKind = (typeof EVENT_KINDS)[number];
/** Where the event is in its life (the feed's `eventStatus`). */
export const EVENT_PHASES = ['ongoing', 'resolved', 'upcoming', 'completed', 'unknown'] as const;
export type EventPhase = (typeof EVENT_PHASES)[number];
/** A service's current state, the worst of its current events. */
export const SERVICE_STATES = ['ok', 'minor', 'major', 'maintenance', 'scheduled', 'unknown'] as const;
export type ServiceState = (typeof SERVICE_STATES)[number];

export interface StatusEvent {
  /** Canonical service id (catalogue id for iCloud services, `other:<name>` otherwise). */
  serviceId: string;
  /** With serviceId, the event's identity. Never includes the start time (it gets revised). */
  messageId: string;
  kind: EventKind;
  phase: EventPhase;
  /** Epoch milliseconds from `epochStartDate`/`epochEndDate`; null when absent. */
  startsAt: number | null;
  endsAt: number | null;
  /** Apple's message for this service, as published. */
  message: string;
  usersAffected: string | null;
}

export interface ServiceStatus {
  id: string;
  /** The name as the feed gives it (trimmed, entity-decoded). */
  name: string;
  state: ServiceState;
  /** Sorted by start time. */
  events: StatusEvent[];
  /** True for a catalogue service the feed did not list: its state is then 'unknown'. */
  missing?: boolean;
}

export interface StatusSnapshot {
  /** When the feed was fetched (epoch ms). */
  fetchedAt: number;
  services: ServiceStatus[];
}

/** The record of polling, kept so a restarted worker knows where it was. */
export interface PollRecord {
  lastAttemptAt: number | null;
  lastSuccessAt: number | null;
  consecutiveFailures: number;
  /** The last failure in words a person can read ("Apple's server answered 503"). */
  lastError: string | null;
  /** Why the last poll failed, when it was a feed error (absent after a success). */
  lastErrorCode?: FeedErrorCode;
}

export const EMPTY_POLL_RECORD: PollRecord = {
  lastAttemptAt: null,
  lastSuccessAt: null,
  consecutiveFailures: 0,
  lastError: null,
};

/** Why a poll or a parse gave no snapshot. */
export const FEED_ERROR_CODES = [
  'empty',
  'not-json',
  'bad-shape',
  'no-services',
  'no-icloud-services',
  'http',
  'timeout',
  'too-large',
  'network',
  // The browser does not let the extension read www.apple.com's status path (withdrawn by the person).
  'no-permission',
  'redirected',
] as const;

export type FeedErrorCode = (typeof FEED_ERROR_CODES)[number];

export interface FeedError {
  code: FeedErrorCode;
  /** In words a person can read. */
  message: string;
}

export type FeedParseResult =
  { ok: true; snapshot: StatusSnapshot; warnings: string[] } | { ok: false; error: FeedError };
