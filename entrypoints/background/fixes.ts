/**
 * Ranked fixes for the popup and the tips: the conditions as they stand, ranked against the guides
 * and the person's progress and answers from the guides database, their devices from the settings,
 * and whether Apple's status is already known. The popup gets them inside its view, as data, and
 * so never loads the guides itself.
 */
import type { Condition, ConditionInput } from '@/lib/conditions/types';
import { openGuideLibrary } from '@/lib/guides/library';
import { summariseProgress } from '@/lib/guides/progress';
import { rankFixes, type FixesByCondition } from '@/lib/guides/rank';

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
