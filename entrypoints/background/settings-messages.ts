/**
 * The background is the one writer of the settings: extension pages send `change-settings` and
 * the change is applied in the same queue as the background's own (the tip card's "tips off").
 */
import { browser } from 'wxt/browser';
import { parseSettingsChange, updateSettings } from '@/lib/settings';
import { ownPageListener } from './page-requests';

/** Answers `change-settings` with the stored settings (null when the write failed). */
export const settingsMessageListener = ownPageListener(parseSettingsChange, (message) =>
  updateSettings(message.change),
);

export function registerSettingsMessages(): void {
  browser.runtime.onMessage.addListener(settingsMessageListener);
}
