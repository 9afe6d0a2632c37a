import { formatDuration } from '@/lib/format';
import { POLL_INTERVALS_MINUTES, type PollIntervalMinutes } from '@/lib/settings';
import { SettingRow } from './SettingsCard';

const STALL_CHOICES = [5, 10, 15, 20, 30, 60] as const;

/** How long an upload may sit still before it counts as stalled. */
export function StallSetting({ minutes, onSave }: { minutes: number; onSave: (minutes: number) => void }) {
  const choices = (STALL_CHOICES as readonly number[]).includes(minutes)
    ? STALL_CHOICES
    : [...STALL_CHOICES, minutes].sort((a, b) => a - b);
  return (
    <SettingRow
      text={<label for="stall-window">Call an upload stalled after no progress for</label>}
      helpId="stall-help"
      help="Only while iCloud Photos is open on iCloud.com. Big videos can take a while: a longer time means fewer false alarms."
    >
      <select
        id="stall-window"
        value={String(minutes)}
        aria-describedby="stall-help"
        onChange={(e) => onSave(Number(e.currentTarget.value))}
      >
        {choices.map((m) => (
          <option key={m} value={String(m)}>
            {formatDuration(m * 60_000)}
          </option>
        ))}
      </select>
    </SettingRow>
  );
}

/** How often Apple's System Status is asked, as one row of choices. */
export function PollSetting({
  minutes,
  onSave,
}: {
  minutes: PollIntervalMinutes;
  onSave: (minutes: PollIntervalMinutes) => void;
}) {
  return (
    <SettingRow text={<span id="poll-label">Check Apple’s System Status every</span>}>
      <div role="radiogroup" aria-labelledby="poll-label" class="cc-segmented">
        {POLL_INTERVALS_MINUTES.map((m) => (
          <label key={m}>
            <input
              type="radio"
              name="poll-interval"
              value={String(m)}
              checked={minutes === m}
              onChange={() => onSave(m)}
            />
            <span>
              {m}
              <span class="cc-visually-hidden"> minutes</span>
            </span>
          </label>
        ))}
        <span class="cc-unit" aria-hidden="true">
          min
        </span>
      </div>
    </SettingRow>
  );
}
