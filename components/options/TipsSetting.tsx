import { SettingRow } from './SettingsCard';

interface Props {
  enabled: boolean;
  onSave: (enabled: boolean) => void;
}

export function TipsSetting({ enabled, onSave }: Props) {
  return (
    <SettingRow
      text={
        <label for="tips-on">Show a tip on iCloud.com when a problem affects what I am doing there</label>
      }
      helpId="tips-help"
      help="For example a full plan while you are in Photos. Tips stay on your screen only; nothing is sent anywhere."
    >
      <input
        id="tips-on"
        type="checkbox"
        class="cc-switch"
        checked={enabled}
        aria-describedby="tips-help"
        onChange={(e) => onSave(e.currentTarget.checked)}
      />
    </SettingRow>
  );
}
