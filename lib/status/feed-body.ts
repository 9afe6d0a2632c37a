/**
 * The feed's body as text → the JSON value inside it. Plain JSON, or one JSONP callback around it
 * (the developer feed: `jsonCallback({...});`), unwrapped with one anchored pattern so parentheses
 * inside names and messages (`iCloud Web Apps (iCloud.com)`) never matter. BOM and surrounding
 * whitespace are accepted.
 */
import type { FeedError } from './types';

const JSONP = /^[A-Za-z_$][\w$.]{0,63}\s*\(([\s\S]*)\)\s*;?$/;

export type BodyResult = { ok: true; value: unknown } | { ok: false; error: FeedError };

export function readFeedBody(text: string): BodyResult {
  const trimmed = text.replace(/^\uFEFF/, '').trim();
  if (trimmed === '') {
    return { ok: false, error: { code: 'empty', message: 'The status feed was empty.' } };
  }
  if (trimmed.startsWith('<')) {
    return {
      ok: false,
      error: { code: 'not-json', message: 'The status feed sent a web page instead of the status data.' },
    };
  }
  let json = trimmed;
  if (!trimmed.startsWith('{')) {
    const wrapped = JSONP.exec(trimmed);
    if (!wrapped) {
      return {
        ok: false,
        error: { code: 'not-json', message: 'The status feed was not in a format we know.' },
      };
    }
    json = wrapped[1]!.trim();
  }
  try {
    return { ok: true, value: JSON.parse(json) as unknown };
  } catch {
    return {
      ok: false,
      error: {
        code: 'not-json',
        message: 'The status feed was cut off or damaged, so it could not be read.',
      },
    };
  }
}
