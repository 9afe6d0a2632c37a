export type MeterTone = 'ok' | 'warn' | 'full';

interface Props {
  /** 0–100; values above are shown full. */
  percent: number;
  label: string;
  /** What a screen reader says for the value ("46 GB of 50 GB, 92%"). */
  valueText: string;
  tone: MeterTone;
}

/** A horizontal meter with its value in words for assistive technology. */
export function Meter({ percent, label, valueText, tone }: Props) {
  const shown = Math.max(0, Math.min(100, percent));
  return (
    <div
      class="cc-meter"
      data-tone={tone}
      role="meter"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={Math.round(shown * 10) / 10}
      aria-valuetext={valueText}
    >
      <div class="cc-meter-fill" style={{ width: `${shown}%` }} />
    </div>
  );
}
