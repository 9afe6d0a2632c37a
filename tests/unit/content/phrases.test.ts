import { describe, expect, it } from 'vitest';
import { readPhotosState } from '@/content/read-photos';
import { readStorageFlags } from '@/content/read-storage-flags';
import { readStorageText } from '@/content/read-storage-text';
import { LANGS, type Lang } from '@/content/signatures';
import { loadFixture } from './fixtures';

const GB = 2 ** 30;
const NOW = 1_750_000_000_000;

function section(lang: Lang): Element {
  const doc = loadFixture('banners-storage-by-language.html');
  const found = doc.querySelector(`section[lang="${lang === 'zh-hans' ? 'zh-Hans' : lang}"]`);
  if (!found) throw new Error(`no section for ${lang}`);
  return found;
}

function one(html: string): Element {
  return new DOMParser().parseFromString(`<body><div>${html}</div></body>`, 'text/html').body;
}

// One row per language: Apple's kind of wording, as the page would show it.
const STORAGE_LINES: [Lang, string, number, number][] = [
  ['en', 'iCloud Storage: 540.9 MB of 5 GB Used', 540.9 * 2 ** 20, 5 * GB],
  ['de', 'iCloud-Speicher: 1,2 GB von 5 GB belegt', 1.2 * GB, 5 * GB],
  ['fr', 'Stockage iCloud : 12,5 Go sur 50 Go utilisés', 12.5 * GB, 50 * GB],
  ['es', 'Almacenamiento de iCloud: 150,3 GB de 200 GB usados', 150.3 * GB, 200 * GB],
  ['it', 'Spazio di archiviazione iCloud: 1,2 TB di 2 TB utilizzati', 1.2 * 2 ** 40, 2 * 2 ** 40],
  ['ja', 'iCloudストレージ：50 GB中45.1 GB使用済み', 45.1 * GB, 50 * GB],
  ['zh-hans', 'iCloud 储存空间：已使用 4.8 GB（共 5 GB）', 4.8 * GB, 5 * GB],
];

describe('phrases per language', () => {
  it.each(STORAGE_LINES)('%s: "%s" reads used and total', (_lang, line, used, total) => {
    const reading = readStorageText(one(line), null, NOW);
    expect(reading?.totalBytes).toBe(total);
    expect(reading?.usedBytes).toBe(Math.round(used));
  });

  it.each(LANGS.filter((l) => l !== 'en'))('%s: the "available" line counts what is left', (lang) => {
    const reading = readStorageText(section(lang), null, NOW);
    expect(reading?.totalBytes).toBe(5 * GB);
    expect(reading?.usedBytes).toBe(5 * GB - Math.round(3.8 * GB));
  });

  it.each(LANGS.filter((l) => l !== 'en'))(
    '%s: full, almost-full and upgrade phrases raise flags',
    (lang) => {
      const root = section(lang);
      expect(readStorageFlags(root)).toEqual({ overQuota: true, almostFull: true, haveMaxQuotaTier: false });
      const almostOnly = [...root.querySelectorAll('p')][1]!;
      expect(readStorageFlags(almostOnly)).toEqual({ almostFull: true });
    },
  );

  it.each(LANGS.filter((l) => l !== 'en'))('%s: the signed-out page is recognised', (lang) => {
    const doc = new DOMParser().parseFromString(section(lang).outerHTML, 'text/html');
    expect(readPhotosState(doc, '', { upload: null, quotaError: null }, null, NOW).signedIn).toBe(false);
  });

  it.each(LANGS.filter((l) => l !== 'en'))(
    '%s: an upload line with a count in Apple’s status line is read',
    (lang) => {
      const line = [...section(lang).querySelectorAll('p')].at(-1)!;
      const doc = new DOMParser().parseFromString(
        `<ui-main-pane><div role="status">${line.outerHTML}</div></ui-main-pane>`,
        'text/html',
      );
      expect(readPhotosState(doc, '', { upload: null, quotaError: null }, null, NOW).upload).toMatchObject({
        done: 3,
        total: 10,
      });
    },
  );

  it.each(LANGS.filter((l) => l !== 'en'))(
    '%s: the same line outside Apple’s notices (an album or file name) is not an upload',
    (lang) => {
      const line = [...section(lang).querySelectorAll('p')].at(-1)!;
      const doc = new DOMParser().parseFromString(
        `<ui-main-pane><h1>${line.textContent}</h1>${line.outerHTML}</ui-main-pane>`,
        'text/html',
      );
      expect(readPhotosState(doc, '', { upload: null, quotaError: null }, null, NOW).upload).toBeNull();
    },
  );

  it.each([
    ['a thin space inside the number', '1\u2009204,5 MB von 5 GB belegt · iCloud-Speicher', 1204.5 * 2 ** 20],
    ['a no-break space before the unit', 'iCloud storage 2.5\u00a0GB of 5\u00a0GB used', 2.5 * GB],
    ['a narrow no-break space', 'Stockage : 3,5\u202fGo sur 5\u202fGo utilisés', 3.5 * GB],
  ])('reads %s', (_name, line, used) => {
    expect(readStorageText(one(line), null, NOW)?.usedBytes).toBe(Math.round(used));
  });

  it.each([
    ['an offer of two plans', 'iCloud storage plans: 50 GB or 200 GB, used by millions'],
    ['a total that is not a plan', 'Storage: 3 GB of 7 GB used'],
    ['used far above the plan', 'Storage: 40 GB of 5 GB used'],
    ['one quantity only', 'Storage used: 4 GB'],
    ['no storage word', 'You used 2 GB of your 5 GB data plan'],
  ])('rejects %s', (_name, line) => {
    expect(readStorageText(one(line), 'en-us', NOW)).toBeNull();
  });
});
