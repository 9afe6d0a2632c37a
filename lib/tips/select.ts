/**
 * Which active conditions deserve a tip on the iCloud.com page a person is looking at. The
 * background's evaluator decides the conditions; this only decides where each one is relevant.
 */
import { forServices } from '../conditions/for-services';
import type { Condition } from '../conditions/types';
import type { ConditionId } from '../conditions/ids';
import { APP_SERVICE, type IcloudApp } from './apps';

/** The status services that matter in every app, beside the app's own (APP_SERVICE). */
const SERVICES_EVERYWHERE: readonly string[] = ['icloud-web-apps', 'icloud-account'];

const STORAGE_APPS: readonly IcloudApp[] = ['photos', 'drive', 'mail', 'settings'];

/** Snoozed conditions: id → epoch ms until which its tip stays hidden. */
export type TipSnoozes = Partial<Record<ConditionId, number>>;

export const SNOOZE_MS = 24 * 60 * 60 * 1000;

/** Whether a condition matters in `app`; outages and maintenance are narrowed to the app's services. */
function forApp(condition: Condition, app: IcloudApp, now: number): Condition | null {
  switch (condition.id) {
    case 'storage-full':
    case 'storage-nearly-full':
      return STORAGE_APPS.includes(app) ? condition : null;
    case 'upload-blocked':
    case 'upload-refused':
    case 'upload-stalled':
      return app === 'photos' ? condition : null;
    case 'outage':
    case 'maintenance':
      return forServices(condition, [APP_SERVICE[app] ?? [], SERVICES_EVERYWHERE].flat(), now);
    default:
      return null;
  }
}

/**
 * The conditions to show as tips in `app`, most severe first: only those relevant to the app,
 * none while tips are turned off, none that the person snoozed until after `now`.
 * Outages and maintenance speak only of the services that matter here.
 */
export function selectTips(
  conditions: readonly Condition[],
  app: IcloudApp,
  options: { enabled: boolean; snoozes: TipSnoozes; now: number },
): Condition[] {
  if (!options.enabled) return [];
  return conditions
    .filter((c) => (options.snoozes[c.id] ?? 0) <= options.now)
    .map((c) => forApp(c, app, options.now))
    .filter((c): c is Condition => c !== null)
    .sort((a, b) => a.priority - b.priority);
}

/** Snoozes `id` for 24 hours from `now`, dropping snoozes that have already run out. */
export function snooze(snoozes: TipSnoozes, id: ConditionId, now: number): TipSnoozes {
  const kept = Object.fromEntries(
    Object.entries(snoozes).filter(([, until]) => typeof until === 'number' && until > now),
  ) as TipSnoozes;
  return { ...kept, [id]: now + SNOOZE_MS };
}
