/**
 * Apple's answers to the page's own requests that count wherever they are heard go to the
 * background from the document_start script (./frame-start.ts), once the frame has loaded: no frame
 * needs a reader for them, so frames that show people's content (Mail, Drive, Notes …) load nothing
 * more. Two kinds cross, and nothing of the page's own text:
 * - a storageUsageInfo answer: only the three parts a reading is made of, which the background
 *   checks field by field (lib/readings/storage-usage-info.ts), as `unknown`, like any message;
 * - a CloudKit records/modify answer that refuses a write for quota (./apple-answers.ts): only that
 *   it did, and when; the records it carries (people's notes, files, captions) stay in the frame.
 */
import {
  MESSAGE_VERSION,
  type FrameRoleKind,
  type QuotaRefusalMessage,
  type StorageAnswerMessage,
} from '@/lib/messages';
import { refusesForQuota } from './apple-answers';
import { sendToBackground } from './background-channel';
import { RESEND_DELAYS_MS } from './reporter';

export type AnswerMessage = StorageAnswerMessage | QuotaRefusalMessage;

/**
 * The message for what crossed the channel when it is one of those answers; null for one that says
 * nothing (a storage answer that failed, a record write that was not refused for quota); undefined
 * for anything else (the role's script may want it).
 */
export function answerMessage(
  role: FrameRoleKind,
  detail: string,
  at: number,
): AnswerMessage | null | undefined {
  try {
    const { kind, status, body } = JSON.parse(detail) as Record<string, unknown>;
    // A body that is not JSON throws here.
    const parsed = (): Record<string, unknown> => JSON.parse(body as string) as Record<string, unknown>;
    if (kind === 'cloudkit')
      return refusesForQuota(parsed()) ? { v: MESSAGE_VERSION, type: 'quota-refusal', role, at } : null;
    if (kind !== 'storage') return undefined;
    // The main world passes on only storage answers that succeeded.
    if ((status as number) >= 300) return null;
    const { storageUsageInfo, storageUsageByMedia, quotaStatus } = parsed();
    const answer = { storageUsageInfo, storageUsageByMedia, quotaStatus };
    return { v: MESSAGE_VERSION, type: 'storage-answer', role, answer, at };
  } catch {
    return null;
  }
}

/** Sends it; when the background could not store it, again after each of RESEND_DELAYS_MS. */
export function sendAnswer(message: AnswerMessage, win: Window, tries = 0): void {
  void sendToBackground(message).then((stored) => {
    if (!stored && tries < RESEND_DELAYS_MS.length)
      win.setTimeout(() => sendAnswer(message, win, tries + 1), RESEND_DELAYS_MS[tries]);
  });
}
