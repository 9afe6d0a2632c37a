/**
 * What the main-world listener heard, as the readers take it: the text that crossed the channel
 * (./network-channel.ts) parsed and checked here, in the isolated world, after the frame has
 * loaded. Anything malformed, or an answer that says nothing, is dropped.
 */
import type { UploadAnswer, UploadStep } from '@/lib/readings/photos-upload';
import { readUploadAnswer } from './apple-answers';
import { MAX_OBSERVATION_CHARS } from './network-channel';

/**
 * Apple's storage answers and CloudKit's quota refusals are not among them: those go to the
 * background from the document_start script (./answer-messages.ts).
 */
export type NetworkObservation = { kind: 'upload'; answer: UploadAnswer };

const STEPS: readonly unknown[] = ['createUploadUrl', 'putAsset', 'uploadStatus'];

/** Parses and checks what crossed the channel (in the readers); anything that says nothing is null. */
export function parseObservation(detail: unknown): NetworkObservation | null {
  if (typeof detail !== 'string' || detail.length > MAX_OBSERVATION_CHARS) return null;
  try {
    const { kind, step, status, body } = (JSON.parse(detail) ?? {}) as Record<string, unknown>;
    if (typeof body !== 'string' || typeof status !== 'number') return null;
    if (kind === 'upload' && STEPS.includes(step)) {
      const answer = readUploadAnswer(step as UploadStep, status, JSON.parse(body));
      return answer ? { kind, answer } : null;
    }
  } catch {
    // Not JSON: dropped.
  }
  return null;
}
