import { formatDay } from '@/lib/format';
import type { DaySeverity, IncidentDay } from '@/lib/status/incident-days';

interface Props {
  days: readonly IncidentDay[] | null;
}

const SEVERITY_WORDS: Record<DaySeverity, string> = {
  major: 'outage',
  minor: 'issue',
  maintenance: 'maintenance',
};

function dayName(start: number, index: number, count: number): { short: string; long: string } {
  const long = formatDay(start, 'long');
  const short = index === count - 1 ? 'Today' : formatDay(start, 'short');
  return { short, long: index === count - 1 ? `Today, ${long}` : long };
}

function describe(day: IncidentDay): string {
  if (!day.known) return 'not known: Cloud Checkup did not read Apple’s status that day';
  if (day.incidents.length === 0) return 'no incidents reported';
  const seen = new Map<string, DaySeverity>();
  for (const i of day.incidents) {
    const before = seen.get(i.name);
    if (!before || before === 'maintenance' || (before === 'minor' && i.severity === 'major'))
      seen.set(i.name, i.severity);
  }
  return [...seen].map(([name, sev]) => `${SEVERITY_WORDS[sev]} of ${name}`).join(', ');
}

/** Seven days of Apple-reported incidents of watched services, oldest first, today last. */
export function HistoryStrip({ days }: Props) {
  return (
    <section class="cc-card cc-history" aria-labelledby="history-h">
      <div class="cc-card-head">
        <h2 id="history-h">Last 7 days</h2>
        <span class="cc-muted cc-small-print">grey: not known</span>
      </div>
      {days === null ? (
        <div class="cc-strip cc-skeleton" aria-hidden="true" />
      ) : (
        <ol class="cc-strip">
          {days.map((day, i) => {
            const name = dayName(day.start, i, days.length);
            const words = describe(day);
            return (
              <li
                key={day.start}
                data-severity={day.known ? (day.worst ?? 'none') : 'unknown'}
                title={`${name.long}: ${words}`}
              >
                <span class="cc-day-mark" aria-hidden="true" />
                <span class="cc-day-name" aria-hidden="true">
                  {name.short}
                </span>
                <span class="cc-visually-hidden">
                  {name.long}: {words}
                </span>
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
