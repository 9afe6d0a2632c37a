import { RelativeTime } from '@/components/RelativeTime';
import { formatLocalTime } from '@/lib/format';
import type { AffectedService } from '@/lib/conditions/types';
import type { ServicesView } from '@/lib/popup-view/types';
import type { ServiceState } from '@/lib/status/types';

export type RefreshState =
  { kind: 'idle' } | { kind: 'checking' } | { kind: 'done'; ok: boolean; text: string };

interface Props {
  /** What the status conditions (outage, maintenance, status-unknown) say, and every watched service. */
  services: ServicesView;
  now: number;
  refresh: RefreshState;
  onRefresh: () => void;
}

export const STATE_WORDS: Record<ServiceState, string> = {
  ok: 'No issues reported',
  minor: 'Issue',
  major: 'Outage',
  maintenance: 'Maintenance now',
  scheduled: 'Maintenance scheduled',
  unknown: 'Unknown',
};

const KIND_WORDS: Record<AffectedService['kind'], string> = {
  outage: 'Outage',
  issue: 'Issue',
  performance: 'Slow performance',
  maintenance: 'Maintenance',
  unspecified: 'Problem',
  unknown: 'Problem',
};

/** Upcoming maintenance says when; an ongoing event only when Apple gave its end (its start is in the sentence above). */
function when(service: AffectedService, now: number): string {
  const from = service.since === null ? null : formatLocalTime(service.since, now);
  const to = service.until === null ? null : formatLocalTime(service.until, now);
  if (service.phase === 'upcoming')
    return from ? `, scheduled ${from}${to ? ` until ${to}` : ''}` : ', scheduled';
  return to ? `, until ${to}` : '';
}

/** Apple's word on the services the conditions name, once each; the full list folded away. */
export function ServicesCard({ services, now, refresh, onRefresh }: Props) {
  const checking = refresh.kind === 'checking';
  const { affected, unknown, rows, checkedAt } = services;
  return (
    <section class="cc-card cc-services" aria-labelledby="services-h">
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
      {affected.length > 0 && (
        <ul class="cc-events" aria-label="What Apple reports">
          {affected.map((s) => (
            <li key={`${s.id}-${s.kind}`} data-kind={s.kind}>
              <p>
                <strong>{s.name}</strong>: {KIND_WORDS[s.kind]}
                {when(s, now)}
              </p>
              {s.message && (
                // One line while folded, so the popup keeps its box; opened, all of Apple's words.
                <details class="cc-apple-says">
                  <summary>
                    Apple says: <q>{s.message}</q>
                  </summary>
                </details>
              )}
            </li>
          ))}
        </ul>
      )}
      <p id="refresh-result" class="cc-refresh-result" role="status" aria-live="polite">
        {refresh.kind === 'checking'
          ? "Checking Apple's System Status…"
          : refresh.kind === 'done'
            ? refresh.text
            : ''}
      </p>
      {rows.length > 0 && (
        <details class="cc-all-services">
          <summary>
            {unknown ? `${rows.length} services, state unknown` : `${rows.length} watched services`} ·{' '}
            {checkedAt !== null ? (
              <>
                {/* Unknown: the checks since then failed, so the time is that of the last good read. */}
                {unknown ? 'last read' : 'checked'} <RelativeTime at={checkedAt} now={now} />
              </>
            ) : (
              'not read yet'
            )}
          </summary>
          <ul>
            {rows.map((row) => (
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
