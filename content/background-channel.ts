/**
 * Messages from the iCloud.com content scripts to the background, and whether the extension is
 * still there. After the extension is updated, reloaded or disabled, a script it left on the page
 * finds its extension API gone (`runtime.id` is undefined): that is how every script loaded on
 * demand notices that it must stop, at its next callback (an observer's, a timer's, a navigation's).
 * No DOM event can say so: a page script could dispatch any of those.
 */
import { browser } from 'wxt/browser';
import { MESSAGE_VERSION, type FrameRoleKind } from '@/lib/messages';
import type { FrameReading } from './reporter';

export function extensionAlive(): boolean {
  try {
    return !!browser.runtime?.id;
  } catch {
    return false;
  }
}

/**
 * Sends a message; resolves whether the background stored what it carried (it answers
 * `{ ok: true }`). Never throws into the page: a background that is gone means "not stored".
 */
export function sendToBackground(message: object): Promise<boolean> {
  return Promise.resolve()
    .then(() => browser.runtime.sendMessage(message))
    .then(
      (reply: unknown) => (reply as { ok?: unknown } | undefined)?.ok === true,
      () => false,
    );
}

/** A frame's reading as a page report; a reading of nothing is not sent (nothing to store). */
export function sendPageReport(role: FrameRoleKind, reading: FrameReading): Promise<boolean> {
  if (!reading.storage && !reading.photos) return Promise.resolve(true);
  return sendToBackground({ v: MESSAGE_VERSION, type: 'page-report', role, ...reading });
}
