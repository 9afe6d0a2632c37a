/**
 * The status feed's body as text → a normalised snapshot, or a failure in words. Never throws and
 * never fails open: an HTML page, a cut-off body, a feed without services or without any
 * iCloud-related service is a failure; a watched service the feed does not list reads "unknown".
 */
import { ICLOUD_SERVICES } from './catalogue';
import { eventState, worstState, STATE_RANK } from './event-meaning';
import { readFeedBody } from './feed-body';
import { catalogueIdForCleanName, cleanServiceName } from './names';
import { readEvent } from './read-event';
import { inServiceOrder } from './service-order';
import type { EventPhase, FeedParseResult, ServiceState, ServiceStatus, StatusEvent } from './types';
import { isRecord } from '../is-record';

interface ServiceDraft {
  id: string;
  name: string;
  events: Map<string, StatusEvent>;
  /** Some part could not be read: the service's state cannot be trusted. */
  unreadable: boolean;
}

/** Which of two copies of one event to keep: the one that says more about now. */
const PHASE_PRIORITY: Record<EventPhase, number> = {
  ongoing: 4,
  upcoming: 3,
  unknown: 2,
  resolved: 1,
  completed: 0,
};

function byStart(a: StatusEvent, b: StatusEvent): number {
  return (a.startsAt ?? Infinity) - (b.startsAt ?? Infinity) || a.messageId.localeCompare(b.messageId);
}

function finish(draft: ServiceDraft): ServiceStatus {
  const events = [...draft.events.values()].sort(byStart);
  let state: ServiceState = worstState(events.map((e) => eventState(e.kind, e.phase)));
  if (draft.unreadable && STATE_RANK[state] < STATE_RANK.unknown) state = 'unknown';
  return { id: draft.id, name: draft.name, state, events };
}

export function parseStatusFeed(text: string, fetchedAt: number): FeedParseResult {
  try {
    return parse(text, fetchedAt);
  } catch {
    // Belt and braces: nothing above should throw, but a parser that can throw could fail open.
    return { ok: false, error: { code: 'bad-shape', message: 'The status feed could not be read.' } };
  }
}

function parse(text: string, fetchedAt: number): FeedParseResult {
  const body = readFeedBody(text);
  if (!body.ok) return body;
  const feed = body.value;
  if (!isRecord(feed) || !Array.isArray(feed.services)) {
    return { ok: false, error: { code: 'bad-shape', message: 'The status feed has no list of services.' } };
  }
  if (feed.services.length === 0) {
    return {
      ok: false,
      error: { code: 'no-services', message: 'The status feed listed no services at all.' },
    };
  }

  const warnings: string[] = [];
  const drafts = new Map<string, ServiceDraft>();
  for (const raw of feed.services as unknown[]) {
    const name =
      isRecord(raw) && typeof raw.serviceName === 'string' ? cleanServiceName(raw.serviceName) : '';
    if (!isRecord(raw) || name === '') {
      warnings.push('a service without a name was skipped');
      continue;
    }
    const catalogueId = catalogueIdForCleanName(name);
    const id = catalogueId ?? `other:${name}`;
    // Two entries for one service (a rename in progress: Apple ID and Apple Account) merge.
    const draft: ServiceDraft = drafts.get(id) ?? { id, name, events: new Map(), unreadable: false };
    drafts.set(id, draft);
    if (!Array.isArray(raw.events)) {
      draft.unreadable = true;
      warnings.push(`${name}: events is not a list`);
      continue;
    }
    for (const rawEvent of raw.events as unknown[]) {
      const read = readEvent(rawEvent, id);
      if (!read.ok) {
        draft.unreadable = true;
        warnings.push(`${name}: ${read.reason}`);
        continue;
      }
      warnings.push(...read.warnings.map((w) => `${name}: ${w}`));
      const event: StatusEvent = read.event;
      const earlier: StatusEvent | undefined = draft.events.get(event.messageId);
      if (!earlier || PHASE_PRIORITY[event.phase] > PHASE_PRIORITY[earlier.phase]) {
        draft.events.set(event.messageId, event);
      }
    }
  }

  if (drafts.size === 0) {
    return {
      ok: false,
      error: { code: 'no-services', message: 'The status feed listed no readable services.' },
    };
  }
  if (!ICLOUD_SERVICES.some((s) => drafts.has(s.id))) {
    return {
      ok: false,
      error: { code: 'no-icloud-services', message: 'The status feed did not list any iCloud service.' },
    };
  }

  const services = [...drafts.values()].map(finish);
  for (const known of ICLOUD_SERVICES) {
    if (!drafts.has(known.id)) {
      services.push({ id: known.id, name: known.feedName, state: 'unknown', events: [], missing: true });
      warnings.push(`${known.feedName} is missing from the feed`);
    }
  }
  return { ok: true, snapshot: { fetchedAt, services: inServiceOrder(services, (s) => s.id) }, warnings };
}
