import { describe, expect, it } from 'vitest';
import { readStorageFlags } from '@/content/read-storage-flags';
import { readStorageMeter } from '@/content/read-meter';
import { readStorageText } from '@/content/read-storage-text';
import { readFrameStorage } from '@/content/read-storage-view';
import { loadFixture } from './fixtures';

const GB = 2 ** 30;
const TB = 2 ** 40;
const NOW = 1_750_000_000_000;

describe('readStorageText: storage phrases in the page language', () => {
  it.each([
    ['settings-en-storage.html', 'en-us', 1.2 * GB, 5 * GB],
    ['settings-en-available.html', 'en-us', 50 * GB - 3.8 * GB, 50 * GB],
    ['settings-de-nearly-full.html', 'de-de', 4.6 * GB, 5 * GB],
    ['settings-fr-storage.html', 'fr-fr', 45.3 * GB, 50 * GB],
    ['settings-es-storage.html', 'es-es', 180.2 * GB, 200 * GB],
    ['settings-it-storage.html', 'it-it', 1.8 * TB, 2 * TB],
    ['settings-ja-storage.html', 'ja-jp', 3.1 * GB, 5 * GB],
    ['settings-zh-hans-storage.html', 'zh-hans', 47.5 * GB, 50 * GB],
  ])('%s reads used and total', (fixture, locale, used, total) => {
    const doc = loadFixture(fixture);
    const reading = readStorageText(doc.body, locale, NOW);
    expect(reading).toMatchObject({ totalBytes: total, source: 'text', locale, readAt: NOW });
    expect(reading?.usedBytes).toBeCloseTo(used, -1);
  });

  it('reads decimal commas right even when the locale is unknown, from the language of the phrase', () => {
    const reading = readStorageText(loadFixture('settings-de-nearly-full.html').body, null, NOW);
    expect(reading?.usedBytes).toBe(Math.round(4.6 * GB));
  });

  it.each([
    'mail-nothing-to-read.html',
    'decoys-photo-sizes-and-dates.html',
    'banner-storage-full.html',
    'settings-meter-aria.html',
  ])('%s gives no reading: no storage numbers there', (fixture) => {
    expect(readStorageText(loadFixture(fixture).body, 'en-us', NOW)).toBeNull();
  });

  it('ignores storage words inside scripts', () => {
    const doc = new DOMParser().parseFromString(
      '<body><script>var s = "iCloud storage: 1 GB of 5 GB used";</script><p>Hello</p></body>',
      'text/html',
    );
    expect(readStorageText(doc.body, 'en-us', NOW)).toBeNull();
  });
});

describe('readStorageText: a usage line under the plan’s own name', () => {
  it.each([
    ['settings-en-plan-name.html', 'en-us', 46.2 * GB, 50 * GB],
    ['settings-de-plan-name.html', 'de-de', 1.9 * TB, 2 * TB],
    ['settings-fr-plan-name.html', 'fr-fr', 182.4 * GB, 200 * GB],
  ])('%s reads used and total without the word for storage', (fixture, locale, used, total) => {
    const reading = readStorageText(loadFixture(fixture).body, locale, NOW);
    expect(reading).toMatchObject({ totalBytes: total, usedBytes: Math.round(used), source: 'text' });
  });

  it.each([
    ['en', 'iCloud+ with 200 GB', '150.5 GB of 200 GB used', 150.5 * GB, 200 * GB],
    ['en', 'iCloud (Free)', '4.1 GB of 5 GB used', 4.1 * GB, 5 * GB],
    ['es', 'iCloud+ con 50 GB', '12,5 GB de 50 GB usados', 12.5 * GB, 50 * GB],
    ['it', 'iCloud+ con 2 TB', '1,2 TB di 2 TB utilizzati', 1.2 * TB, 2 * TB],
    ['ja', 'iCloud+ 50 GB', '50 GB中45.1 GB使用済み', 45.1 * GB, 50 * GB],
    ['zh-hans', 'iCloud+ 200 GB', '已使用 120.3 GB（共 200 GB）', 120.3 * GB, 200 * GB],
    ['de', 'iCloud (kostenlos)', '2,5 GB von 5 GB belegt', 2.5 * GB, 5 * GB],
  ])('%s: "%s" over "%s"', (_lang, plan, line, used, total) => {
    const doc = new DOMParser().parseFromString(`<main><h2>${plan}</h2><p>${line}</p></main>`, 'text/html');
    expect(readStorageText(doc.body, null, NOW)).toMatchObject({
      usedBytes: Math.round(used),
      totalBytes: total,
    });
  });

  it('a plan offer names no plan of this account: no reading without a usage line', () => {
    const doc = new DOMParser().parseFromString(
      '<main><h2>iCloud+ with 200 GB</h2><p>Upgrade: 200 GB for 2.99</p></main>',
      'text/html',
    );
    expect(readStorageText(doc.body, 'en-us', NOW)).toBeNull();
  });
});

