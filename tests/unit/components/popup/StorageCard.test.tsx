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
      tone="warn"
      stale={false}
      refused={false}
      forecast={null}
      now={NOW}
      onOpenIcloudSettings={() => undefined}
      {...props}
    />,
  );
}

describe('the storage card', () => {
  it('shows a meter, used of total and the percent, toned as the conditions decided', () => {
    const el = card();
    const meter = el.querySelector('[role="meter"]')!;
    expect(meter.getAttribute('aria-label')).toBe('iCloud storage used');
    expect(meter.getAttribute('aria-valuenow')).toBe('92');
    expect(meter.getAttribute('aria-valuetext')).toBe('46 GB of 50 GB, 92%');
    expect(meter.getAttribute('data-tone')).toBe('warn');
    expect(textOf(el.querySelector('.cc-figure'))).toBe('92% used');
    expect(textOf(el.querySelector('.cc-figures'))).toBe('46 GB of 50 GB · read 3 hours ago');
  });

  it('draws the tone it is given and decides none itself', () => {
    const tone = (t: 'ok' | 'warn' | 'full') =>
      card({ reading: reading({ usedBytes: 49.9 * GB }), tone: t })
        .querySelector('[role="meter"]')!
        .getAttribute('data-tone');
    expect([tone('ok'), tone('warn'), tone('full')]).toEqual(['ok', 'warn', 'full']);
  });

  it('says how the reading was taken when it was not Apple’s own answer', () => {
    expect(textOf(card({ reading: reading({ source: 'meter' }) }).querySelector('.cc-source'))).toBe(
      "read from iCloud.com's meter 3 hours ago",
    );
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

  it('gives the forecast when there is one and storage is not already full', () => {
    const forecast = { fullAt: NOW + 21 * DAY, bytesPerDay: 0.2 * GB };
    expect(textOf(card({ forecast }).querySelector('.cc-forecast'))).toBe('· full in about 3 weeks');
    expect(card({ forecast, tone: 'full' }).querySelector('.cc-forecast')).toBeNull();
    expect(card().querySelector('.cc-forecast')).toBeNull();
  });

  it('offers to open iCloud.com settings when there is no reading, and names a refused upload', () => {
    const open = vi.fn();
    const el = card({ reading: null, onOpenIcloudSettings: open });
    expect(textOf(el)).toContain('not read yet');
    expect(el.querySelector('[role="meter"]')).toBeNull();
    click(byRole(el, 'button', 'Open iCloud.com settings to read it'));
    expect(open).toHaveBeenCalledOnce();
    expect(textOf(card({ reading: null, refused: true }))).toContain(
      'Apple refused an upload for lack of space',
    );
  });

  it('says what Apple flagged when the numbers could not be read', () => {
    const el = card({
      reading: reading({ usedBytes: null, totalBytes: null, source: 'flag', quota: { overQuota: true } }),
    });
    expect(textOf(el.querySelector('.cc-figures'))).toMatch(
      /^Apple says your iCloud storage is full. The exact numbers could not be read./,
    );
    expect(el.querySelector('[role="meter"]')).toBeNull();
  });

  it('asks for a fresh reading when the storage-stale condition holds', () => {
    const el = card({ reading: reading({ readAt: NOW - 9 * DAY }), stale: true });
    expect(textOf(el.querySelector('.cc-stale'))).toBe(': old, open iCloud.com settings to refresh it');
    expect(byRole(el, 'button', 'Open iCloud.com settings')).toBeTruthy();
    expect(card({ reading: reading({ readAt: NOW - 9 * DAY }) }).querySelector('.cc-stale')).toBeNull();
  });
});
