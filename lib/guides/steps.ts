/** Which steps of a guide apply on a platform, and in which words. */
import type { Platform } from '../settings';
import type { Guide, GuideStep } from './types';

export function stepAppliesTo(guide: Guide, step: GuideStep, platform: Platform): boolean {
  return (step.platforms ?? guide.platforms).includes(platform);
}

export function stepsFor(guide: Guide, platform: Platform): GuideStep[] {
  return guide.steps.filter((step) => stepAppliesTo(guide, step, platform));
}

export function stepText(step: GuideStep, platform: Platform): string {
  return step.variants?.[platform] ?? step.text;
}

/**
 * The platform tabs a guide shows: its platforms that the person uses, in the guide's order; all
 * of its platforms when the person uses none of them (they may be helping someone else).
 */
export function tabsFor(guide: Guide, personPlatforms: readonly Platform[]): Platform[] {
  const mine = guide.platforms.filter((p) => personPlatforms.includes(p));
  return mine.length > 0 ? mine : [...guide.platforms];
}
