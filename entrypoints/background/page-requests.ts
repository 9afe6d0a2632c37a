/**
 * Requests from this extension's own pages (popup, settings, guide page): each is answered by one
 * listener that checks the message's shape and its sender, and returns false for anything else so
 * the other listeners may answer.
 */
import { browser, type Browser } from 'wxt/browser';
import type { SenderLike } from '@/lib/sender';

/** Our own extension pages only: this extension's id and a URL under its origin; no tab needed. */
export function isOwnExtensionPage(sender: SenderLike): boolean {
  return (
    sender.id === browser.runtime.id &&
    typeof sender.url === 'string' &&
    sender.url.startsWith(browser.runtime.getURL('/'))
  );
}

/** A `runtime.onMessage` listener for one request: the answer, or null when answering failed. */
export function ownPageListener<M, R>(
  parse: (raw: unknown) => M | null,
  answer: (message: M) => Promise<R>,
): (raw: unknown, sender: Browser.runtime.MessageSender, sendResponse: (reply: R | null) => void) => boolean {
  return (raw, sender, sendResponse) => {
    const message = parse(raw);
    if (!message || !isOwnExtensionPage(sender)) return false;
    answer(message).then(sendResponse, () => sendResponse(null));
    return true;
  };
}
