/** What the guide page shows, from its address: guide.html#<id>, guide.html?condition=<id>. */
import { isGuideTopic } from './topics';
import type { GuideTopic, ReferenceId } from './types';

export const REFERENCE_IDS: readonly ReferenceId[] = ['status-messages', 'things-not-to-do', 'good-to-know'];

export type GuideRoute =
  | { kind: 'home' }
  | { kind: 'guide'; id: string }
  | { kind: 'reference'; id: ReferenceId; anchor: string | null }
  | { kind: 'condition'; topic: GuideTopic }
  | { kind: 'unknown-condition'; value: string };

/** The hash wins over the query, so a guide opened from a condition's list shows that guide. */
export function parseGuideRoute(search: string, hash: string): GuideRoute {
  const fragment = decodeURIComponent(hash.replace(/^#/, '')).trim();
  if (fragment) {
    const [page = '', anchor = null] = fragment.split('/', 2);
    const reference = REFERENCE_IDS.find((id) => id === page);
    if (reference) return { kind: 'reference', id: reference, anchor: anchor || null };
    return { kind: 'guide', id: page };
  }
  const condition = new URLSearchParams(search).get('condition');
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
