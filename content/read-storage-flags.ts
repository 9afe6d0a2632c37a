/**
 * Apple's words for a full or nearly full plan ("Your iCloud storage is full", "… almost full",
 * "Upgrade to iCloud+") count as flags even without numbers, where people see them in Apple's
 * interface (./page-text.ts). Only the storage views run this reader (lib/readings/evidence.ts).
 */
import type { QuotaFlags } from '@/lib/readings/types';
import { textNodesMatching } from './page-text';
import {
  ALMOST_FULL_PHRASES,
  FULL_PHRASES,
  LANGS,
  matchesAny,
  occursIn,
  UPGRADE_PHRASES,
} from './signatures';

let almostFullGlobal: RegExp[] | undefined;

function withoutAlmostFull(text: string): string {
  // Built once, on the first page that speaks of a full plan.
  almostFullGlobal ??= LANGS.map((lang) => new RegExp(ALMOST_FULL_PHRASES[lang].re.source, 'gi'));
  return almostFullGlobal.reduce((t, re) => t.replace(re, ' '), text);
}

/** The flags the page's text raises, or null when it raises none. */
export function readStorageFlags(root: Element, all = root.textContent ?? ''): QuotaFlags | null {
  if (!occursIn(ALMOST_FULL_PHRASES, all) && !occursIn(FULL_PHRASES, all)) return null;
  // Confirm in visible text of Apple's interface (not code, hidden parts or people's content).
  const visible = textNodesMatching(
    root,
    (t) => !!(matchesAny(ALMOST_FULL_PHRASES, t) || matchesAny(FULL_PHRASES, withoutAlmostFull(t))),
  )
    .map((n) => n.nodeValue ?? '')
    .join(' ');
  const flags: QuotaFlags = {};
  if (matchesAny(FULL_PHRASES, withoutAlmostFull(visible))) flags.overQuota = true;
  if (matchesAny(ALMOST_FULL_PHRASES, visible)) flags.almostFull = true;
  if (!flags.overQuota && !flags.almostFull) return null;
  if (textNodesMatching(root, (t) => !!matchesAny(UPGRADE_PHRASES, t)).length > 0)
    flags.haveMaxQuotaTier = false;
  return flags;
}
