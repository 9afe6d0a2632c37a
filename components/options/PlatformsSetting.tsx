import { PLATFORMS, type Platform } from '@/lib/settings';

export const PLATFORM_LABELS: Record<Platform, string> = {
  'iphone-ipad': 'iPhone or iPad',
  mac: 'Mac',
  windows: 'Windows PC',
  'icloud-web': 'iCloud.com in a browser',
};

interface Props {
  platforms: readonly Platform[];
  onSave: (platforms: Platform[]) => void;
}

/** The person's devices, so fix guides show the steps that apply to them. */
export function PlatformsSetting({ platforms, onSave }: Props) {
  const set = new Set(platforms);
  const toggle = (p: Platform, on: boolean) => onSave(PLATFORMS.filter((x) => (x === p ? on : set.has(x))));
  return (
    <div
      class="cc-setting cc-setting-wide"
      role="group"
      aria-labelledby="platforms-label"
      aria-describedby="platforms-help"
    >
      <div class="cc-setting-text">
        <span id="platforms-label">Your devices</span>
        <p id="platforms-help" class="cc-help">
          Fix guides show the steps for the devices you use. With none ticked they show every device.
        </p>
      </div>
      <div class="cc-checks cc-checks-two">
        {PLATFORMS.map((p) => (
          <label class="cc-check" key={p}>
            <input
              type="checkbox"
              name="platforms"
              value={p}
              checked={set.has(p)}
              onChange={(e) => toggle(p, e.currentTarget.checked)}
            />
            {PLATFORM_LABELS[p]}
          </label>
        ))}
      </div>
    </div>
  );
}
