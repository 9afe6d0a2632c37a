/**
 * One read of the account settings view (the top frame on /settings/, or a settings app frame):
 * Apple's storage interface — a meter, the "X of Y used" text, the full / almost-full words —
 * inside the view's main container. The only role that may give storage text
 * (lib/readings/evidence.ts). Apple's own storage answers reach the background from the
 * document_start script (./answer-messages.ts), and the background prefers them while fresh.
 */
import type { StorageReading } from '@/lib/readings/types';
import { pageLocale } from './read-locale';
import { progressElements, readStorageMeter } from './read-meter';
import { readStorageFlags } from './read-storage-flags';
import { readStorageText } from './read-storage-text';
import type { FrameReader } from './run-readers';
import { SELECTORS } from './signatures';

/**
 * Reads storage from a frame's document: a meter, then text, then flags. `all` is the text the
 * quick checks look at (root's, or the whole page's: a superset only lets a reader look closer at
 * root), `pageText` the whole page's, `progress` the progress elements under root — each read once
 * by the caller and shared by the readers.
 */
export function readFrameStorage(
  root: Element,
  locale: string | null,
  now: number,
  all = root.textContent ?? '',
  pageText?: string,
  progress?: Element[],
): StorageReading | null {
  const flags = readStorageFlags(root, all);
  const numbers =
    readStorageMeter(root, locale, now, pageText, progress) ?? readStorageText(root, locale, now, all);
  if (numbers) return flags ? { ...numbers, quota: flags } : numbers;
  return flags
    ? { usedBytes: null, totalBytes: null, quota: flags, source: 'flag', locale, readAt: now }
    : null;
}

export const storageViewReader: FrameReader = {
  container: (doc) => doc.querySelector(SELECTORS.settingsContainer.css),
  read(doc, root, location, now) {
    const body = doc.body;
    if (!body) return { storage: null, photos: null };
    // One pass over the page's text and one search for progress elements (the page may be large).
    const bodyText = body.textContent ?? '';
    const progress = progressElements(body);
    const storage = readFrameStorage(
      root,
      pageLocale(doc, location.href),
      now,
      bodyText,
      bodyText,
      root === body ? progress : progress.filter((e) => root.contains(e)),
    );
    return { storage, photos: null };
  },
};
