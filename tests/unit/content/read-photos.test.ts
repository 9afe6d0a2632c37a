import { describe, expect, it } from 'vitest';
import {
  photosView,
  readPhotosState,
  readQuotaNotice,
  readSignedIn,
  readUpload,
} from '@/content/read-photos';
import {
  applyUploadAnswer,
  NO_UPLOAD_JOBS,
  type UploadAnswer,
  type UploadJobs,
} from '@/lib/readings/photos-upload';
import { loadFixture } from './fixtures';

/** The upload answers heard so far, each at its time. */
function heardUploads(...answers: [UploadAnswer, number][]) {
  let uploads: UploadJobs = NO_UPLOAD_JOBS;
  for (const [answer, at] of answers) uploads = applyUploadAnswer(uploads, answer, at);
  return { cloudKitQuotaAt: null, uploads };
}

const T0 = 1_750_000_000_000;
const EMPTY = { upload: null, quotaError: null };

describe('readPhotosState', () => {
  it('the signed-out page is "not signed in", with nothing else read', () => {
    expect(readPhotosState(loadFixture('photos-signed-out.html'), '', EMPTY, null, T0)).toEqual({
      signedIn: false,
      upload: null,
      quotaError: null,
      view: null,
      readAt: T0,
    });
  });

  it('reads an upload in progress: percent from the progressbar, done/total from its label', () => {
    const state = readPhotosState(
      loadFixture('photos-upload-in-progress.html'),
      '#/recents',
      EMPTY,
      null,
      T0,
    );
    expect(state).toEqual({
      signedIn: true,
      upload: { percent: 30, done: 3, total: 10, lastProgressAt: T0 },
      quotaError: null,
      view: 'library',
      readAt: T0,
    });
  });

  it('a stalled upload keeps the time its progress last moved', () => {
    const doc = loadFixture('photos-upload-stalled.html');
    const first = readPhotosState(doc, '#/recents', EMPTY, null, T0);
    expect(first.upload).toEqual({ percent: 58, done: 7, total: 12, lastProgressAt: T0 });
    const later = readPhotosState(doc, '#/recents', first, null, T0 + 15 * 60_000);
    expect(later.upload?.lastProgressAt).toBe(T0);
    expect(later.readAt).toBe(T0 + 15 * 60_000);
  });

  it('progress that moves takes the new time', () => {
    const doc = loadFixture('photos-upload-in-progress.html');
    const first = readPhotosState(doc, '', EMPTY, null, T0);
    doc.querySelector('[role="progressbar"]')!.setAttribute('aria-valuenow', '50');
    expect(readPhotosState(doc, '', first, null, T0 + 5000).upload).toMatchObject({
      percent: 50,
      lastProgressAt: T0 + 5000,
    });
  });

  it('reads the storage-full error in the app as a quota error from text', () => {
    const state = readPhotosState(loadFixture('photos-quota-error.html'), '', EMPTY, null, T0);
    expect(state.quotaError).toEqual({ at: T0, source: 'text' });
  });

  it.each([
    'decoys-photo-sizes-and-dates.html',
    'mail-nothing-to-read.html',
    'photos-album-and-caption-decoys.html',
  ])('%s shows no upload and no quota error', (fixture) => {
    const state = readPhotosState(loadFixture(fixture), '#/albums', EMPTY, null, T0);
    expect(state.upload).toBeNull();
    expect(state.quotaError).toBeNull();
  });

  it('Apple’s storage-full words outside its notices (an album named so) are no quota error', () => {
    const doc = new DOMParser().parseFromString(
      '<ui-main-pane><h1>Your iCloud storage is full</h1><p>Can’t upload: your iCloud storage is full.</p></ui-main-pane>',
      'text/html',
    );
    expect(readPhotosState(doc, '#/albums', EMPTY, null, T0).quotaError).toBeNull();
  });

  it('a notice that is hidden or in a script is no quota error', () => {
    const doc = new DOMParser().parseFromString(
      '<ui-main-pane><div role="alert" hidden>Your iCloud storage is full.</div>' +
        '<script type="application/json">{"alert":"Your iCloud storage is full."}</script></ui-main-pane>',
      'text/html',
    );
    expect(readPhotosState(doc, '', EMPTY, null, T0).quotaError).toBeNull();
  });

  it('an unknown hash route that names a property of every object is no view', () => {
    expect(photosView('#/constructor')).toBeNull();
  });

  it('an Upload button with no progress is not an upload', () => {
    const doc = new DOMParser().parseFromString(
      '<ui-main-pane><ui-button>Upload</ui-button></ui-main-pane>',
      'text/html',
    );
    expect(readPhotosState(doc, '', EMPTY, null, T0).upload).toBeNull();
  });
});

