/**
 * What the popup shows, decided in one place from the evaluator's conditions and their inputs: the
 * headline and the other problems with their ranked fixes, the storage card's facts, Apple's word
 * on the services, and the 7-day strip. The background builds it and sends it as data (and keeps
 * the latest under one storage key); the popup only validates and draws it, so it loads no
 * evaluator, no guides and no database.
 */
import { overviewOf, storageTone, toneOf, type Tone } from './conditions/overview';
import type { ConditionId } from './conditions/ids';
import type { AffectedService, Condition, ConditionInput, Forecast } from './conditions/types';
import { MAX_RECHECK_MS } from './conditions/recheck';
import type { FixesByCondition, RankedFix } from './guides/rank';
import type { StatusEventRecord } from './history-db';
import type { StorageReading } from './readings/types';
import { incidentDays, type IncidentDay } from './status/incident-days';
import { serviceRows, type ServiceRow } from './status/service-rows';

export const POPUP_VIEW_VERSION = 1;
/** The storage.local key of the latest view, written by the background after each evaluation. */
export const POPUP_VIEW_KEY = 'popupView';
export const HISTORY_STRIP_DAYS = 7;
/**
 * The background re-evaluates at least every 15 minutes (the badge's recheck alarm), so a stored
 * view older than that and some slack for a late alarm is not what the background would say now:
 * the popup then waits for a fresh answer instead of drawing it.
 */
export const STORED_VIEW_MAX_AGE_MS = MAX_RECHECK_MS + 5 * 60_000;

/** A condition as the popup shows it: its words, its tone and its fixes, best first. */
export interface ProblemView {
  id: ConditionId;
  tone: Tone;
  sentence: string;
  fixes: RankedFix[];
}

export type HeadlineView =
  | { kind: 'problem'; top: ProblemView; others: ProblemView[] }
  /** Nothing wrong in what can be seen; `checkedAt` is when Apple's status was read. */
  | { kind: 'all-clear'; checkedAt: number | null }
  /** The very first status check is still under way: neither good nor bad yet. */
  | { kind: 'first-check' };

export interface StorageView {
  reading: StorageReading | null;
  /** Full (or an upload refused for space), nearly full, or neither: from the storage conditions. */
  tone: 'full' | 'warn' | 'ok';
  /** The storage-stale condition holds: the reading is old. */
  stale: boolean;
  /** Apple refused an upload for lack of space (the upload-blocked condition). */
  refused: boolean;
  forecast: Forecast | null;
}

export interface ServicesView {
  /** The services the status conditions name, with Apple's words, once each condition. */
  affected: AffectedService[];
  /** The status-unknown condition holds. */
  unknown: boolean;
  rows: ServiceRow[];
  /** When Apple's status was last read. */
  checkedAt: number | null;
  /** Apple's status now, in the evaluator's words. */
  summary: string;
}

export interface PopupView {
  v: typeof POPUP_VIEW_VERSION;
  /** When it was evaluated (epoch ms): the newer of two views wins. */
  at: number;
  headline: HeadlineView;
  storage: StorageView;
  services: ServicesView;
  days: IncidentDay[];
}

const STATUS_IDS: readonly ConditionId[] = ['outage', 'maintenance', 'status-unknown'];

export function servicesViewOf(
  conditions: readonly Condition[],
  input: Pick<ConditionInput, 'snapshot' | 'settings' | 'now'>,
): ServicesView {
  const status = conditions.filter((c) => STATUS_IDS.includes(c.id));
  const problem = status.find((c) => c.id === 'outage' || c.id === 'status-unknown');
  return {
    affected: status.flatMap((c) => c.facts.services ?? []),
    unknown: status.some((c) => c.id === 'status-unknown'),
    rows: serviceRows(input.snapshot, input.settings, input.now),
    checkedAt: input.snapshot?.fetchedAt ?? null,
    summary: problem ? problem.sentence : 'Apple reports no issues.',
  };
}

export function storageViewOf(
  conditions: readonly Condition[],
  input: Pick<ConditionInput, 'storage' | 'forecast'>,
): StorageView {
  return {
    reading: input.storage,
    tone: storageTone(conditions),
    stale: conditions.some((c) => c.id === 'storage-stale'),
    refused: conditions.some((c) => c.id === 'upload-blocked'),
    forecast: input.forecast,
  };
}

export interface PopupViewSources {
  input: ConditionInput;
  conditions: readonly Condition[];
  fixes: FixesByCondition;
  /** Status events of the last days, for the strip. */
  events: readonly StatusEventRecord[];
  /** Times of successful status reads, the latest per day. */
  checked: readonly number[];
}

/** The popup's view of the conditions as evaluated at `input.now`. Pure. */
export function popupViewOf({ input, conditions, fixes, events, checked }: PopupViewSources): PopupView {
  const problem = (c: Condition): ProblemView => ({
    id: c.id,
    tone: toneOf(c),
    sentence: c.sentence,
    fixes: fixes[c.id] ?? [],
  });
  const overview = overviewOf(conditions, input);
  const headline: HeadlineView =
    overview.kind === 'problem'
      ? { kind: 'problem', top: problem(overview.top), others: overview.others.map(problem) }
      : overview.kind === 'all-clear'
        ? { kind: 'all-clear', checkedAt: overview.checkedAt }
        : { kind: 'first-check' };
  const lastSuccess = input.poll.lastSuccessAt;
  return {
    v: POPUP_VIEW_VERSION,
    at: input.now,
    headline,
    storage: storageViewOf(conditions, input),
    services: servicesViewOf(conditions, input),
    days: incidentDays(events, input.settings.watchedServices, input.now, HISTORY_STRIP_DAYS, [
      ...checked,
      ...(lastSuccess !== null ? [lastSuccess] : []),
    ]),
  };
}
