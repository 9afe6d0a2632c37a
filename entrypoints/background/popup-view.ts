/**
 * The popup's view (lib/popup-view/), built here from what the badge was just drawn from: the
 * same inputs and conditions, with the ranked fixes and the 7-day history added. The badge's
 * refresh keeps the latest one under one storage key, so an opening popup can draw it at once and
 * hears each change (the question that wakes the worker for a fresh one: popup-messages.ts).
 */
import type { Condition, ConditionInput } from '@/lib/conditions/types';
import { popupViewOf } from '@/lib/popup-view/build';
import { HISTORY_STRIP_DAYS, type PopupView } from '@/lib/popup-view/types';
import { popupViewItem, statusCheckedItem } from '@/lib/state-items';
import { readCheckedTimes } from '@/lib/status/checked-days';
import { recentStatusEvents } from '@/lib/status/history';
import { fixesFor } from './fixes';

export async function popupViewFor(
  input: ConditionInput,
  conditions: readonly Condition[],
): Promise<PopupView> {
  // The fixes and the history are extras: without them the problems link to all fixes and the
  // strip says "not known", rather than the popup having nothing to show.
  const [fixes, events, checked] = await Promise.all([
    fixesFor(conditions, input).catch(() => ({})),
    recentStatusEvents(HISTORY_STRIP_DAYS, input.now).catch(() => []),
    statusCheckedItem.getValue().then(readCheckedTimes, () => []),
  ]);
  return popupViewOf({ input, conditions, fixes, events, checked });
}

/** Keeps the latest view; without one (the inputs could not be read) the old one goes: unknown beats wrong. */
export async function storePopupView(view: PopupView | null): Promise<void> {
  if (view) await popupViewItem.setValue(view);
  else await popupViewItem.removeValue();
}
