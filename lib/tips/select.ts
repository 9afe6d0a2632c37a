/**
 * Which active conditions deserve a tip on the iCloud.com page a person is looking at. The
 * background's evaluator decides the conditions; this only decides where each one is relevant.
 */
import type { Condition } from '../conditions/types';
import type { ConditionId } from '../conditions/ids';
import type { IcloudApp } from './apps';

/** The status services that matter in each app, beside the ones that matter everywhere. */
const APP_SERVICES: Record<IcloudApp, readonly string[]> = {
  photos: ['photos'],
  mail: ['icloud-mail'],
  drive: ['icloud-drive'],
  notes: ['icloud-notes'],
  settings: [],
  other: [],
};
const SERVICES_EVERYWHERE: readonly string[] = ['icloud-web-apps', 'icloud-account'];

const STORAGE_APPS: readonly IcloudApp[] = ['photos', 'drive', 'mail', 'settings'];

/** Snoozed conditions: id → epoch ms until which its tip stays hidden. */
export type TipSnoozes = Partial<Record<ConditionId, number>>;

export const SNOOZE_MS = 24 * 60 * 60 * 1000;

function appliesHere(condition: Condition, app: IcloudApp): boolean {
  switch (condition.id) {
    case 'storage-full':
    case 'storage-nearly-full':
      return STORAGE_APPS.includes(app);
    case 'upload-blocked':
    case 'upload-stalled':
      return app === 'photos';
    case 'outage':
    case 'maintenance': {
      const relevant = [...APP_SERVICES[app], ...SERVICES_EVERYWHERE];
      return (condition.facts.services ?? []).some((s) => relevant.includes(s.id));
    }
    default:
      return false;
  }
}

/**
 * The conditions to show as tips in `app`, most severe first: only those relevant to the app,
 * none while tips are turned off, none that the person snoozed until after `now`.
 * For outages and maintenance, the facts keep only the services that matter here.
 */
export function selectTips(
  conditions: readonly Condition[],
  app: IcloudApp,
  options: { enabled: boolean; snoozes: TipSnoozes; now: number },
): Condition[] {
  if (!options.enabled) return [];
  const relevant = [...APP_SERVICES[app], ...SERVICES_EVERYWHERE];
  return conditions
    .filter((c) => appliesHere(c, app))
    .filter((c) => (options.snoozes[c.id] ?? 0) <= options.now)
    .map((c) =>
      c.id === 'outage' || c.id === 'maintenance'
        ? {
            ...c,
            facts: { ...c.facts, services: (c.facts.services ?? []).filter((s) => relevant.includes(s.id)) },
          }
        : c,
    )
    .sort((a, b) => a.priority - b.priority);
}

/** Snoozes `id` for 24 hours from `now`, dropping snoozes that have already run out. */
export function snooze(snoozes: TipSnoozes, id: ConditionId, now: number): TipSnoozes {
  const kept = Object.fromEntries(
    Object.entries(snoozes).filter(([, until]) => typeof until === 'number' && until > now),
  ) as TipSnoozes;
  return { ...kept, [id]: now + SNOOZE_MS };
}
