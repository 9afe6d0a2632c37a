/**
 * Apple's answers to the Photos web app's uploads (the account's `photosupload` host): createUploadUrl says how many files a batch has, putAsset how Apple took each file,
 * uploadStatus how far each accepted file has got. Every answer comes from the page as `unknown`
 * and is checked (content/apple-answers.ts) before it becomes one of these values; an answer that
 * does not make sense says nothing. Together they tell "uploading", "stalled" (progress that stops moving, judged by the
 * conditions) and "refused", ahead of any progress bar on the page.
 */
import type { UploadProgress } from './types';

export type UploadStep = 'createUploadUrl' | 'putAsset' | 'uploadStatus';

/** How Apple took one file in putAsset. */
export type FileOutcome =
  | { kind: 'accepted'; jobId: string }
  /** 409: the library already has it. */
  | { kind: 'duplicate' }
  /** Apple asked for the file again later (`isRetryable`): not a refusal, not progress either. */
  | { kind: 'retrying' }
  /** Any other status: refused; `quota` only when the answer names a quota error. */
  | { kind: 'refused'; status: number; quota: boolean };

const MAX_FILES = 10_000;

export type UploadAnswer =
  | { step: 'createUploadUrl'; files: number }
  | { step: 'putAsset'; files: FileOutcome[] }
  | { step: 'uploadStatus'; progress: Record<string, number> };

/** What the upload answers of one page have said so far. */
export interface UploadJobs {
  /** Files announced by createUploadUrl that putAsset has not answered yet. */
  announced: number;
  /** Accepted files (by upload job) and how far each has got, 0–100. */
  jobs: Record<string, number>;
  /** Files the library already had: done. */
  duplicates: number;
  /** When the progress last moved (a batch announced, a file accepted, a job's progress changed). */
  movedAt: number | null;
  /** The newest refusal: when, its status, and whether Apple named quota. */
  refused: { at: number; status: number; quota: boolean } | null;
}

export const NO_UPLOAD_JOBS: UploadJobs = {
  announced: 0,
  jobs: {},
  duplicates: 0,
  movedAt: null,
  refused: null,
};

/** At most this many jobs are remembered (a page uploading for hours keeps the newest). */
const MAX_JOBS = 2_000;

export function applyUploadAnswer(jobs: UploadJobs, answer: UploadAnswer, at: number): UploadJobs {
  if (answer.step === 'createUploadUrl') {
    return { ...jobs, announced: Math.min(MAX_FILES, jobs.announced + answer.files), movedAt: at };
  }
  if (answer.step === 'uploadStatus') {
    let moved = false;
    const next = { ...jobs.jobs };
    for (const [jobId, progress] of Object.entries(answer.progress)) {
      // Only jobs putAsset accepted on this page: another tab's job is not this upload.
      if (!(jobId in next) || next[jobId] === progress) continue;
      next[jobId] = progress;
      moved = true;
    }
    return moved ? settled({ ...jobs, jobs: next, movedAt: at }) : jobs;
  }
  const next = { ...jobs.jobs };
  let { duplicates, refused } = jobs;
  for (const file of answer.files) {
    if (file.kind === 'accepted') next[file.jobId] ??= 0;
    else if (file.kind === 'duplicate') duplicates += 1;
    else if (file.kind === 'refused') refused = { at, status: file.status, quota: file.quota };
  }
  const ids = Object.keys(next);
  for (const id of ids.slice(0, Math.max(0, ids.length - MAX_JOBS))) delete next[id];
  const answered = answer.files.filter((f) => f.kind !== 'retrying').length;
  return settled({
    announced: Math.max(0, jobs.announced - answered),
    jobs: next,
    duplicates,
    movedAt: answered > answer.files.filter((f) => f.kind === 'refused').length ? at : jobs.movedAt,
    refused,
  });
}

/** A batch whose every file is done is over: the next batch starts from nothing (refusal kept). */
function settled(jobs: UploadJobs): UploadJobs {
  const progress = Object.values(jobs.jobs);
  const over = jobs.announced === 0 && progress.every((p) => p >= 100);
  return over ? { ...NO_UPLOAD_JOBS, refused: jobs.refused } : jobs;
}

/**
 * The upload in progress as the answers tell it: every file Apple took or will take (announced,
 * accepted, duplicate), how many are done and the mean progress. Null when the answers tell of no
 * upload, or when every file is done (a finished upload is not in progress).
 */
export function uploadFromJobs(jobs: UploadJobs): Omit<UploadProgress, 'lastProgressAt'> | null {
  const progress = Object.values(jobs.jobs);
  const total = jobs.announced + progress.length + jobs.duplicates;
  if (total === 0 || jobs.movedAt === null) return null;
  const done = jobs.duplicates + progress.filter((p) => p >= 100).length;
  if (done >= total) return null;
  const sum = progress.reduce((a, b) => a + b, 0) + 100 * jobs.duplicates;
  return { percent: Math.round((sum / total) * 10) / 10, done, total };
}
