/** The `poll-now` message from this extension's own pages (the popup's refresh button). */
import { browser, type Browser } from 'wxt/browser';
import { parsePollNowMessage } from '@/lib/messages';
import type { SenderLike } from '@/lib/sender';
import type { PollRecord } from '@/lib/status/types';
import { pollStatusNow } from './status-poll';

/** Our own extension pages only: this extension's id and a URL under its origin; no tab needed. */
export function isOwnExtensionPage(sender: SenderLike): boolean {
  return (
    sender.id === browser.runtime.id &&
    typeof sender.url === 'string' &&
    sender.url.startsWith(browser.runtime.getURL('/'))
  );
}

/** Answers `poll-now` with the new poll record; returns false for anything else so others may answer. */
export function statusMessageListener(
  raw: unknown,
  sender: Browser.runtime.MessageSender,
  sendResponse: (reply: PollRecord | null) => void,
): boolean {
  if (!parsePollNowMessage(raw) || !isOwnExtensionPage(sender)) return false;
  pollStatusNow().then(sendResponse, () => sendResponse(null));
  return true;
}
