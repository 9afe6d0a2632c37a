import { Meter, type MeterTone } from '@/components/Meter';
import { RelativeTime } from '@/components/RelativeTime';
import type { Forecast } from '@/lib/conditions/types';
import { formatBytes, formatPercent, formatRoughSpan, percentUsed } from '@/lib/format';
import type { StorageReading, StorageSource } from '@/lib/readings/types';

export { ICLOUD_SETTINGS_URL } from '@/lib/icloud-routes';

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
  api: 'read',
  meter: "read from iCloud.com's meter",
  text: "read from iCloud.com's page",
  flag: "Apple's warning on iCloud.com,",
};

interface Props {
  reading: StorageReading | null;
  /** From the storage conditions: full (or an upload refused for space), nearly full, or neither. */
  tone: MeterTone;
  /** The storage-stale condition holds: the reading is old. */
  stale: boolean;
  /** Apple refused an upload for lack of space (the upload-blocked condition). */
  refused: boolean;
  forecast: Forecast | null;
  now: number;
  onOpenIcloudSettings: () => void;
}

function mediaLabel(key: string): string {
  return MEDIA_LABELS[key] ?? key.charAt(0).toUpperCase() + key.slice(1);
}

/** Storage as the conditions found it: how full, of what, from where and how old. Decides nothing. */
export function StorageCard({ reading, tone, stale, refused, forecast, now, onOpenIcloudSettings }: Props) {
  const openButton = (label: string) => (
    <button type="button" class="cc-button cc-small" onClick={onOpenIcloudSettings}>
      {label}
    </button>
  );
  if (!reading) {
    return (
      <section class="cc-card cc-storage" aria-labelledby="storage-h">
        <div class="cc-card-head">
          <h2 id="storage-h">iCloud storage</h2>
          <span class="cc-muted">
            {refused ? 'Apple refused an upload for lack of space' : 'not read yet'}
          </span>
        </div>
        <button type="button" class="cc-row cc-row-button" onClick={onOpenIcloudSettings}>
          Open iCloud.com settings to read it
        </button>
      </section>
    );
  }
  const percent = percentUsed(reading.usedBytes, reading.totalBytes);
  const breakdown = Object.entries(reading.byMedia ?? {})
    .filter(([, bytes]) => Number.isFinite(bytes) && bytes > 0)
    .sort((a, b) => b[1] - a[1]);
  const showForecast = forecast !== null && forecast.fullAt > now && tone !== 'full';

  return (
    <section class="cc-card cc-storage" aria-labelledby="storage-h">
      <div class="cc-card-head">
        <h2 id="storage-h">iCloud storage</h2>
        {percent !== null && <strong class="cc-figure">{formatPercent(percent)} used</strong>}
      </div>
      {percent !== null && reading.usedBytes !== null && reading.totalBytes !== null ? (
        <>
          <Meter
            percent={percent}
            label="iCloud storage used"
            tone={tone}
            valueText={`${formatBytes(reading.usedBytes)} of ${formatBytes(reading.totalBytes)}, ${formatPercent(percent)}`}
          />
          <p class="cc-figures">
            {formatBytes(reading.usedBytes)} of {formatBytes(reading.totalBytes)} ·{' '}
            <span class="cc-source">
              {SOURCE_WORDS[reading.source]} <RelativeTime at={reading.readAt} now={now} />
            </span>
            {showForecast && (
              <span class="cc-forecast"> · full in {formatRoughSpan(forecast.fullAt - now)}</span>
            )}
            {stale && <span class="cc-stale">: old, open iCloud.com settings to refresh it</span>}
          </p>
        </>
      ) : (
        <p class="cc-figures">
          {reading.quota?.overQuota
            ? 'Apple says your iCloud storage is full.'
            : reading.quota?.almostFull
              ? 'Apple says your iCloud storage is almost full.'
              : 'How much storage is used is unknown.'}{' '}
          The exact numbers could not be read.{' '}
          <span class="cc-source">
            {SOURCE_WORDS[reading.source]} <RelativeTime at={reading.readAt} now={now} />
          </span>
          {stale && <span class="cc-stale">: old, open iCloud.com settings to refresh it</span>}
        </p>
      )}
      {stale && openButton('Open iCloud.com settings')}
      {breakdown.length > 0 && (
        <details class="cc-by-category">
          <summary>By category</summary>
          <ul class="cc-breakdown" aria-label="Storage by category">
            {breakdown.map(([key, bytes]) => (
              <li key={key} data-media={key}>
                <span class="cc-swatch" aria-hidden="true" />
                {mediaLabel(key)} <span class="cc-muted">{formatBytes(bytes)}</span>
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
