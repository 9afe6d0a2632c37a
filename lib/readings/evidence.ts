/**
 * Who may say what: the kinds of evidence each part of iCloud.com may give, as data. The content
 * script runs a frame's DOM readers only for the text evidence its role may give, and the
 * background drops any part of a report whose evidence the sending frame may not give.
 *
 * iCloud.com shows people's own content (mail, files, notes, captions, album names) beside Apple's
 * interface, and only Apple's word counts:
 * - `apple-answer`: Apple's answers to the page's own requests (storageUsageInfo, CloudKit errors),
 *   heard by the main-world listener in any frame of ours;
 * - `storage-view-text`: Apple's words and meters on the account settings view and its storage
 *   panels — storage numbers, full / almost-full;
 * - `photos-ui-text`: Apple's interface around the Photos library (notices, progress, the sign-in
 *   page) — upload progress, an upload refused for storage, signed out.
 * Frames that show people's own content (Mail, Drive, Notes, Pages …) and the shell give Apple's
 * answers only: no DOM reader runs there.
 */
import type { FrameRole } from '../frame-role';
import type { PhotosState, StorageReading } from './types';

export type Evidence = 'apple-answer' | 'storage-view-text' | 'photos-ui-text';

export const EVIDENCE_BY_ROLE: Readonly<Record<FrameRole['kind'], readonly Evidence[]>> = {
  settings: ['apple-answer', 'storage-view-text'],
  photos: ['apple-answer', 'photos-ui-text'],
  shell: ['apple-answer'],
  app: ['apple-answer'],
  none: [],
};

export function mayGive(role: FrameRole['kind'], evidence: Evidence): boolean {
  return EVIDENCE_BY_ROLE[role].includes(evidence);
}

/** What a storage reading rests on: Apple's answer, or the storage view's words and meter. */
export function storageEvidence(reading: StorageReading): Evidence {
  return reading.source === 'api' ? 'apple-answer' : 'storage-view-text';
}

/** What a Photos state rests on: the Photos interface, and Apple's answers for a refused upload. */
export function photosEvidence(state: PhotosState): Evidence[] {
  const found = new Set<Evidence>();
  if (state.signedIn !== null || state.upload !== null || state.view !== null) found.add('photos-ui-text');
  if (state.quotaError) found.add(state.quotaError.source === 'cloudkit' ? 'apple-answer' : 'photos-ui-text');
  return [...found];
}

/**
 * The parts of a report a frame of this role may give, or null for none. A Photos state is the
 * Photos frame's alone (its view and progress are read there, even when a refusal was heard).
 */
export function admissible<R extends { storage: StorageReading | null; photos: PhotosState | null }>(
  report: R,
  role: FrameRole['kind'],
): R | null {
  const storage = report.storage && mayGive(role, storageEvidence(report.storage)) ? report.storage : null;
  const photos =
    report.photos && role === 'photos' && photosEvidence(report.photos).every((e) => mayGive(role, e))
      ? report.photos
      : null;
  return storage || photos ? { ...report, storage, photos } : null;
}