describe('readSignedIn', () => {
  it.each([
    ['photos-signed-out.html', false],
    ['photos-upload-in-progress.html', true],
    ['banner-almost-full.html', null],
  ])('%s → %s', (fixture, expected) => {
    expect(readSignedIn(loadFixture(fixture))).toBe(expected);
  });
});

describe('photosView', () => {
  it.each([
    ['#/recents', 'library'],
    ['#/favorites', 'favorites'],
    ['#/albums', 'albums'],
    ['#/memories', 'memories'],
    ['#/mediatypes', 'media-types'],
    ['#/recentlydeleted', 'recently-deleted'],
    ['#/hidden', 'hidden'],
    ['#/i,pz,1F2E3D4C-0000-4A6B-8C9D-0123456789AB,0/', 'photo'],
    ['', null],
    ['#/something-new', null],
  ])('%s is %s', (hash, view) => {
    expect(photosView(hash)).toBe(view);
  });
});

describe('readPhotosState with Apple’s upload answers', () => {
  const created: UploadAnswer = { step: 'createUploadUrl', files: 2 };
  const put: UploadAnswer = {
    step: 'putAsset',
    files: [
      { kind: 'accepted', jobId: 'j1' },
      { kind: 'accepted', jobId: 'j2' },
    ],
  };
  const status = (p1: number, p2: number): UploadAnswer => ({
    step: 'uploadStatus',
    progress: { j1: p1, j2: p2 },
  });

  it('the answers’ progress comes before the progress bar’s markup', () => {
    const doc = loadFixture('photos-upload-in-progress.html');
    const state = readPhotosState(
      doc,
      '',
      EMPTY,
      heardUploads([created, T0], [put, T0 + 1], [status(60, 80), T0 + 2]),
      T0 + 5,
    );
    expect(state.upload).toEqual({ percent: 70, done: 0, total: 2, lastProgressAt: T0 + 2 });
  });

  it('progress that stops moving keeps the time it last moved, while answers keep coming', () => {
    const doc = loadFixture('mail-nothing-to-read.html');
    const first = readPhotosState(
      doc,
      '',
      EMPTY,
      heardUploads([created, T0], [put, T0], [status(40, 40), T0 + 1]),
      T0 + 2,
    );
    const later = readPhotosState(
      doc,
      '',
      first,
      heardUploads([created, T0], [put, T0], [status(40, 40), T0 + 1], [status(40, 40), T0 + 600_000]),
      T0 + 600_001,
    );
    expect(later.upload).toEqual({ percent: 40, done: 0, total: 2, lastProgressAt: T0 + 1 });
  });

  it('a refused file is a refusal without a reason; one that names quota is a quota error', () => {
    const doc = loadFixture('mail-nothing-to-read.html');
    const refused: UploadAnswer = {
      step: 'putAsset',
      files: [{ kind: 'refused', status: 500, quota: false }],
    };
    const state = readPhotosState(doc, '', EMPTY, heardUploads([created, T0], [refused, T0 + 1]), T0 + 2);
    expect(state.uploadRefused).toEqual({ at: T0 + 1, status: 500 });
    expect(state.quotaError).toBeNull();
    const quota: UploadAnswer = { step: 'putAsset', files: [{ kind: 'refused', status: 507, quota: true }] };
    const full = readPhotosState(doc, '', EMPTY, heardUploads([created, T0], [quota, T0 + 1]), T0 + 2);
    expect(full.quotaError).toEqual({ at: T0 + 1, source: 'photosupload' });
    expect(full.uploadRefused).toBeUndefined();
  });
});

