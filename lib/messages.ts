/**
 * Messages between the content scripts and the background. Every message is versioned and
 * validated on arrival: the shape here, the sender in the background. Anything that does not
 * validate is dropped, never half-used.
 */

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
 * An extension page (the popup's refresh button) asks the background to poll Apple's status now.
 * The answer is the new poll record. Senders are checked in the background: this extension's own
 * pages only.
 */
export interface PollNowMessage {
  v: typeof MESSAGE_VERSION;
  type: 'poll-now';
}

export function parsePollNowMessage(value: unknown): PollNowMessage | null {
  if (!isRecord(value) || value.v !== MESSAGE_VERSION || value.type !== 'poll-now') return null;
  return { v: MESSAGE_VERSION, type: 'poll-now' };
}

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
