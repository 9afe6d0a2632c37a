/**
 * Reader 3: storage phrases in text ("1,2 GB von 5 GB belegt", "5 GB中3.1 GB使用済み"), in the
 * page's language. The block must speak of storage or name the plan ("iCloud+ with 50 GB"), hold
 * two quantities, and one of them must be one of Apple's plan sizes; anything else is not read.
 * Only text people see in Apple's interface counts (./page-text.ts).
 */
import { pickUsedAndTotal } from '@/lib/readings/storage-pair';
import type { StorageReading } from '@/lib/readings/types';
import { findQuantities, writesDecimalComma } from '@/lib/readings/units';
import { textNodesMatching, textOf } from './page-text';
import {
  AVAILABLE_WORDS,
  matchesAny,
  occursIn,
  OF_BETWEEN,
  PLAN_NAMES,
  STORAGE_WORDS,
  USED_WORDS,
} from './signatures';

/** Words that make a block about this account's storage: the word itself, or the plan's name. */
export function namesStorage(text: string): boolean {
  return !!(matchesAny(STORAGE_WORDS, text) || matchesAny(PLAN_NAMES, text));
}

const MAX_BLOCK_CHARS = 400;
const MAX_CONTEXT_CHARS = 1200;

function speaksOfStorage(element: Element): boolean {
  for (let el: Element | null = element, depth = 0; el && depth < 4; el = el.parentElement, depth++) {
    if (namesStorage(el.getAttribute('aria-label') ?? '')) return true;
    const text = textOf(el, MAX_CONTEXT_CHARS + 1);
    if (text.length > MAX_CONTEXT_CHARS) return false;
    if (namesStorage(text)) return true;
  }
  return false;
}

export function readStorageText(
  root: Element,
  locale: string | null,
  now: number,
  all = root.textContent ?? '',
): StorageReading | null {
  // Fast path: most reads on most pages stop here.
  if (!/\d/.test(all) || (!occursIn(USED_WORDS, all) && !occursIn(AVAILABLE_WORDS, all))) return null;
  // A block is found from its words or from its numbers: either may sit in an element of its own
  // ("<span>in</span> <span>uso</span>", "<b>4,6</b> <i>GB</i>").
  const anchors = textNodesMatching(
    root,
    (t) => /\d/.test(t) || !!(matchesAny(USED_WORDS, t) || matchesAny(AVAILABLE_WORDS, t)),
  );
  // Each element is looked at once: what one anchor decided about it holds for the next.
  const seen = new Set<Element>();
  for (const anchor of anchors) {
    for (let el = anchor.parentElement, depth = 0; el && depth < 4; el = el.parentElement, depth++) {
      if (seen.has(el)) break;
      seen.add(el);
      const text = textOf(el, MAX_BLOCK_CHARS + 1);
      if (text.length > MAX_BLOCK_CHARS) break;
      const usedLang = matchesAny(USED_WORDS, text);
      const lang = usedLang ?? matchesAny(AVAILABLE_WORDS, text);
      if (!lang) continue;
      const quantities = findQuantities(
        text,
        writesDecimalComma(locale) ?? writesDecimalComma(lang === 'zh-hans' ? 'zh' : lang),
      );
      if (quantities.length < 2) continue;
      const pair = pickUsedAndTotal(quantities, usedLang ? 'used' : 'available', { text, re: OF_BETWEEN.re });
      if (!pair || !speaksOfStorage(el)) break;
      return { ...pair, source: 'text', locale, readAt: now };
    }
  }
  return null;
}
