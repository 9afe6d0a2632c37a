import { describe, expect, it } from 'vitest';
import { HistoryStrip } from '@/components/popup/HistoryStrip';
import type { IncidentDay } from '@/lib/status/incident-days';
import { mount, textOf } from '../render';

const start = (d: number) => new Date(2026, 5, d).getTime();

describe('the 7-day history strip', () => {
  it('draws one cell per day and names each day and its incidents for screen readers', () => {
    const days: IncidentDay[] = [4, 5, 6, 7, 8, 9, 10].map((d) => ({
      start: start(d),
      worst: null,
      incidents: [],
      known: true,
    }));
    days[5] = {
      start: start(9),
      worst: 'major',
      known: true,
      incidents: [
        { serviceId: 'photos', name: 'iCloud Photos', messageId: 'a', kind: 'outage', severity: 'major' },
        { serviceId: 'photos', name: 'iCloud Photos', messageId: 'b', kind: 'issue', severity: 'minor' },
        {
          serviceId: 'icloud-mail',
          name: 'iCloud Mail',
          messageId: 'c',
          kind: 'maintenance',
          severity: 'maintenance',
        },
      ],
    };
    const el = mount(<HistoryStrip days={days} />);
    const cells = [...el.querySelectorAll('.cc-strip li')];
    expect(cells.map((c) => c.getAttribute('data-severity'))).toEqual([
      'none',
      'none',
      'none',
      'none',
      'none',
      'major',
      'none',
    ]);
    expect(textOf(cells[5]!.querySelector('.cc-visually-hidden'))).toMatch(
      /: outage of iCloud Photos, maintenance of iCloud Mail$/,
    );
    expect(textOf(cells[0]!.querySelector('.cc-visually-hidden'))).toMatch(/: no incidents reported$/);
    expect(textOf(cells[6]!.querySelector('.cc-day-name'))).toBe('Today');
  });

  it('shows a day without a successful check as not known, never as a day without incidents', () => {
    const days: IncidentDay[] = [4, 5, 6, 7, 8, 9, 10].map((d) => ({
      start: start(d),
      worst: null,
      incidents: [],
      known: d >= 9,
    }));
    const cells = [...mount(<HistoryStrip days={days} />).querySelectorAll('.cc-strip li')];
    expect(cells.map((c) => c.getAttribute('data-severity'))).toEqual([
      'unknown',
      'unknown',
      'unknown',
      'unknown',
      'unknown',
      'none',
      'none',
    ]);
    expect(textOf(cells[0]!.querySelector('.cc-visually-hidden'))).toMatch(/: not known/);
  });

  it('keeps its place with a placeholder while the history loads', () => {
    const el = mount(<HistoryStrip days={null} />);
    expect(el.querySelector('.cc-skeleton')).not.toBeNull();
    expect(el.querySelectorAll('.cc-strip li')).toHaveLength(0);
  });
});
