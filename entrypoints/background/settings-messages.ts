/**
 * The background is the one writer of the settings: extension pages send `change-settings` and
 * the change is applied in the same queue as the background's own (the tip card's "tips off").
 */
import { browser, type Browser } from 'wxt/browser';
import { parseSettingsChange, updateSettings, type Settings } from '@/lib/settings';
import { isOwnExtensionPage } from './status-messages';

/** Answers `change-settings` with the stored settings (null when the write failed). */
export function settingsMessageListener(
  raw: unknown,
  sender: Browser.runtime.MessageSender,
  sendResponse: (reply: Settings | null) => void,
): boolean {
  const message = parseSettingsChange(raw);
  if (!message || !isOwnExtensionPage(sender)) return false;
  updateSettings(message.change).then(sendResponse, () => sendResponse(null));
  return true;
}

export function registerSettingsMessages(): void {
  browser.runtime.onMessage.addListener(settingsMessageListener);
}
