/**
 * Ranked fixes for the popup and the tips: the conditions as they stand, ranked against the guides
 * and the person's progress and answers from the guides database, their devices from the settings,
 * and whether Apple's status is already known. The popup gets the result as data and so never
 * loads the guides itself.
 */
import { browser } from 'wxt/browser';
import { readConditionInput } from '@/lib/condition-input';
import { evaluateConditions } from '@/lib/conditions/evaluate';
import type { Condition, ConditionInput } from '@/lib/conditions/types';
import { openGuideLibrary } from '@/lib/guides/library';
import { summariseProgress } from '@/lib/guides/progress';
import { rankFixes, type FixesByCondition } from '@/lib/guides/rank';
import { parseRankedFixesMessage } from '@/lib/messages';
import { ownPageListener } from './page-requests';

export async function fixesFor(
  conditions: readonly Condition[],
  input: Pick<ConditionInput, 'snapshot' | 'settings'>,
): Promise<FixesByCondition> {
  // Read once and let the database go: the worker must not hold a connection open between questions.
  const library = await openGuideLibrary();
  library.close();
  return rankFixes(conditions, {
    guides: library.guides,
    platforms: input.settings.platforms,
    progress: summariseProgress(library.steps, library.outcomes),
    statusKnown: input.snapshot !== null && !conditions.some((c) => c.id === 'status-unknown'),
  });
}

export async function currentFixes(now: number = Date.now()): Promise<FixesByCondition> {
  const input = await readConditionInput(now);
  return fixesFor(evaluateConditions(input), input);
}

/** Answers `ranked-fixes` from this extension's pages. */
export const fixesMessageListener = ownPageListener(parseRankedFixesMessage, () => currentFixes());

export function registerFixes(): void {
  browser.runtime.onMessage.addListener(fixesMessageListener);
}