describe('readQuotaNotice: Apple’s storage-full sentence in one of its notices, nothing less', () => {
  const inPhotos = (html: string): Element =>
    new DOMParser().parseFromString(`<body><ui-main-pane>${html}</ui-main-pane></body>`, 'text/html').body;

  it.each([
    'Your iCloud storage is full.',
    'Can’t upload 4 items. Your iCloud storage is full.',
    'iCloud Storage Full',
    'Dein iCloud-Speicher ist voll.',
    'Votre stockage iCloud est plein.',
    'Tu almacenamiento de iCloud está lleno.',
    'Lo spazio di archiviazione iCloud è pieno.',
    'iCloudストレージがいっぱいです。',
    'iCloud 储存空间已满。',
  ])('reads “%s” in an alert', (sentence) => {
    expect(
      readQuotaNotice(inPhotos(`<div role="alert"><p>${sentence}</p><a href="#">Upgrade</a></div>`)),
    ).toBe(true);
  });

  it.each([
    ['a name in a dialog, unquoted', '<div role="dialog"><h2>Delete Storage is full?</h2></div>'],
    [
      'a name in an element of its own',
      '<div role="dialog"><h2>Delete <b>Your iCloud storage is full</b>?</h2></div>',
    ],
    ['a name after Apple’s words', '<div role="status">Added 3 photos to Trip storage is full</div>'],
    [
      'a file name',
      '<div role="alert"><p>Couldn’t share Your iCloud storage is full.png. Try again.</p></div>',
    ],
    ['a quoted name', '<div role="dialog"><p>Delete “Your iCloud storage is full”?</p></div>'],
    ['a line outside any notice', '<header><p>Your iCloud storage is full.</p></header>'],
    [
      'a line in a live region around the library (not a notice)',
      `<div aria-live="polite">${'<span>IMG_4001.HEIC</span> '.repeat(40)}<p>Your iCloud storage is full.</p></div>`,
    ],
  ])('does not read %s', (_name, html) => {
    expect(readQuotaNotice(inPhotos(html))).toBe(false);
  });
});

describe('readUpload in Apple’s notices: only Apple’s upload line is progress', () => {
  const inPhotos = (html: string): Element =>
    new DOMParser().parseFromString(`<body><ui-main-pane>${html}</ui-main-pane></body>`, 'text/html').body;

  it('skips a dialog naming “Uploading 3 of 10.jpg” and reads Apple’s line after it', () => {
    const body = loadFixture('photos-upload-notices.html').body;
    expect(readUpload(body)).toEqual({ percent: 40, done: 2, total: 5 });
  });

  it.each([
    ['Uploading 3 of 10 items', { done: 3, total: 10 }],
    ['Uploading 7 of 12 items · 58%', { done: 7, total: 12, percent: 58 }],
    ['Uploading 2 of 5', { done: 2, total: 5 }],
    ['3 von 10 Objekten werden hochgeladen', { done: 3, total: 10 }],
    ['Importation : 3 sur 10 éléments', { done: 3, total: 10 }],
    ['Subiendo 3 de 10 elementos', { done: 3, total: 10 }],
    ['Caricamento: 3 su 10 elementi', { done: 3, total: 10 }],
    ['10 項目中 3 項目をアップロード中', { done: 3, total: 10 }],
    ['正在上传 3/10 个项目', { done: 3, total: 10 }],
  ])('reads “%s” in a status line', (line, expected) => {
    expect(readUpload(inPhotos(`<div role="status"><p>${line}</p></div>`))).toMatchObject(expected);
  });

  it.each([
    '<div role="dialog"><h2>Delete Uploading 3 of 10.jpg?</h2><button>Delete</button></div>',
    '<div role="dialog"><h2>Delete Uploading 3 of 10?</h2><button>Delete</button></div>',
    '<div role="dialog"><h2>Delete <b>Uploading 3 of 10 items</b>?</h2></div>',
    '<div role="status">Added 3 photos to Uploading 3 of 10</div>',
    '<div role="status">Uploading 3 of 10.jpg</div>',
    '<div role="status">Upload 2 of 5 – Paris</div>',
    '<div role="alert"><p>Couldn’t share 3 von 10 Objekten werden hochgeladen.heic. Try again later.</p></div>',
    '<div role="alertdialog"><p>Remove <span>正在上传 3/10 旅行.jpg</span> from the album?</p></div>',
    '<div role="dialog"><h2>Delete 10 項目中 3 アップロード旅行?</h2></div>',
  ])('does not read a name with a count in a notice: %s', (html) => {
    expect(readUpload(inPhotos(html))).toBeNull();
  });
});
