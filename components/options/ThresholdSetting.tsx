import { useState } from 'preact/hooks';
import { formatPercent } from '@/lib/format';
import { SettingRow } from './SettingsCard';

export const THRESHOLD_MIN = 50;
export const THRESHOLD_MAX = 99;

interface Props {
  value: number;
  onSave: (threshold: number) => void;
}

function parseThreshold(text: string): number | null {
  if (!/^\s*\d{1,3}\s*$/.test(text)) return null;
  const n = Number(text);
  return n >= THRESHOLD_MIN && n <= THRESHOLD_MAX ? n : null;
}

/** Nearly-full threshold: saved as soon as the field holds a whole number from 50 to 99. */
export function ThresholdSetting({ value, onSave }: Props) {
  const [draft, setDraft] = useState<string | null>(null);
  const [invalid, setInvalid] = useState(false);
  const shown = draft ?? String(value);

  const onInput = (text: string) => {
    setDraft(text);
    const parsed = parseThreshold(text);
    if (parsed !== null) {
      setInvalid(false);
      if (parsed !== value) onSave(parsed);
    }
  };
  const onChange = (text: string) => {
    const parsed = parseThreshold(text);
    setInvalid(parsed === null);
    if (parsed !== null) setDraft(null);
  };

  return (
    <>
      <SettingRow
        text={<label for="threshold">Warn me when iCloud storage is at least</label>}
        helpId="threshold-help"
        help={`Percent of your plan, from ${THRESHOLD_MIN} to ${THRESHOLD_MAX}. The toolbar badge shows the percent from then on. Apple may warn you on its own at a different level.`}
      >
        <span class="cc-with-unit">
          <input
            id="threshold"
            type="number"
            inputMode="numeric"
            min={THRESHOLD_MIN}
            max={THRESHOLD_MAX}
            step={1}
            value={shown}
            aria-invalid={invalid}
            aria-describedby={invalid ? 'threshold-help threshold-error' : 'threshold-help'}
            onInput={(e) => onInput(e.currentTarget.value)}
            onChange={(e) => onChange(e.currentTarget.value)}
          />
          <span aria-hidden="true">%</span>
        </span>
      </SettingRow>
      {invalid && (
        <p id="threshold-error" class="cc-error">
          Enter a whole number from {THRESHOLD_MIN} to {THRESHOLD_MAX}. Still saved: {formatPercent(value)}.
        </p>
      )}
    </>
  );
}
