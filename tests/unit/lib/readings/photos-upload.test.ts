import { describe, expect, it } from 'vitest';
import { readUploadAnswer } from '@/content/apple-answers';
import { NETWORK } from '@/content/signatures';
import {
  applyUploadAnswer,
  NO_UPLOAD_JOBS,
  uploadFromJobs,
  type UploadAnswer,
} from '@/lib/readings/photos-upload';

describe('Apple’s upload answers, checked', () => {
  it.each([
    ['https://p42-photosupload.icloud.com/photosupload/createUploadUrl?dsid=42', 'createUploadUrl'],
    ['https://p42-photosupload.icloud.com.cn/photosupload/putAsset', 'putAsset'],
    ['https://p42-photosws.icloud.com/ws/photosupload/uploadStatus?x=1', 'uploadStatus'],
    ['https://p42-photosupload.icloud.com/photosupload/deleteAsset', null],
    ['https://photosupload.example.com/photosupload/putAsset', null],
    ['https://p42-uploadimagews.icloud.com/upload', null],
  ])('%s is the step %s', (url, step) => {
    expect(NETWORK.photosUpload.re.exec(url)?.[1] ?? null).toBe(step);
  });

  it('putAsset: accepted, duplicate, retryable and refused files', () => {
    const answer = readUploadAnswer('putAsset', 200, [
      { uploadJobId: 'a', cplMaster: {}, cplAsset: {}, response: { status: 200 } },
      { uploadJobId: 'b', response: { status: 409, errorMessage: 'duplicate asset' } },
      { uploadJobId: 'c', response: { status: 503, isRetryable: true } },
      { uploadJobId: 'd', response: { status: 500, errorMessage: 'storage is full, upgrade now' } },
      { uploadJobId: 'e', response: { status: 507, errorCode: 'QUOTA_EXCEEDED', isRetryable: true } },
    ]);
    expect(answer).toEqual({
      step: 'putAsset',
      files: [
        { kind: 'accepted', jobId: 'a' },
        { kind: 'duplicate' },
        { kind: 'retrying' },
        // An error message is not a quota error: only a code names one.
        { kind: 'refused', status: 500, quota: false },
        { kind: 'refused', status: 507, quota: true },
      ],
    });
  });

  it.each([
    ['putAsset', 500, [{ uploadJobId: 'a', response: { status: 200 } }]],
    ['putAsset', 200, { uploadJobId: 'a' }],
    ['putAsset', 200, []],
    ['putAsset', 200, [{ uploadJobId: 'a', response: { status: 200 } }, { response: {} }]],
    ['putAsset', 200, [{ uploadJobId: '<img src=x>', response: { status: 200 } }]],
    ['createUploadUrl', 200, { uploadUrls: {} }],
    ['createUploadUrl', 200, { uploadUrls: 'x' }],
    ['uploadStatus', 200, { j: { errorCode: 404 } }],
    ['uploadStatus', 200, { j: { progress: 140 } }],
    ['uploadStatus', 200, [1, 2]],
  ] as const)('%s answered %s with %j says nothing', (step, status, body) => {
    expect(readUploadAnswer(step, status, body)).toBeNull();
  });
});

describe('the upload as the answers tell it', () => {
  const T = 1_000;
  const play = (...answers: UploadAnswer[]) =>
    answers.reduce((jobs, answer, i) => applyUploadAnswer(jobs, answer, T + i), NO_UPLOAD_JOBS);
  const created = (files: number): UploadAnswer => ({ step: 'createUploadUrl', files });
  const accepted = (...ids: string[]): UploadAnswer => ({
    step: 'putAsset',
    files: ids.map((jobId) => ({ kind: 'accepted', jobId })),
  });
  const status = (progress: Record<string, number>): UploadAnswer => ({ step: 'uploadStatus', progress });

  it('a batch announced is uploading at 0 %', () => {
    expect(uploadFromJobs(play(created(3)))).toEqual({ percent: 0, done: 0, total: 3 });
  });

  it('progress is the mean over the batch’s files; a duplicate counts as done', () => {
    const jobs = play(
      created(3),
      accepted('a', 'b'),
      { step: 'putAsset', files: [{ kind: 'duplicate' }] },
      status({ a: 50, b: 100 }),
    );
    expect(uploadFromJobs(jobs)).toEqual({ percent: 83.3, done: 2, total: 3 });
  });

  it('the same progress again does not move; another job’s progress is not this page’s', () => {
    const jobs = play(created(1), accepted('a'), status({ a: 40 }));
    expect(applyUploadAnswer(jobs, status({ a: 40, zz: 90 }), T + 99)).toBe(jobs);
    expect(jobs.movedAt).toBe(T + 2);
  });

  it('a finished batch is no upload in progress, and the next batch starts afresh', () => {
    const done = play(created(1), accepted('a'), status({ a: 100 }));
    expect(uploadFromJobs(done)).toBeNull();
    expect(uploadFromJobs(applyUploadAnswer(done, created(2), T + 10))).toEqual({
      percent: 0,
      done: 0,
      total: 2,
    });
  });

  it('a refusal is kept with its time and status; a batch of refused files is no upload', () => {
    const jobs = play(created(1), {
      step: 'putAsset',
      files: [{ kind: 'refused', status: 500, quota: false }],
    });
    expect(jobs.refused).toEqual({ at: T + 1, status: 500, quota: false });
    expect(uploadFromJobs(jobs)).toBeNull();
  });

  it('a file Apple asks to retry stays announced: the upload has not moved', () => {
    const jobs = play(created(1), { step: 'putAsset', files: [{ kind: 'retrying' }] });
    expect(uploadFromJobs(jobs)).toEqual({ percent: 0, done: 0, total: 1 });
    expect(jobs.movedAt).toBe(T);
  });
});
