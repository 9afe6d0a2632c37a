/**
 * Apple's answers to the page's own storageUsageInfo requests, heard in any frame of ours, go to
 * the background from the document_start script (./frame-start.ts), once the frame has loaded:
 * no frame needs a reader for them, so frames that show people's content load nothing more. Only
 * the three parts a reading is made of cross; the background checks every field
 * (lib/readings/storage-usage-info.ts), as `unknown`, like any other message.
 */
import { MESSAGE_VERSION, type FrameRoleKind, type StorageAnswerMessage } from '@/lib/messages';
import { sendToBackground } from './background-channel';
import { RESEND_DELAYS_MS } from './reporter';

/**
 * The message for what crossed the channel when it is a storage answer that succeeded; null for a
 * storage answer that says nothing; undefined when it is not a storage answer (the role's script
 * may want it).
 */
export function storageAnswerMessage(
  role: FrameRoleKind,
  detail: string,
  at: number,
): StorageAnswerMessage | null | undefined {
  try {
    const { kind, status, body } = JSON.parse(detail) as Record<string, unknown>;
    if (kind !== 'storage') return undefined;
    // The main world passes on only answers that succeeded; a body that is not JSON throws here.
    if ((status as number) >= 300) return null;
    const { storageUsageInfo, storageUsageByMedia, quotaStatus } = JSON.parse(body as string) as Record<
      string,
      unknown
    >;
    const answer = { storageUsageInfo, storageUsageByMedia, quotaStatus };
    return { v: MESSAGE_VERSION, type: 'storage-answer', role, answer, at };
  } catch {
    return null;
  }
}

/** Sends it; when the background could not store it, again after each of RESEND_DELAYS_MS. */
export function sendStorageAnswer(message: StorageAnswerMessage, win: Window, tries = 0): void {
  void sendToBackground(message).then((stored) => {
    if (!stored && tries < RESEND_DELAYS_MS.length)
      win.setTimeout(() => sendStorageAnswer(message, win, tries + 1), RESEND_DELAYS_MS[tries]);
  });
}
