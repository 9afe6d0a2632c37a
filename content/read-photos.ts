/**
 * The Photos app's state: signed in or not, the upload in progress and when it last moved, quota
 * errors, the current view. The signed-out page is "no reading", never an empty library. Only
 * Apple's interface around the library is read: progress elements and Apple's notices (alerts,
 * dialogs, status lines), never the library's items, captions or album names (./page-text.ts).
 */
import { uploadFromJobs, type UploadJobs } from '@/lib/readings/photos-upload';
import type { PhotosState, UploadProgress } from '@/lib/readings/types';
import { PHOTOS_ITEM_HASH, PHOTOS_VIEWS } from '@/lib/icloud-routes';
import { isReadable, labelAround, plainSpaces, textNodesMatching, textOf, unquoted } from './page-text';
import { meterValues, progressElements } from './read-meter';
import {
  FULL_PHRASES,
  LANGS,
  MAX_NOTICE_CHARS,
  matchesAny,
  NOTICE_FULL_SENTENCES,
  occursIn,
  PERCENT,
  SELECTORS,
  SENTENCE_END,
  SIGN_IN_PHRASES,
  SIGNED_OUT_PHRASES,
  UPLOAD_COUNT,
  UPLOAD_COUNT_ENDS_LINE,
  UPLOAD_ITEM_WORDS,
  UPLOAD_WORDS,
} from './signatures';

/** What the Photos reader remembers between reads of one page. */
export interface PhotosMemory {
  upload: UploadProgress | null;
  quotaError: PhotosState['quotaError'];
  uploadRefused?: PhotosState['uploadRefused'];
}

/**
 * What the main-world listener heard of Apple's answers on this page (see ./observations.ts).
 * CloudKit's quota refusals are not among them: the document_start script sends those to the
 * background from every frame (./answer-messages.ts).
 */
export interface HeardFromApple {
  /** The photosupload answers so far. */
  uploads: UploadJobs;
}

