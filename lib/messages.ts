/**
 * Messages between the content scripts and the background. Every message is versioned and
 * validated on arrival: the shape here, the sender in the background. Anything that does not
 * validate is dropped, never half-used.
 */

import { isConditionId } from './conditions/ids';
import type { Tone } from './conditions/overview';
import type { AffectedService } from './conditions/types';
import type { RankedFix } from './guides/rank';
import type { Effort } from './guides/types';
import type { HeadlineView, PopupView, ProblemView, ServicesView, StorageView } from './popup-view/types';
import { POPUP_VIEW_VERSION } from './popup-view/types';
import type { PhotosState, StorageReading } from './readings/types';
import { readStorageUsageInfo } from './readings/storage-usage-info';
import { isTime, validatePhotosState, validateStorageReading } from './readings/validate';
import type { DayIncident, DaySeverity, IncidentDay } from './status/incident-days';
import type { ServiceRow } from './status/service-rows';
import { EVENT_KINDS, EVENT_PHASES, SERVICE_STATES } from './status/types';
import { isRecord } from './is-record';

export const MESSAGE_VERSION = 1;

export type FrameRoleKind = 'shell' | 'settings' | 'photos' | 'app';

/** What a frame read from iCloud.com, sent only when it changed. Photos state only from Photos. */
export interface PageReportMessage {
  v: typeof MESSAGE_VERSION;
  type: 'page-report';
  role: FrameRoleKind;
  storage: StorageReading | null;
  photos: PhotosState | null;
}

/**
 * Apple's answer to a page's own storageUsageInfo request, as the document_start script of any
 * frame of ours heard it (the three parts a reading needs, unchecked: the content script sends
 * them on without reading them, so the frames that show people's content load nothing more). The
 * background reads it as it reads every answer (lib/readings/storage-usage-info.ts) into a page
 * report.
 */
export interface StorageAnswerMessage {
  v: typeof MESSAGE_VERSION;
  type: 'storage-answer';
  role: FrameRoleKind;
  answer: unknown;
  /** When the answer arrived in the frame (epoch ms). */
  at: number;
}

/**
 * CloudKit refused a record write for quota (`QUOTA_EXCEEDED` as a record's or the request's
 * `serverErrorCode` in a records/modify answer), as the document_start script of any frame of ours
 * heard it: in Photos, Drive, Notes … Only that it happened, and when, crosses; the answer's records
 * (people's own content) do not.
 */
export interface QuotaRefusalMessage {
  v: typeof MESSAGE_VERSION;
  type: 'quota-refusal';
  role: FrameRoleKind;
  /** When the answer arrived in the frame (epoch ms). */
  at: number;
}

export type ContentMessage = PageReportMessage | QuotaRefusalMessage;

const ROLE_KINDS: readonly string[] = ['shell', 'settings', 'photos', 'app'];

/** Returns the message when it is a well-formed content message of this version, else null. */
export function parseContentMessage(value: unknown): ContentMessage | null {
  if (!isRecord(value) || value.v !== MESSAGE_VERSION) return null;
  if (value.type === 'page-report') return parsePageReport(value);
  if (value.type === 'storage-answer') return parseStorageAnswer(value);
  if (value.type === 'quota-refusal') return parseQuotaRefusal(value);
  return null;
}

function isRoleKind(role: unknown): role is FrameRoleKind {
  return typeof role === 'string' && ROLE_KINDS.includes(role);
}

function parseQuotaRefusal(value: Record<string, unknown>): QuotaRefusalMessage | null {
  const { role, at } = value;
  if (!isRoleKind(role) || !isTime(at)) return null;
  return { v: MESSAGE_VERSION, type: 'quota-refusal', role, at };
}

/** A storage answer, read into the page report it stands for; null when it does not make sense. */
function parseStorageAnswer(value: Record<string, unknown>): PageReportMessage | null {
  const { role, at } = value;
  if (typeof at !== 'number') return null;
  const storage = readStorageUsageInfo(value.answer, null, at);
  return parsePageReport({ role, storage, photos: null });
}

/**
 * A request from this extension's own pages that carries nothing but its kind: `poll-now`
 * (answered with the new poll record) and `clear-my-data` (the settings page; the background is
 * the one writer of every item it clears).
 * Senders are checked in the background: this extension's own pages only.
 */
