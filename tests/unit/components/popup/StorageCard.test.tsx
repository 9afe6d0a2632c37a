import { describe, expect, it, vi } from 'vitest';
import { StorageCard } from '@/components/popup/StorageCard';
import type { StorageReading } from '@/lib/readings/types';
import { byRole, click, mount, textOf } from '../render';

const GB = 2 ** 30;
const NOW = Date.UTC(2026, 5, 10, 12);
const DAY = 86_400_000;

function reading(partial: Partial<StorageReading> = {}): StorageReading {
  return {
    usedBytes: 46 * GB,
    totalBytes: 50 * GB,
    source: 'api',
    locale: 'en-us',
    readAt: NOW - 3 * 3_600_000,
    ...partial,
  };
}

function card(props: Partial<Parameters<typeof StorageCard>[0]> = {}) {
  return mount(
    <StorageCard
      reading={reading()}
      forecast={null}
      nearlyFullThreshold={90}
      now={NOW}
      onOpenIcloudSettings={() => undefined}
      {...props}
    />,
  );
}

describe('the storage card', () => {
  it('shows a meter, used of total and the percent', () => {
    const el = card();
    const meter = el.querySelector('[role="meter"]')!;
    expect(meter.getAttribute('aria-label')).toBe('iCloud storage used');
    expect(meter.getAttribute('aria-valuenow')).toBe('92');
    expect(meter.getAttribute('aria-valuetext')).toBe('46 GB of 50 GB, 92%');
    expect(meter.getAttribute('data-tone')).toBe('warn');
    expect(textOf(el.querySelector('.cc-figures'))).toBe('92% used · 46 GB of 50 GB');
  });

  it('says where and when the reading was taken', () => {
    expect(textOf(card().querySelector('.cc-source'))).toBe('read from iCloud.com 3 hours ago');
    expect(textOf(card({ reading: reading({ source: 'meter' }) }).querySelector('.cc-source'))).toBe(
      "read from iCloud.com's storage meter 3 hours ago",
    );
  });

  it('colours the meter by the person’s threshold and Apple’s flags', () => {
    const tone = (r: StorageReading, threshold = 90) =>
      card({ reading: r, nearlyFullThreshold: threshold })
        .querySelector('[role="meter"]')!
        .getAttribute('data-tone');
    expect(tone(reading(), 95)).toBe('ok');
    expect(tone(reading({ quota: { almostFull: true } }), 95)).toBe('warn');
    expect(tone(reading({ usedBytes: 49.9 * GB }))).toBe('full');
    expect(tone(reading({ usedBytes: 10 * GB, quota: { overQuota: true } }))).toBe('full');
  });

  it('breaks usage down by category, largest first, in people’s words', () => {
    const el = card({
      reading: reading({ byMedia: { backup: 9 * GB, photos: 32 * GB, mystery: GB, docs: 0 } }),
    });
    expect([...el.querySelectorAll('.cc-breakdown li')].map(textOf)).toEqual([
      'Photos and videos 32 GB',
      'Backups 9 GB',
      'Mystery 1 GB',
    ]);
  });

  it('gives the forecast when there is one', () => {
    const el = card({ forecast: { fullAt: NOW + 21 * DAY, bytesPerDay: 0.2 * GB } });
    expect(textOf(el.querySelector('.cc-forecast'))).toBe('At this rate, full in about 3 weeks.');
    expect(card().querySelector('.cc-forecast')).toBeNull();
  });

  it('offers to open iCloud.com settings when there is no reading', () => {
    const open = vi.fn();
    const el = card({ reading: null, onOpenIcloudSettings: open });
    expect(textOf(el)).toContain('Unknown: no reading yet.');
    expect(el.querySelector('[role="meter"]')).toBeNull();
    click(byRole(el, 'button', 'Open iCloud.com settings'));
    expect(open).toHaveBeenCalledOnce();
  });

  it('says what Apple flagged when the numbers could not be read', () => {
    const el = card({
      reading: reading({ usedBytes: null, totalBytes: null, source: 'flag', quota: { overQuota: true } }),
    });
    expect(textOf(el.querySelector('.cc-figures'))).toBe(
      'Apple says your iCloud storage is full. The exact numbers could not be read.',
    );
    expect(el.querySelector('[role="meter"]')).toBeNull();
  });

  it('asks for a fresh reading when the one it has is more than a week old', () => {
    const el = card({ reading: reading({ readAt: NOW - 9 * DAY }) });
    expect(textOf(el.querySelector('.cc-source'))).toBe(
      'read from iCloud.com 9 days ago. This is old: open iCloud.com settings to refresh it.',
    );
    expect(byRole(el, 'button', 'Open iCloud.com settings')).toBeTruthy();
  });
});
