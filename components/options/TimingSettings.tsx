import { POLL_INTERVALS_MINUTES, type PollIntervalMinutes } from '@/lib/settings';

const STALL_CHOICES = [5, 10, 15, 20, 30, 60] as const;

interface Props {
  stallWindowMinutes: number;
  pollIntervalMinutes: PollIntervalMinutes;
  onSaveStall: (minutes: number) => void;
  onSavePoll: (minutes: PollIntervalMinutes) => void;
}

/** How long an upload may sit still before it counts as stalled, and how often Apple is asked. */
export function TimingSettings({ stallWindowMinutes, pollIntervalMinutes, onSaveStall, onSavePoll }: Props) {
  const stallChoices = (STALL_CHOICES as readonly number[]).includes(stallWindowMinutes)
    ? STALL_CHOICES
    : [...STALL_CHOICES, stallWindowMinutes].sort((a, b) => a - b);
  return (
    <>
      <fieldset class="cc-fieldset">
        <legend>Stalled uploads</legend>
        <div class="cc-row">
          <label for="stall-window">Call an upload stalled after no progress for</label>
          <select
            id="stall-window"
            value={String(stallWindowMinutes)}
            aria-describedby="stall-help"
            onChange={(e) => onSaveStall(Number(e.currentTarget.value))}
          >
            {stallChoices.map((m) => (
              <option key={m} value={String(m)}>
                {m} minutes
              </option>
            ))}
          </select>
        </div>
        <p id="stall-help" class="cc-help">
          Only while iCloud Photos is open on iCloud.com. Big videos can take a while: a longer time means
          fewer false alarms.
        </p>
      </fieldset>
      <fieldset class="cc-fieldset">
        <legend>Check Apple's System Status every</legend>
        <div class="cc-radios">
          {POLL_INTERVALS_MINUTES.map((m) => (
            <label class="cc-check" key={m}>
              <input
                type="radio"
                name="poll-interval"
                value={String(m)}
                checked={pollIntervalMinutes === m}
                onChange={() => onSavePoll(m)}
              />
              {m} minutes
            </label>
          ))}
        </div>
      </fieldset>
    </>
  );
}