export interface PageRequest<T extends PageRequestType> {
  v: typeof MESSAGE_VERSION;
  type: T;
}

export type PageRequestType = 'poll-now' | 'clear-my-data';

/** The request to send for `type`. */
export function pageRequest<T extends PageRequestType>(type: T): PageRequest<T> {
  return { v: MESSAGE_VERSION, type };
}

/** A validator that accepts only the bare request of `type` at this version. */
function pageRequestParser<T extends PageRequestType>(type: T) {
  return (value: unknown): PageRequest<T> | null =>
    isRecord(value) && value.v === MESSAGE_VERSION && value.type === type ? pageRequest(type) : null;
}

export const parsePollNowMessage = pageRequestParser('poll-now');
export const parseClearMyDataMessage = pageRequestParser('clear-my-data');

function parsePageReport(value: Record<string, unknown>): PageReportMessage | null {
  const { role } = value;
  if (!isRoleKind(role)) return null;
  const storage = value.storage === null ? null : validateStorageReading(value.storage);
  const photos = value.photos === null ? null : validatePhotosState(value.photos);
  if ((value.storage !== null && !storage) || (value.photos !== null && !photos)) return null;
  if (photos && role !== 'photos') return null;
  if (!storage && !photos) return null;
  return { v: MESSAGE_VERSION, type: 'page-report', role, storage, photos };
}

/**
 * The popup asks the background for what it shows: the conditions evaluated now, as a popup view
 * (lib/popup-view.ts), after polling Apple's status first when `check` is set (the Refresh
 * button). Asking also wakes a sleeping worker. Senders are checked in the background: this
 * extension's own pages only.
 */
export interface PopupViewMessage {
  v: typeof MESSAGE_VERSION;
  type: 'popup-view';
  check: boolean;
}

export function parsePopupViewMessage(value: unknown): PopupViewMessage | null {
  if (!isRecord(value) || value.v !== MESSAGE_VERSION || value.type !== 'popup-view') return null;
  if (value.check !== undefined && typeof value.check !== 'boolean') return null;
  return { v: MESSAGE_VERSION, type: 'popup-view', check: value.check === true };
}

/** How an asked-for status check went: read now, tried and failed, or not run at all. */
export type CheckResult = 'ok' | 'failed' | 'not-run';

export interface PopupViewAnswer {
  view: PopupView;
  /** Null when no check was asked for. */
  check: CheckResult | null;
}

const EFFORTS: readonly Effort[] = ['quick', 'moderate', 'drastic'];
const TONES: readonly Tone[] = ['red', 'amber', 'grey', 'info', 'ok', 'neutral'];
const CHECK_RESULTS: readonly CheckResult[] = ['ok', 'failed', 'not-run'];
const SEVERITIES: readonly DaySeverity[] = ['major', 'minor', 'maintenance'];

const oneOf = <T extends string>(list: readonly T[], v: unknown): v is T =>
  typeof v === 'string' && (list as readonly string[]).includes(v);
const isText = (v: unknown): v is string => typeof v === 'string';
const isTimeOrNull = (v: unknown): v is number | null => v === null || isTime(v);

/** Every item parsed, or null: a list with one bad item is not half-used. */
function listOf<T>(value: unknown, parse: (item: unknown) => T | null): T[] | null {
  if (!Array.isArray(value)) return null;
  const items = value.map(parse);
  return items.every((item) => item !== null) ? items : null;
}

function parseRankedFix(value: unknown): RankedFix | null {
  if (!isRecord(value)) return null;
  const { guideId, title, effort, caution, forCause } = value;
  if (!isText(guideId) || !isText(title) || !oneOf(EFFORTS, effort)) return null;
  if (typeof caution !== 'boolean' || typeof forCause !== 'boolean') return null;
  return { guideId, title, effort, caution, forCause };
}

function parseProblem(value: unknown): ProblemView | null {
  if (!isRecord(value)) return null;
  const { id, tone, sentence } = value;
  const fixes = listOf(value.fixes, parseRankedFix);
  if (!isConditionId(id) || !oneOf(TONES, tone) || !isText(sentence) || !fixes) return null;
  return { id, tone, sentence, fixes };
}

