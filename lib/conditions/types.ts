/** The conditions contract: what the one evaluator takes and gives. See the architecture's table. */
import type { PhotosState, StorageReading } from '../readings/types';
import type { Settings } from '../settings';
import type { EventKind, EventPhase, PollRecord, StatusSnapshot } from '../status/types';
import type { ConditionId } from './ids';

/** When storage is projected to be full, from the storage history (null: nothing to say). */
export interface Forecast {
  fullAt: number;
  /** Bytes per day of growth from the robust fit. */
  bytesPerDay: number;
}

export interface ConditionInput {
  storage: StorageReading | null;
  photos: PhotosState | null;
  snapshot: StatusSnapshot | null;
  poll: PollRecord;
  settings: Settings;
  forecast: Forecast | null;
  now: number;
}

export type BadgeColour = 'red' | 'amber' | 'grey';

/** A watched service with a current or scheduled event, as a condition reports it. */
export interface AffectedService {
  id: string;
  name: string;
  kind: EventKind;
  /** `ongoing` for problems; `ongoing` or `upcoming` for maintenance. */
  phase?: EventPhase;
  since: number | null;
  until: number | null;
  message: string;
}

export interface ConditionFacts {
  /** Where the evidence came from: iCloud.com in this browser, or Apple's System Status feed. */
  seenOn?: 'icloud.com' | 'apple-status';
  percent?: number;
  usedBytes?: number;
  totalBytes?: number;
  /** Apple's own flag decided it (overQuota / almost-full). */
  fromAppleFlag?: boolean;
  /** Apple says the account already has its largest plan (haveMaxQuotaTier): none bigger to buy. */
  largestPlan?: true;
  services?: AffectedService[];
  /** Watched services missing from the feed (display names). */
  missingServices?: string[];
  /** Watched services the feed lists in a way that could not be read (display names). */
  unclearServices?: string[];
  stalledForMs?: number;
  /** upload-refused: why Apple refused ("quota" while the numbers show room, or "unknown"). */
  refusedFor?: 'quota' | 'unknown';
  /** upload-refused: the HTTP status Apple gave the refused file, when it gave one. */
  refusedStatus?: number;
  consecutiveFailures?: number;
  /** status-unknown: the browser does not let Cloud Checkup read Apple's status page. */
  statusAccess?: 'missing';
  forecast?: Forecast;
}

export interface Condition {
  id: ConditionId;
  /** Index in the priority order: 0 is the most severe. */
  priority: number;
  /** One plain sentence for people ("iCloud storage is 92% full."). */
  sentence: string;
  /** What the badge shows when this is the most severe condition; null for tooltip-only ones. */
  badge: { text: string; colour: BadgeColour } | null;
  facts: ConditionFacts;
  /** Age of the data the condition was decided on, in ms; null when not applicable. */
  dataAgeMs: number | null;
}

export interface BadgeView {
  /** Empty when no condition is active. */
  text: string;
  colour: BadgeColour | null;
  tooltip: string;
}
