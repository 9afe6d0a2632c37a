/**
 * Messages between the content scripts and the background. Every message is versioned and
 * validated on arrival: the shape here, the sender in the background. Anything that does not
 * validate is dropped, never half-used.
 */

import { isConditionId } from './conditions/ids';
import type { FixesByCondition, RankedFix } from './guides/rank';
import type { Effort } from './guides/types';
import type { PhotosState, StorageReading } from './readings/types';
import { validatePhotosState, validateStorageReading } from './readings/validate';
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

export type ContentMessage = PageReportMessage;

const ROLE_KINDS: readonly string[] = ['shell', 'settings', 'photos', 'app'];

/** Returns the message when it is a well-formed content message of this version, else null. */
export function parseContentMessage(value: unknown): ContentMessage | null {
  if (!isRecord(value) || value.v !== MESSAGE_VERSION) return null;
  if (value.type === 'page-report') return parsePageReport(value);
  return null;
}

/**
 * A request from this extension's own pages that carries nothing but its kind: `poll-now` (the
 * popup's refresh button; answered with the new poll record), `ranked-fixes` (the popup; the
 * ranking needs the guides and progress in IndexedDB, which the popup does not load) and
 * `clear-my-data` (the settings page; the background is the one writer of every item it clears).
 * Senders are checked in the background: this extension's own pages only.
 */
export interface PageRequest<T extends PageRequestType> {
  v: typeof MESSAGE_VERSION;
  type: T;
}

export type PageRequestType = 'poll-now' | 'ranked-fixes' | 'clear-my-data';
export type PollNowMessage = PageRequest<'poll-now'>;
export type RankedFixesMessage = PageRequest<'ranked-fixes'>;
export type ClearMyDataMessage = PageRequest<'clear-my-data'>;

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
export const parseRankedFixesMessage = pageRequestParser('ranked-fixes');
export const parseClearMyDataMessage = pageRequestParser('clear-my-data');

function parsePageReport(value: Record<string, unknown>): PageReportMessage | null {
  const { role } = value;
  if (typeof role !== 'string' || !ROLE_KINDS.includes(role)) return null;
  const storage = value.storage === null ? null : validateStorageReading(value.storage);
  const photos = value.photos === null ? null : validatePhotosState(value.photos);
  if ((value.storage !== null && !storage) || (value.photos !== null && !photos)) return null;
  if (photos && role !== 'photos') return null;
  if (!storage && !photos) return null;
  return { v: MESSAGE_VERSION, type: 'page-report', role: role as FrameRoleKind, storage, photos };
}

const EFFORTS: readonly string[] = ['quick', 'moderate', 'drastic'];

function parseRankedFix(value: unknown): RankedFix | null {
  if (!isRecord(value)) return null;
  const { guideId, title, effort, caution } = value;
  if (typeof guideId !== 'string' || typeof title !== 'string' || typeof caution !== 'boolean') return null;
  if (typeof effort !== 'string' || !EFFORTS.includes(effort)) return null;
  return { guideId, title, effort: effort as Effort, caution };
}

/** The background's answer, kept only where it is well formed: unknown ids and bad rows are dropped. */
export function parseFixesByCondition(value: unknown): FixesByCondition {
  if (!isRecord(value)) return {};
  const fixes: FixesByCondition = {};
  for (const [id, list] of Object.entries(value)) {
    if (!isConditionId(id) || !Array.isArray(list)) continue;
    fixes[id] = list.map(parseRankedFix).filter((f): f is RankedFix => f !== null);
  }
  return fixes;
}
