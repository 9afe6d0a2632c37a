/**
 * The toolbar badge: evaluates the conditions from storage and draws the most severe one, at
 * start-up, whenever an input changes, and on an alarm for the rules that move with time (stall,
 * staleness). The same evaluation then builds and stores the popup's view, so the badge and the
 * popup always say the same. Nothing is kept in memory: every refresh reads its inputs from
 * storage first.
 */
import { browser, type Browser } from 'wxt/browser';
import { readConditionInput, watchConditionInput } from '@/lib/condition-input';
import { badgeFor } from '@/lib/conditions/badge';
import { evaluateConditions } from '@/lib/conditions/evaluate';
import { MAX_RECHECK_MS, nextRecheckAt } from '@/lib/conditions/recheck';
import type { BadgeColour, BadgeView, Condition, ConditionInput } from '@/lib/conditions/types';
import type { PopupView } from '@/lib/popup-view/types';
import { popupViewFor, storePopupView } from './popup-view';

export const BADGE_ALARM = 'badge-recheck';

/**
 * Mid-tone badge colours with black text. A browser has one badge colour for light and dark
 * toolbars alike, so each stands 3:1 or more against both (white and #f1f3f4, #202124 and #35363a),
 * and its black text 4.5:1 or more; Chrome's default white text cannot reach 4.5:1 on any colour
 * light enough for a dark toolbar. tests/unit/background/badge-contrast.test.ts checks the figures.
 */
export const BADGE_COLOURS: Record<BadgeColour, string> = {
  red: '#FF3347',
  amber: '#BF7800',
  grey: '#898989',
};
export const BADGE_TEXT_COLOUR = '#000000';

/** Draws a view on the toolbar button (`action`: both builds are Manifest V3). */
async function showBadge(view: BadgeView): Promise<void> {
  await browser.action.setBadgeText({ text: view.text });
  if (view.colour) {
    await browser.action.setBadgeBackgroundColor({ color: BADGE_COLOURS[view.colour] });
    await browser.action.setBadgeTextColor({ color: BADGE_TEXT_COLOUR });
  }
  await browser.action.setTitle({ title: view.tooltip });
}

/** Asked again only when the time moved: re-creating an alarm on every change would be churn. */
async function scheduleRecheck(at: number): Promise<void> {
  const existing = await browser.alarms.get(BADGE_ALARM);
  if (existing && Math.abs(existing.scheduledTime - at) < 5_000) return;
  // The period is a backstop: should a refresh fail to re-arm, the badge still updates.
  await browser.alarms.create(BADGE_ALARM, { when: at, periodInMinutes: 15 });
}

const UNREADABLE: BadgeView = {
  text: '?',
  colour: 'grey',
  tooltip: 'Cloud Checkup · could not read its own data; it will try again shortly',
};

export interface Refreshed {
  badge: BadgeView;
  /** Null when the inputs could not be read. */
  popup: PopupView | null;
}

/**
 * One full refresh: read, validate, evaluate, draw, set the next time-driven check, then build and
 * store the popup's view from the same evaluation (after the badge: its guides and history reads
 * never hold the badge back).
 */
export async function refresh(now: number = Date.now()): Promise<Refreshed> {
  let badge = UNREADABLE;
  let recheckAt = now + MAX_RECHECK_MS;
  let evaluated: { input: ConditionInput; conditions: Condition[] } | null = null;
  try {
    const input = await readConditionInput(now);
    const conditions = evaluateConditions(input);
    badge = badgeFor(conditions, now, input);
    recheckAt = nextRecheckAt(input);
    evaluated = { input, conditions };
  } catch {
    // Unknown beats wrong: a failed read never leaves an old "all clear" standing.
  }
  await showBadge(badge);
  await scheduleRecheck(recheckAt).catch(() => undefined);
  const popup = evaluated ? await popupViewFor(evaluated.input, evaluated.conditions) : null;
  await storePopupView(popup).catch(() => undefined);
  return { badge, popup };
}

// Refreshes run one after another, so a slow early one can never draw over a later one.
let queue: Promise<unknown> = Promise.resolve();
/** Queues a refresh; resolves with what it drew and stored, or null if it failed. */
export function queueRefresh(): Promise<Refreshed | null> {
  const next = queue.then(() => refresh()).catch(() => null);
  queue = next;
  return next;
}

/** Resolves once every refresh asked for so far has drawn (for tests and callers that must wait). */
export function badgeSettled(): Promise<unknown> {
  return queue;
}

export function onAlarm(alarm: Browser.alarms.Alarm): void {
  if (alarm.name === BADGE_ALARM) void queueRefresh();
}

export function registerBadge(): void {
  watchConditionInput(() => void queueRefresh());
  browser.alarms.onAlarm.addListener(onAlarm);
  void queueRefresh();
}
