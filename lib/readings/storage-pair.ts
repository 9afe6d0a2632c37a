/**
 * Tells the used amount from the total among quantities found near a storage phrase. Apple's plans
 * are a closed set, so the total is the quantity that is a plan size; that also works when word
 * order differs between languages ("5 GB中3.1 GB使用済み") and rejects numbers that are not storage.
 */
import { isPlanSize, type Quantity } from './units';

export interface UsedAndTotal {
  usedBytes: number;
  totalBytes: number;
}

/** Used above 1.5 × the plan is not a storage meter (Apple lets an account go a little over). */
const MAX_OVER_PLAN = 1.5;
/** The two quantities of one phrase sit close: " of ", " von ", "中", " available of ". */
const MAX_GAP_CHARS = 20;

function pair(used: number, total: number): UsedAndTotal | null {
  return used <= total * MAX_OVER_PLAN ? { usedBytes: used, totalBytes: total } : null;
}

/**
 * `said` is what the phrase counts: "used" ("1,2 GB von 5 GB belegt") or "available" ("3.8 GB
 * available of 5 GB"). Looks at neighbouring quantities only; returns null when unsure.
 */
export function pickUsedAndTotal(
  quantities: readonly Quantity[],
  said: 'used' | 'available',
  /** When both are plan sizes, the words between them must say "of" ("50 GB or 200 GB" is an offer). */
  ofBetween?: { text: string; re: RegExp },
): UsedAndTotal | null {
  for (let i = 0; i + 1 < quantities.length; i++) {
    const first = quantities[i]!;
    const second = quantities[i + 1]!;
    if (second.index - first.end > MAX_GAP_CHARS) continue;
    const a = first.bytes;
    const b = second.bytes;
    const aPlan = isPlanSize(a);
    const bPlan = isPlanSize(b);
    if (!aPlan && !bPlan) continue;
    if (aPlan && bPlan && ofBetween && !ofBetween.re.test(ofBetween.text.slice(first.end, second.index)))
      continue;
    // Both plan sizes ("5 GB of 50 GB"): the larger is the plan.
    const total = aPlan && bPlan ? Math.max(a, b) : aPlan ? a : b;
    const counted = total === a ? b : a;
    if (said === 'available') {
      if (counted > total) continue;
      return pair(total - counted, total);
    }
    const result = pair(counted, total);
    if (result) return result;
  }
  return null;
}
