import { browser, type Browser } from 'wxt/browser';
import { openFramesItem, withFrame, withoutTab } from '@/lib/frames';
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
  const tabId = sender.tab?.id;
  if (!message || tabId === undefined) return undefined;
  if (message.type === 'page-report') {
    return queuePageReport(message, sender, Date.now()).then(() => ({ ok: true }));
  }
  const frame = {
    tabId,
    frameId: sender.frameId ?? 0,
    role: message.role,
    ...(message.app ? { app: message.app } : {}),
    seenAt: Date.now(),
  };
  return openFramesItem
    .getValue()
    .then((frames) => openFramesItem.setValue(withFrame(frames, frame)))
    .then(() => ({ ok: true }));
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
  browser.tabs.onRemoved.addListener((tabId) => {
    void openFramesItem.getValue().then((frames) => openFramesItem.setValue(withoutTab(frames, tabId)));
  });
}