function parseHeadline(value: unknown): HeadlineView | null {
  if (!isRecord(value)) return null;
  if (value.kind === 'first-check') return { kind: 'first-check' };
  if (value.kind === 'all-clear')
    return isTimeOrNull(value.checkedAt) ? { kind: 'all-clear', checkedAt: value.checkedAt } : null;
  if (value.kind !== 'problem') return null;
  const top = parseProblem(value.top);
  const others = listOf(value.others, parseProblem);
  return top && others ? { kind: 'problem', top, others } : null;
}

function parseStorage(value: unknown): StorageView | null {
  if (!isRecord(value)) return null;
  const { reading, tone, stale, refused, forecast } = value;
  const read = reading === null ? null : validateStorageReading(reading);
  const fullAt = isRecord(forecast) ? forecast.fullAt : undefined;
  const perDay = isRecord(forecast) ? forecast.bytesPerDay : undefined;
  if ((reading !== null && !read) || !oneOf(['full', 'warn', 'ok'] as const, tone)) return null;
  if (typeof stale !== 'boolean' || typeof refused !== 'boolean') return null;
  if (forecast !== null && !(isTime(fullAt) && typeof perDay === 'number' && Number.isFinite(perDay)))
    return null;
  return {
    reading: read,
    tone,
    stale,
    refused,
    forecast: isTime(fullAt) && typeof perDay === 'number' ? { fullAt, bytesPerDay: perDay } : null,
  };
}

function parseAffected(value: unknown): AffectedService | null {
  if (!isRecord(value)) return null;
  const { id, name, kind, phase, since, until, message } = value;
  if (!isText(id) || !isText(name) || !isText(message) || !oneOf(EVENT_KINDS, kind)) return null;
  if (!isTimeOrNull(since) || !isTimeOrNull(until)) return null;
  if (phase !== undefined && !oneOf(EVENT_PHASES, phase)) return null;
  return { id, name, kind, ...(phase !== undefined && { phase }), since, until, message };
}

function parseServiceRow(value: unknown): ServiceRow | null {
  if (!isRecord(value)) return null;
  const { id, name, state, missing } = value;
  if (!isText(id) || !isText(name) || !oneOf(SERVICE_STATES, state) || typeof missing !== 'boolean')
    return null;
  return { id, name, state, missing };
}

function parseServices(value: unknown): ServicesView | null {
  if (!isRecord(value)) return null;
  const { unknown, checkedAt, summary, accessMissing } = value;
  const affected = listOf(value.affected, parseAffected);
  const rows = listOf(value.rows, parseServiceRow);
  if (!affected || !rows || typeof unknown !== 'boolean' || !isTimeOrNull(checkedAt) || !isText(summary))
    return null;
  if (typeof accessMissing !== 'boolean') return null;
  return { affected, unknown, rows, checkedAt, summary, accessMissing };
}

function parseIncident(value: unknown): DayIncident | null {
  if (!isRecord(value)) return null;
  const { serviceId, name, messageId, kind, severity } = value;
  if (!isText(serviceId) || !isText(name) || !isText(messageId)) return null;
  if (!oneOf(EVENT_KINDS, kind) || !oneOf(SEVERITIES, severity)) return null;
  return { serviceId, name, messageId, kind, severity };
}

function parseDay(value: unknown): IncidentDay | null {
  if (!isRecord(value)) return null;
  const { start, worst, known } = value;
  const incidents = listOf(value.incidents, parseIncident);
  if (!isTime(start) || typeof known !== 'boolean' || !incidents) return null;
  if (worst !== null && !oneOf(SEVERITIES, worst)) return null;
  return { start, worst, known, incidents };
}

/** The popup's view as the background built it, or null when any part of it is malformed. */
export function parsePopupView(value: unknown): PopupView | null {
  if (!isRecord(value) || value.v !== POPUP_VIEW_VERSION || !isTime(value.at)) return null;
  const headline = parseHeadline(value.headline);
  const storage = parseStorage(value.storage);
  const services = parseServices(value.services);
  const days = listOf(value.days, parseDay);
  if (!headline || !storage || !services || !days) return null;
  return { v: POPUP_VIEW_VERSION, at: value.at, headline, storage, services, days };
}

export function parsePopupViewAnswer(value: unknown): PopupViewAnswer | null {
  if (!isRecord(value)) return null;
  const view = parsePopupView(value.view);
  if (!view || (value.check !== null && !oneOf(CHECK_RESULTS, value.check))) return null;
  return { view, check: value.check };
}
