/**
 * What the popup shows, as data: the types and the constants both ends share. The background
 * builds a view (build.ts) and the popup validates (lib/messages.ts) and draws it. This module
 * has no runtime imports, so importing it brings nothing else into a bundle.
 */
import type { Tone } from '../conditions/overview';
import type { ConditionId } from '../conditions/ids';
import type { AffectedService, Forecast } from '../conditions/types';
import type { RankedFix } from '../guides/rank';
import type { StorageReading } from '../readings/types';
import type { IncidentDay } from '../status/incident-days';
import type { ServiceRow } from '../status/service-rows';

export const POPUP_VIEW_VERSION = 1;
/** The storage.local key of the latest view, written by the background after each evaluation. */
export const POPUP_VIEW_KEY = 'popupView';
export const HISTORY_STRIP_DAYS = 7;
/**
 * The background re-evaluates at least every 15 minutes (the badge's recheck alarm, MAX_RECHECK_MS),
 * so a stored view older than that and 5 minutes' slack for a late alarm is not what the
 * background would say now: the popup then waits for a fresh answer instead of drawing it.
 */
export const STORED_VIEW_MAX_AGE_MS = 20 * 60_000;

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
  /** The evaluator found that the extension may not read Apple's status page (host access withdrawn). */
  accessMissing: boolean;
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
