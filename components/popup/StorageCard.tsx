import { Meter, type MeterTone } from '@/components/Meter';
import { RelativeTime } from '@/components/RelativeTime';
import type { Forecast } from '@/lib/conditions/types';
import { formatBytes } from '@/lib/format/bytes';
import { formatPercent, percentUsed } from '@/lib/format/percent';
import { formatRoughSpan } from '@/lib/format/relative-time';
import type { StorageReading, StorageSource } from '@/lib/readings/types';

export { ICLOUD_SETTINGS_URL } from '@/lib/icloud-routes';
const STALE_MS = 7 * 86_400_000;

/** Apple's `mediaKey` values in people's words; unknown keys are shown as they are. */
export const MEDIA_LABELS: Record<string, string> = {
  photos: 'Photos and videos',
  backup: 'Backups',
  docs: 'Documents',
  mail: 'Mail',
  messages: 'Messages',
  family: 'Family',
  notes: 'Notes',
  other: 'Other',
};

const SOURCE_WORDS: Record<StorageSource, string> = {
  api: 'read from iCloud.com',
  meter: "read from iCloud.com's storage meter",
  text: "read from iCloud.com's storage text",
  flag: "from Apple's warning on iCloud.com",
};

interface Props {
  reading: StorageReading | null;
  forecast: Forecast | null;
  nearlyFullThreshold: number;
  now: number;
  onOpenIcloudSettings: () => void;
}

function mediaLabel(key: string): string {
  return MEDIA_LABELS[key] ?? key.charAt(0).toUpperCase() + key.slice(1);
}

function toneFor(percent: number, threshold: number, reading: StorageReading): MeterTone {
  if (reading.quota?.overQuota || percent >= 99.5) return 'full';
  if (reading.quota?.almostFull || percent >= threshold) return 'warn';
  return 'ok';
}

/** Storage: how full, of what, from where and how old; or how to take a first reading. */
export function StorageCard({ reading, forecast, nearlyFullThreshold, now, onOpenIcloudSettings }: Props) {
  const openButton = (label: string) => (
    <button type="button" class="cc-button" onClick={onOpenIcloudSettings}>
      {label}
    </button>
  );
  if (!reading) {
    return (
      <section class="cc-card cc-storage" aria-labelledby="storage-h">
        <h2 id="storage-h">iCloud storage</h2>
        <p>
          Unknown: no reading yet. Open your account settings on iCloud.com and Cloud Checkup reads your
          storage from the page.
        </p>
        {openButton('Open iCloud.com settings')}
      </section>
    );
  }
  const percent = percentUsed(reading.usedBytes, reading.totalBytes);
  const stale = now - reading.readAt > STALE_MS;
  const breakdown = Object.entries(reading.byMedia ?? {})
    .filter(([, bytes]) => Number.isFinite(bytes) && bytes > 0)
    .sort((a, b) => b[1] - a[1]);
  const showForecast = forecast !== null && forecast.fullAt > now && (percent === null || percent < 99.5);

  return (
    <section class="cc-card cc-storage" aria-labelledby="storage-h">
      <h2 id="storage-h">iCloud storage</h2>
      {percent !== null && reading.usedBytes !== null && reading.totalBytes !== null ? (
        <>
          <Meter
            percent={percent}
            label="iCloud storage used"
            tone={toneFor(percent, nearlyFullThreshold, reading)}
            valueText={`${formatBytes(reading.usedBytes)} of ${formatBytes(reading.totalBytes)}, ${formatPercent(percent)}`}
          />
          <p class="cc-figures">
            <strong>{formatPercent(percent)}</strong> used · {formatBytes(reading.usedBytes)} of{' '}
            {formatBytes(reading.totalBytes)}
          </p>
        </>
      ) : (
        <p class="cc-figures">
          {reading.quota?.overQuota
            ? 'Apple says your iCloud storage is full.'
            : reading.quota?.almostFull
              ? 'Apple says your iCloud storage is almost full.'
              : 'How much storage is used is unknown.'}{' '}
          The exact numbers could not be read.
        </p>
      )}
      {showForecast && (
        <p class="cc-forecast">At this rate, full in {formatRoughSpan(forecast.fullAt - now)}.</p>
      )}
      {breakdown.length > 0 && (
        <ul class="cc-breakdown" aria-label="Storage by category">
          {breakdown.map(([key, bytes]) => (
            <li key={key} data-media={key}>
              <span class="cc-swatch" aria-hidden="true" />
              {mediaLabel(key)} <span class="cc-muted">{formatBytes(bytes)}</span>
            </li>
          ))}
        </ul>
      )}
      <p class="cc-source">
        {SOURCE_WORDS[reading.source]} <RelativeTime at={reading.readAt} now={now} />
        {stale && '. This is old: open iCloud.com settings to refresh it.'}
      </p>
      {stale && openButton('Open iCloud.com settings')}
    </section>
  );
}
