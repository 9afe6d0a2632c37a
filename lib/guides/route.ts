/** What the guide page shows, from its address: guide.html#<id>, guide.html?condition=<id>. */
import { isGuideTopic } from './topics';
import type { GuideTopic, ReferenceId } from './types';

export const REFERENCE_IDS: readonly ReferenceId[] = ['status-messages', 'things-not-to-do', 'good-to-know'];

export type GuideRoute =
  | { kind: 'home' }
  /** topic: the problem whose plan the guide was opened from, when the address says. */
  | { kind: 'guide'; id: string; topic: GuideTopic | null }
  | { kind: 'reference'; id: ReferenceId; anchor: string | null }
  | { kind: 'condition'; topic: GuideTopic }
  | { kind: 'unknown-condition'; value: string };

/**
 * The hash wins over the query, so a guide opened from a problem's plan shows that guide; the
 * query then says which plan to go back to.
 */
export function parseGuideRoute(search: string, hash: string): GuideRoute {
  const condition = new URLSearchParams(search).get('condition');
  let fragment = '';
  try {
    fragment = decodeURIComponent(hash.replace(/^#/, '')).trim();
  } catch {
    // A malformed escape: read it as the name it is, unknown.
    fragment = hash.replace(/^#/, '').trim();
  }
  if (fragment) {
    const [page = '', anchor = null] = fragment.split('/', 2);
    const reference = REFERENCE_IDS.find((id) => id === page);
    if (reference) return { kind: 'reference', id: reference, anchor: anchor || null };
    return { kind: 'guide', id: page, topic: isGuideTopic(condition) ? condition : null };
  }
  if (condition === null || condition === '') return { kind: 'home' };
  return isGuideTopic(condition)
    ? { kind: 'condition', topic: condition }
    : { kind: 'unknown-condition', value: condition };
}

/** The page address for a guide, a reference page (optionally one entry on it) or a problem. */
export function guideHref(id: string, anchor?: string): string {
  return `#${encodeURIComponent(id)}${anchor ? `/${encodeURIComponent(anchor)}` : ''}`;
}

export function conditionHref(topic: GuideTopic): string {
  return `?condition=${encodeURIComponent(topic)}`;
}

/** A guide within a problem's plan: the page can lead back to that plan. */
export function planGuideHref(topic: GuideTopic, guideId: string): string {
  return `${conditionHref(topic)}${guideHref(guideId)}`;
}
