import { RelativeTime } from '@/components/RelativeTime';
import { formatLocalTime } from '@/lib/format/local-time';
import type { StatusEvent } from '@/lib/status/types';
import { STATE_WORDS, type ServicesView } from './services-view';

export type RefreshState =
  { kind: 'idle' } | { kind: 'checking' } | { kind: 'done'; ok: boolean; text: string };

interface Props {
  view: ServicesView;
  now: number;
  refresh: RefreshState;
  onRefresh: () => void;
}

const KIND_WORDS: Record<StatusEvent['kind'], string> = {
  outage: 'Outage',
  issue: 'Issue',
  performance: 'Slow performance',
  maintenance: 'Maintenance',
  unspecified: 'Problem',
  unknown: 'Problem',
};

function EventTimes({ event, now }: { event: StatusEvent; now: number }) {
  const from = event.startsAt === null ? null : formatLocalTime(event.startsAt, now);
  const to = event.endsAt === null ? null : formatLocalTime(event.endsAt, now);
  if (event.phase === 'upcoming') {
    return (
      <p class="cc-when">
        {from ? `Scheduled ${from}${to ? ` until ${to}` : ''}` : 'Scheduled; time not given'}
      </p>
    );
  }
  return (
    <p class="cc-when">
      {from ? `Since ${from}` : 'Start time not given'}
      {to ? `; expected to end ${to}` : ''}
    </p>
  );
}

/** Apple's view of the watched iCloud services, with its age, and a way to check again now. */
export function ServicesCard({ view, now, refresh, onRefresh }: Props) {
  const checking = refresh.kind === 'checking';
  return (
    <section class="cc-card cc-services" aria-labelledby="services-h" data-tone={view.tone}>
      <div class="cc-card-head">
        <h2 id="services-h">Apple's iCloud services</h2>
        <button
          type="button"
          class="cc-button cc-small"
          aria-disabled={checking}
          aria-describedby="refresh-result"
          onClick={() => !checking && onRefresh()}
        >
          {checking ? 'Checking…' : 'Refresh'}
        </button>
      </div>
      <p class="cc-headline">
        {view.headline}
        {view.checkedAt !== null && (
          <span class="cc-muted">
            {' '}
            · checked <RelativeTime at={view.checkedAt} now={now} />
          </span>
        )}
      </p>
      {view.caveat && <p class="cc-caveat">{view.caveat}</p>}
      <p id="refresh-result" class="cc-refresh-result" role="status" aria-live="polite">
        {refresh.kind === 'checking'
          ? "Checking Apple's System Status…"
          : refresh.kind === 'done'
            ? refresh.text
            : ''}
      </p>
      {view.attention.length > 0 && (
        <ul class="cc-events" aria-label="Services with something to report">
          {view.attention.map((row) => (
            <li key={row.id} data-state={row.state}>
              <p class="cc-event-head">
                <strong>{row.name}</strong>: {STATE_WORDS[row.state]}
              </p>
              {row.events.map((e) => (
                <div key={e.messageId} class="cc-event">
                  <p>
                    {KIND_WORDS[e.kind]}. Apple says: <q>{e.message || 'no details given'}</q>
                  </p>
                  <EventTimes event={e} now={now} />
                </div>
              ))}
            </li>
          ))}
        </ul>
      )}
      {view.rows.length > 0 && (
        <details class="cc-all-services">
          <summary>All watched services ({view.rows.length})</summary>
          <ul>
            {view.rows.map((row) => (
              <li key={row.id} data-state={row.state}>
                {row.name}:{' '}
                <span class="cc-state">{row.missing ? 'Not listed by Apple' : STATE_WORDS[row.state]}</span>
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
