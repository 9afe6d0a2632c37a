/**
 * The popup's one question, `popup-view`: it wakes the worker, which evaluates now (after polling
 * Apple's status when the Refresh button asked for it) and answers with the fresh view.
 */
import { browser } from 'wxt/browser';
import { parsePopupViewMessage, type CheckResult, type PopupViewAnswer } from '@/lib/messages';
import { queueRefresh } from './badge';
import { ownPageListener } from './page-requests';
import { pollStatusNow } from './status-poll';

/** Polls Apple's status now and says how it went, in the popup's terms. */
async function checkNow(): Promise<CheckResult> {
  const askedAt = Date.now();
  const record = await pollStatusNow().catch(() => null);
  if (!record || record.lastAttemptAt === null) return 'not-run';
  return record.lastAttemptAt >= askedAt - 1000 && record.consecutiveFailures === 0 ? 'ok' : 'failed';
}

export async function answerPopup(check: boolean): Promise<PopupViewAnswer | null> {
  const result = check ? await checkNow() : null;
  // Through the badge's queue: one evaluation draws the badge and builds the view, in order.
  const refreshed = await queueRefresh();
  return refreshed?.popup ? { view: refreshed.popup, check: result } : null;
}

/** Answers `popup-view` from this extension's pages (with null when the view could not be built). */
export const popupViewListener = ownPageListener(parsePopupViewMessage, (message) =>
  answerPopup(message.check),
);

export function registerPopupView(): void {
  browser.runtime.onMessage.addListener(popupViewListener);
}
