/**
 * The answer at a glance, decided from the conditions and their inputs: the most important problem
 * and the others below it; or all clear, with when Apple's status was read; or, on a first run,
 * that the first check is still under way. Views draw it and decide nothing.
 */
import type { Condition, ConditionInput } from './types';

export type Tone = 'red' | 'amber' | 'grey' | 'info' | 'ok' | 'neutral';

export type Overview =
  | { kind: 'problem'; top: Condition; tone: Tone; others: Condition[] }
  /** Nothing wrong in what can be seen; `checkedAt` is when Apple's status was read. */
  | { kind: 'all-clear'; tone: 'ok'; checkedAt: number | null; storageKnown: boolean; others: [] }
  /** The very first status check is still under way: neither good nor bad yet. */
  | { kind: 'first-check'; tone: 'neutral'; storageKnown: boolean; others: [] };

/**
 * The headline's words when no condition holds, shared by the popup and the toolbar tooltip so
 * both say the same thing. With a problem, the headline is the top condition's own sentence.
 */
export const HEADLINE_WORDS = {
  'all-clear': 'No problems found',
  'first-check': "Checking Apple's status…",
} as const;

/** What the all-clear line says about Apple's status, before "checked <when>". */
export const NO_ISSUES_WORDS = 'Apple reports no issues';

/**
 * A condition's tone: its badge colour, or `info` for tooltip-only ones. Maintenance has a grey
 * badge but is news, not an unknown: `info`, so it is marked "i", never "?".
 */
export function toneOf(condition: Condition): Tone {
  if (condition.id === 'maintenance') return 'info';
  return condition.badge?.colour ?? 'info';
}

/** What the storage meter should look like, from the storage conditions (none: `ok`). */
export function storageTone(conditions: readonly Condition[]): 'full' | 'warn' | 'ok' {
  if (conditions.some((c) => c.id === 'storage-full' || c.id === 'upload-blocked')) return 'full';
  if (conditions.some((c) => c.id === 'storage-nearly-full')) return 'warn';
  return 'ok';
}

export function overviewOf(
  conditions: readonly Condition[],
  input: Pick<ConditionInput, 'snapshot' | 'poll' | 'storage'>,
): Overview {
  const [top, ...others] = conditions;
  if (top) return { kind: 'problem', top, tone: toneOf(top), others };
  const storageKnown = input.storage !== null;
  const { poll, snapshot } = input;
  if (!snapshot && poll.lastSuccessAt === null && poll.consecutiveFailures === 0) {
    return { kind: 'first-check', tone: 'neutral', storageKnown, others: [] };
  }
  return { kind: 'all-clear', tone: 'ok', checkedAt: snapshot?.fetchedAt ?? null, storageKnown, others: [] };
}
