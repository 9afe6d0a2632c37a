/** Progress through guides: ticked steps and the answer to "Did this fix it?". */
import type { Platform } from '../settings';
import { stepAppliesTo } from './steps';
import type { Guide } from './types';

export interface StepProgress {
  guideId: string;
  stepId: string;
  done: boolean;
  /** When the step was last ticked or unticked (ms since epoch). */
  at: number;
}

export type Outcome = 'fixed' | 'not-fixed';

export interface OutcomeRecord {
  guideId: string;
  outcome: Outcome;
  at: number;
}

export interface GuideProgress {
  done: ReadonlySet<string>;
  outcome: Outcome | null;
}

export type ProgressByGuide = ReadonlyMap<string, GuideProgress>;

export const NO_PROGRESS: ProgressByGuide = new Map();

export function summariseProgress(
  steps: readonly StepProgress[],
  outcomes: readonly OutcomeRecord[],
): Map<string, GuideProgress> {
  const byGuide = new Map<string, { done: Set<string>; outcome: Outcome | null }>();
  const entry = (guideId: string) => {
    let e = byGuide.get(guideId);
    if (!e) byGuide.set(guideId, (e = { done: new Set(), outcome: null }));
    return e;
  };
  for (const s of steps) if (s.done) entry(s.guideId).done.add(s.stepId);
  for (const o of outcomes) entry(o.guideId).outcome = o.outcome;
  return byGuide;
}

/** The steps that count for the person: those for their platforms (all when none apply). */
function relevantSteps(guide: Guide, platforms: readonly Platform[]) {
  const relevant = guide.steps.filter((s) => platforms.some((p) => stepAppliesTo(guide, s, p)));
  return relevant.length > 0 ? relevant : guide.steps;
}

/** How many of the steps that count for the person are ticked. */
export function stepCounts(
  guide: Guide,
  progress: GuideProgress | undefined,
  platforms: readonly Platform[],
): { done: number; total: number } {
  const steps = relevantSteps(guide, platforms);
  return { done: steps.filter((s) => progress?.done.has(s.id)).length, total: steps.length };
}

/**
 * A guide is finished once the person answered "Did this fix it?", or ticked every step that
 * applies to their platforms.
 */
export function isGuideFinished(
  guide: Guide,
  progress: GuideProgress | undefined,
  platforms: readonly Platform[],
): boolean {
  if (!progress) return false;
  if (progress.outcome !== null) return true;
  return relevantSteps(guide, platforms).every((s) => progress.done.has(s.id));
}