describe('the storage readers read only what people see in Apple’s interface', () => {
  it('hidden, aria-hidden, template and script text, device and family names give no reading', () => {
    const doc = loadFixture('settings-hidden-and-script-decoys.html');
    expect(readFrameStorage(doc.body, 'en-us', NOW)).toBeNull();
  });

  it.each([
    ['display: none', 'style="display:none"'],
    ['visibility: hidden', 'style="visibility:hidden"'],
    ['the hidden attribute', 'hidden'],
    ['aria-hidden', 'aria-hidden="true"'],
  ])('a storage line under %s is not read; the same line shown is', (_name, attribute) => {
    const line = '<h2>iCloud Storage</h2><p>199 GB of 200 GB used</p><p>Your iCloud storage is full.</p>';
    const hidden = new DOMParser().parseFromString(
      `<main><section ${attribute}>${line}</section></main>`,
      'text/html',
    );
    const shown = new DOMParser().parseFromString(`<main><section>${line}</section></main>`, 'text/html');
    document.body.replaceChildren(document.importNode(hidden.body.firstElementChild!, true));
    expect(readFrameStorage(document.body, 'en-us', NOW)).toBeNull();
    document.body.replaceChildren(document.importNode(shown.body.firstElementChild!, true));
    expect(readFrameStorage(document.body, 'en-us', NOW)).toMatchObject({
      usedBytes: 199 * GB,
      quota: { overQuota: true },
    });
  });

  it('a meter inside a list item is not Apple’s storage meter', () => {
    const doc = new DOMParser().parseFromString(
      '<main><ul><li><meter value="49392123904" max="53687091200" aria-label="iCloud storage"></meter></li></ul></main>',
      'text/html',
    );
    expect(readStorageMeter(doc.body, 'en-us', NOW)).toBeNull();
  });
});

describe('readStorageMeter: a meter whose label speaks of storage', () => {
  it('reads bytes from aria-valuenow/aria-valuemax when the maximum is a plan size', () => {
    expect(readStorageMeter(loadFixture('settings-meter-aria.html').body, 'en-us', NOW)).toEqual({
      usedBytes: 49392123904,
      totalBytes: 50 * GB,
      source: 'meter',
      locale: 'en-us',
      readAt: NOW,
    });
  });

  it('reads a percentage meter with the plan size in its label', () => {
    const doc = new DOMParser().parseFromString(
      '<body><meter value="0.92" max="1" aria-label="iCloud+ with 50 GB: storage"></meter></body>',
      'text/html',
    );
    expect(readStorageMeter(doc.body, null, NOW)).toMatchObject({
      usedBytes: Math.round(0.92 * 50 * GB),
      totalBytes: 50 * GB,
    });
  });

  it.each([
    ['an upload progress bar', 'photos-upload-in-progress.html'],
    ['a percentage with no plan size', null],
  ])('does not read %s as storage', (_name, fixture) => {
    const doc = fixture
      ? loadFixture(fixture)
      : new DOMParser().parseFromString(
          '<body><div role="meter" aria-label="Storage" aria-valuenow="40"></div></body>',
          'text/html',
        );
    expect(readStorageMeter(doc.body, 'en-us', NOW)).toBeNull();
  });
});

describe('readStorageFlags: full and almost-full phrases count without numbers', () => {
  it.each([
    ['banner-storage-full.html', { overQuota: true, haveMaxQuotaTier: false }],
    ['banner-almost-full.html', { almostFull: true }],
    ['settings-de-nearly-full.html', { almostFull: true, haveMaxQuotaTier: false }],
    ['photos-quota-error.html', { overQuota: true, haveMaxQuotaTier: false }],
    ['settings-en-storage.html', null],
    ['mail-nothing-to-read.html', null],
  ])('%s raises %o', (fixture, flags) => {
    expect(readStorageFlags(loadFixture(fixture).body)).toEqual(flags);
  });
});

describe('readFrameStorage: the meter, then the text, with the flags beside them', () => {
  it('a banner alone is a flag reading with no numbers', () => {
    expect(readFrameStorage(loadFixture('banner-storage-full.html').body, 'en-us', NOW)).toEqual({
      usedBytes: null,
      totalBytes: null,
      quota: { overQuota: true, haveMaxQuotaTier: false },
      source: 'flag',
      locale: 'en-us',
      readAt: NOW,
    });
  });

  it('numbers in text keep the banner flags beside them', () => {
    const reading = readFrameStorage(loadFixture('settings-de-nearly-full.html').body, 'de-de', NOW);
    expect(reading).toMatchObject({ source: 'text', totalBytes: 5 * GB, quota: { almostFull: true } });
  });
});
