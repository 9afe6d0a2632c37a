import { browser, type Browser } from 'wxt/browser';
import { parseContentMessage } from '@/lib/messages';
import { isIcloudContentSender, type SenderLike } from '@/lib/sender';
import { queuePageReport } from './page-report';

export interface ContentReply {
  ok: boolean;
}

/**
 * Handles one message from a content script: checks the sender and the shape, then acts.
 * Returns undefined for anything that is not ours to answer, so other listeners may.
 */
export function handleContentMessage(raw: unknown, sender: SenderLike): Promise<ContentReply> | undefined {
  if (!isIcloudContentSender(sender, browser.runtime.id)) return undefined;
  const message = parseContentMessage(raw);
  if (!message || sender.tab?.id === undefined) return undefined;
  return queuePageReport(message, sender, Date.now()).then(() => ({ ok: true }));
}

/** The portable listener shape: answer through sendResponse and keep the channel open. */
export function contentMessageListener(
  raw: unknown,
  sender: Browser.runtime.MessageSender,
  sendResponse: (reply: ContentReply) => void,
): boolean {
  const reply = handleContentMessage(raw, sender);
  if (!reply) return false;
  reply.then(sendResponse, () => sendResponse({ ok: false }));
  return true;
}

export function registerContentMessages(): void {
  browser.runtime.onMessage.addListener(contentMessageListener);
}