export function photosView(hash: string): string | null {
  const first = hash.replace(/^#\/?/, '').split(/[/?]/)[0]?.toLowerCase() ?? '';
  if (PHOTOS_ITEM_HASH.test(first)) return 'photo';
  return Object.hasOwn(PHOTOS_VIEWS, first) ? PHOTOS_VIEWS[first]! : null;
}

export function readSignedIn(doc: Document): boolean | null {
  const body = doc.body;
  if (!body) return null;
  if (doc.querySelector(SELECTORS.photosLibrary.css)) return true;
  // The sentence first (one short text walk); the buttons only on a page that says it.
  if (!matchesAny(SIGNED_OUT_PHRASES, textOf(body))) return null;
  const signInButton = [...body.querySelectorAll(SELECTORS.buttons.css)].some((b) =>
    matchesAny(SIGN_IN_PHRASES, plainSpaces(b.textContent ?? '')),
  );
  return signInButton ? false : null;
}

type Progress = Omit<UploadProgress, 'lastProgressAt'>;

function progressFrom(text: string, percentValue: number | null): Progress | null {
  const count = UPLOAD_COUNT.totalFirst.re.exec(text);
  const usedFirst = count ? null : UPLOAD_COUNT.usedFirst.re.exec(text);
  const [done, total] = count ? [count[2], count[1]] : usedFirst ? [usedFirst[1], usedFirst[2]] : [];
  // The groups are digits: Number() of a match never fails.
  const countOk = done !== undefined && total !== undefined && +total > 0 && +done <= +total;
  const percentText = PERCENT.re.exec(text)?.[1];
  const percent = percentValue ?? (percentText ? Number(percentText.replace(',', '.')) : null);
  const percentOk = percent !== null && percent >= 0 && percent <= 100;
  if (!countOk && !percentOk) return null;
  return {
    percent: percentOk ? Math.round(percent * 10) / 10 : null,
    done: countOk ? +done : null,
    total: countOk ? +total : null,
  };
}

export function readUpload(
  root: Element,
  all = root.textContent ?? '',
  elements: Iterable<Element> = progressElements(root),
): Progress | null {
  for (const element of elements) {
    if (!isReadable(element)) continue;
    const label = unquoted(labelAround(element, 200));
    if (!matchesAny(UPLOAD_WORDS, label)) continue;
    const values = meterValues(element);
    const found = progressFrom(label, values ? (values.now / values.max) * 100 : null);
    if (found) return found;
  }
  // No progress element: a short line of text about an upload, with a count or a percentage, in
  // one of Apple's notices (a line elsewhere could be an album's or a file's name), that is Apple's
  // upload line as a whole (noticeProgress).
  if (!occursIn(UPLOAD_WORDS, all)) return null;
  for (const node of textNodesMatching(root, (t) => !!matchesAny(UPLOAD_WORDS, t))) {
    if (!inNotice(node)) continue;
    const line = unquoted(lineOf(node)).trim();
    if (line.length > 200) continue;
    const found = noticeProgress(line);
    if (found) return found;
  }
  return null;
}

/**
 * A notice's line read as upload progress only when it is Apple's upload line: it begins with its
 * upload word or its count ("Uploading 3 of 10 items", "3 von 10 Objekten werden hochgeladen",
 * "10 項目中 3 項目を…", "正在上传 3/10 个项目"), and its count is followed by Apple's word for the
 * items or ends the line. A name in a notice comes after Apple's own words ("Delete Uploading 3 of
 * 10.jpg?", "Added 3 photos to …") or goes on after the count (".jpg").
 */
function noticeProgress(line: string): Progress | null {
  const count = UPLOAD_COUNT.totalFirst.re.exec(line) ?? UPLOAD_COUNT.usedFirst.re.exec(line);
  const leads = count?.index === 0 || LANGS.some((lang) => UPLOAD_WORDS[lang].re.exec(line)?.index === 0);
  if (!leads) return null;
  if (count) {
    const after = line.slice(count.index + count[0].length);
    if (!matchesAny(UPLOAD_ITEM_WORDS, after) && !UPLOAD_COUNT_ENDS_LINE.re.test(after)) return null;
  }
  return progressFrom(line, null);
}

/**
 * Whether the text is inside one of Apple's notices (an alert, a dialog, a status line): the
 * nearest such element, and short, as a notice is (a live region around the library is not one).
 */
function inNotice(node: Text): boolean {
  const notice = node.parentElement?.closest(SELECTORS.photosNotices.css);
  return !!notice && textOf(notice, MAX_NOTICE_CHARS + 1).length <= MAX_NOTICE_CHARS;
}

/** Inline elements: a name shown in one (`Delete <b>Trip</b>?`) is part of its parent's line. */
const INLINE = new Set([
  'A',
  'ABBR',
  'B',
  'BDI',
  'BDO',
  'CITE',
  'EM',
  'I',
  'MARK',
  'Q',
  'S',
  'SMALL',
  'SPAN',
  'STRONG',
  'U',
]);

/** The line a text node is part of: the text of its nearest element that is not inline. */
function lineOf(node: Text): string {
  let element = node.parentElement;
  while (element?.parentElement && INLINE.has(element.tagName)) element = element.parentElement;
  return element ? textOf(element, MAX_NOTICE_CHARS + 1) : '';
}

/**
 * Apple's storage-full sentence in one of its notices: a sentence of the notice's line that
 * begins with it (NOTICE_FULL_SENTENCES), once what the line quotes is left out. The words inside
 * a name Apple shows, quoted or not, and a line outside a notice, are not Apple's word.
 */
export function readQuotaNotice(root: Element, all = root.textContent ?? ''): boolean {
  if (!occursIn(FULL_PHRASES, all)) return false;
  return textNodesMatching(root, (t) => !!matchesAny(FULL_PHRASES, unquoted(t))).some(
    (node) =>
      inNotice(node) &&
      unquoted(lineOf(node))
        .split(SENTENCE_END.re)
        .some((sentence) => !!matchesAny(NOTICE_FULL_SENTENCES, sentence.trim())),
  );
}

function sameProgress(a: Progress, b: Progress): boolean {
  return a.percent === b.percent && a.done === b.done && a.total === b.total;
}

/**
 * Reads the Photos frame. `heard` is what the network listener heard of Apple's answers, if
 * anything: the upload answers come before any progress bar's markup, and their refusals are the
 * page's refusals. `memory` is what the previous read found (its progress times, first quota error).
 */
export function readPhotosState(
  doc: Document,
  hash: string,
  memory: PhotosMemory,
  heard: HeardFromApple | null,
  now: number,
  all = doc.body?.textContent ?? '',
  progress?: Iterable<Element>,
): PhotosState {
  const view = photosView(hash);
  const signedIn = readSignedIn(doc);
  const body = doc.body;
  if (signedIn === false || !body) return { signedIn, upload: null, quotaError: null, view, readAt: now };
  const uploads = heard?.uploads;
  const fromAnswers = uploads ? uploadFromJobs(uploads) : null;
  const found = fromAnswers ?? readUpload(body, all, progress);
  const before = memory.upload;
  // Progress from Apple's answers moved when the answer came; from the page, when it was read.
  const movedAt = fromAnswers && uploads?.movedAt ? Math.min(uploads.movedAt, now) : now;
  const upload = found
    ? { ...found, lastProgressAt: before && sameProgress(before, found) ? before.lastProgressAt : movedAt }
    : null;
  const refusal = uploads?.refused ?? null;
  let quotaError = memory.quotaError;
  if (!quotaError && refusal?.quota) quotaError = { at: refusal.at, source: 'photosupload' };
  if (!quotaError && readQuotaNotice(body, all)) quotaError = { at: now, source: 'text' };
  const uploadRefused = refusal && !refusal.quota ? { at: refusal.at, status: refusal.status } : null;
  const state: PhotosState = { signedIn, upload, quotaError, view, readAt: now };
  if (uploadRefused) state.uploadRefused = uploadRefused;
  return state;
}
