/**
 * "Clear my data" from the settings page: the background clears every item it writes, the history
 * and the guide progress, so no page writes them beside it (one writer per item).
 */
import { browser } from 'wxt/browser';
import { progressDataParts } from '@/lib/guides/progress-data';
import { parseClearMyDataMessage } from '@/lib/messages';
import { clearMyData } from '@/lib/my-data';
import { ownPageListener } from './page-requests';

/** Answers `clear-my-data` with true once everything is cleared (null when it failed). */
export const clearMyDataListener = ownPageListener(parseClearMyDataMessage, () =>
  clearMyData(progressDataParts).then(() => true as const),
);

export function registerMyData(): void {
  browser.runtime.onMessage.addListener(clearMyDataListener);
}
