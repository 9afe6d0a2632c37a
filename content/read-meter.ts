/**
 * Reader 2: a storage meter in the DOM — role="progressbar"/"meter", <meter> or <progress> — whose
 * label speaks of storage or names the plan. Its values are bytes when the maximum is a plan size; a percentage needs
 * the plan size from its label.
 */
import { pickUsedAndTotal } from '@/lib/readings/storage-pair';
import type { StorageReading } from '@/lib/readings/types';
import { findQuantities, isPlanSize, writesDecimalComma } from '@/lib/readings/units';
import { isReadable, labelAround } from './page-text';
import { namesStorage } from './read-storage-text';
import { occursIn, PLAN_NAMES, SELECTORS, STORAGE_WORDS } from './signatures';

const namesStorageIn = (text: string): boolean => occursIn(STORAGE_WORDS, text) || occursIn(PLAN_NAMES, text);

function numberAttr(element: Element, ...names: string[]): number | null {
  for (const name of names) {
    const raw = element.getAttribute(name);
    if (raw === null || raw.trim() === '') continue;
    const value = Number(raw);
    if (Number.isFinite(value)) return value;
  }
  return null;
}

/**
 * The progress elements under root, in document order. One query per selector: Chromium answers
 * a single attribute or tag selector far faster than the list of four on a large page.
 */
export function progressElements(root: Element): Element[] {
  const found = new Set(SELECTORS.progress.css.split(',').flatMap((css) => [...root.querySelectorAll(css)]));
  // Node.DOCUMENT_POSITION_FOLLOWING = 4: b comes after a.
  return [...found].sort((a, b) => (a.compareDocumentPosition(b) & 4 ? -1 : 1));
}

export function meterValues(element: Element): { now: number; max: number } | null {
  const native = element.tagName === 'METER' || element.tagName === 'PROGRESS';
  const now = native ? numberAttr(element, 'value', 'aria-valuenow') : numberAttr(element, 'aria-valuenow');
  const max = native
    ? (numberAttr(element, 'max', 'aria-valuemax') ?? 1)
    : (numberAttr(element, 'aria-valuemax') ?? 100);
  const min = numberAttr(element, 'aria-valuemin', 'min') ?? 0;
  if (now === null || max <= min || now < min) return null;
  return { now: now - min, max: max - min };
}

/**
 * `pageText` is the text of the whole page (a label is built from the element's own attributes and
 * from text on the page; root's text when not given); `elements` the progress elements under
 * `root` when the caller has them.
 */
export function readStorageMeter(
  root: Element,
  locale: string | null,
  now: number,
  pageText = root.textContent ?? '',
  elements: Iterable<Element> = progressElements(root),
): StorageReading | null {
  // No storage word on the page: only an element's own attributes could name storage, so no label
  // is built for the others (a Photos library has an upload bar and no storage words).
  const inText = namesStorageIn(pageText);
  for (const element of elements) {
    // Its own attributes (aria-label, aria-valuetext, title … all of them: a superset is safe here).
    if (!inText && !namesStorageIn([...element.attributes].map((a) => a.value).join(' '))) continue;
    // A meter inside people's content, hidden or off the page is not Apple's.
    if (!isReadable(element)) continue;
    const label = labelAround(element);
    if (!namesStorage(label)) continue;
    const values = meterValues(element);
    if (!values) continue;
    const reading = (usedBytes: number, totalBytes: number): StorageReading => ({
      usedBytes: Math.round(usedBytes),
      totalBytes,
      source: 'meter',
      locale,
      readAt: now,
    });
    if (isPlanSize(values.max) && values.now <= values.max * 1.5) return reading(values.now, values.max);
    const quantities = findQuantities(label, writesDecimalComma(locale));
    const pair = pickUsedAndTotal(quantities, 'used');
    if (pair) return reading(pair.usedBytes, pair.totalBytes);
    const plans = quantities.filter((q) => isPlanSize(q.bytes));
    // A percentage with exactly one plan size beside it.
    if (plans.length === 1 && values.now <= values.max)
      return reading((plans[0]!.bytes * values.now) / values.max, plans[0]!.bytes);
  }
  return null;
}
