/**
 * Apple's answers that the main-world listener hears (../main-world/network-listener.ts), checked
 * here, in the isolated world, before they become domain values: they come from the page as text
 * and every field is `unknown` until looked at. An answer that does not make sense says nothing.
 */
import { isRecord } from '@/lib/is-record';
import type { FileOutcome, UploadAnswer, UploadStep } from '@/lib/readings/photos-upload';
import { CLOUDKIT_QUOTA_CODE, PHOTOS_UPLOAD } from './signatures';

const MAX_FILES = 10_000;
const JOB_ID = /^[\w.:-]{1,200}$/;

/**
 * Whether a CloudKit records/modify answer refuses a write for quota: `serverErrorCode` is
 * `QUOTA_EXCEEDED` for the whole request (at the top) or for a record (in `records`). Only that
 * code in one of those places counts — not an HTTP status on its own (a 413 may be a body that is
 * too large), not the words anywhere in a body (a record's field may hold any text). The body is
 * bounded by the channel (MAX_OBSERVATION_CHARS). This runs at document_start in every frame: it
 * stays small.
 */
export function refusesForQuota(body: unknown): boolean {
  const records = isRecord(body) && Array.isArray(body.records) ? (body.records as unknown[]) : [];
  return [body, ...records].some((r) => isRecord(r) && r.serverErrorCode === CLOUDKIT_QUOTA_CODE);
}

function isStatus(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 100 && value <= 599;
}

/** One file of a putAsset answer: `{ uploadJobId, response: { status, isRetryable?, … } }`. */
function outcomeOf(entry: unknown): FileOutcome | null {
  if (!isRecord(entry) || !isRecord(entry.response) || !isStatus(entry.response.status)) return null;
  const { response } = entry;
  const status = response.status as number;
  if (status === PHOTOS_UPLOAD.accepted) {
    const jobId = entry.uploadJobId;
    return typeof jobId === 'string' && JOB_ID.test(jobId) ? { kind: 'accepted', jobId } : null;
  }
  if (status === PHOTOS_UPLOAD.duplicate) return { kind: 'duplicate' };
  // Quota only when the answer names it by code; an error message is not read.
  const quota = PHOTOS_UPLOAD.quotaCodes.some(
    (c) => response.errorCode === c || response.serverErrorCode === c,
  );
  if (response.isRetryable === true && !quota) return { kind: 'retrying' };
  return { kind: 'refused', status, quota };
}

/** One answer of the upload steps, from its HTTP status and parsed body; null when it says nothing. */
export function readUploadAnswer(step: UploadStep, status: number, body: unknown): UploadAnswer | null {
  if (status !== PHOTOS_UPLOAD.accepted) return null;
  if (step === 'createUploadUrl') {
    if (!isRecord(body) || !isRecord(body.uploadUrls)) return null;
    const files = Object.keys(body.uploadUrls).length;
    return files > 0 && files <= MAX_FILES ? { step, files } : null;
  }
  if (step === 'putAsset') {
    if (!Array.isArray(body) || body.length === 0 || body.length > MAX_FILES) return null;
    const files = body.map(outcomeOf);
    // One entry that makes no sense and the whole answer is not understood.
    return files.every((f): f is FileOutcome => f !== null) ? { step, files } : null;
  }
  if (!isRecord(body)) return null;
  const progress: Record<string, number> = {};
  for (const [jobId, job] of Object.entries(body)) {
    // An unknown job answers `{ errorCode: 404 }`: it says nothing about progress.
    if (!JOB_ID.test(jobId) || !isRecord(job)) continue;
    const { progress: p } = job;
    if (typeof p === 'number' && Number.isFinite(p) && p >= 0 && p <= 100) progress[jobId] = p;
  }
  return Object.keys(progress).length > 0 ? { step, progress } : null;
}
