interface Props {
  enabled: boolean;
  onSave: (enabled: boolean) => void;
}

export function TipsSetting({ enabled, onSave }: Props) {
  return (
    <fieldset class="cc-fieldset">
      <legend>Tips on iCloud.com</legend>
      <label class="cc-check">
        <input
          type="checkbox"
          checked={enabled}
          aria-describedby="tips-help"
          onChange={(e) => onSave(e.currentTarget.checked)}
        />
        Show a tip on iCloud.com when a problem affects what I am doing there
      </label>
      <p id="tips-help" class="cc-help">
        For example a full plan while you are in Photos. Tips stay on your screen only; nothing is sent
        anywhere.
      </p>
    </fieldset>
  );
}
