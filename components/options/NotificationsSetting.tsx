import { useEffect, useState } from 'preact/hooks';
import type { NotificationPermissionPort } from './ports';
import { SettingRow } from './SettingsCard';

interface Props {
  enabled: boolean;
  permission: NotificationPermissionPort;
  onSave: (enabled: boolean) => Promise<unknown>;
}

type Note =
  | { kind: 'asking' }
  | { kind: 'denied' }
  | { kind: 'failed' }
  | { kind: 'offer-removal' }
  | { kind: 'removed' }
  | { kind: 'missing' };

/**
 * Notifications need the optional `notifications` permission. It is asked for from the click
 * itself (browsers only show the prompt for a user gesture); turning off offers to give it back.
 */
export function NotificationsSetting({ enabled, permission, onSave }: Props) {
  const [note, setNote] = useState<Note | null>(null);

  useEffect(() => {
    // On but the permission was taken away in the browser's settings: say so, offer to ask again.
    if (!enabled) return;
    let live = true;
    permission.has().then(
      (has) => live && !has && setNote({ kind: 'missing' }),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [enabled, permission]);

  const turnOn = () => {
    const asked = permission.request(); // synchronously inside the click
    setNote({ kind: 'asking' });
    asked.then(
      async (granted) => {
        if (!granted) return setNote({ kind: 'denied' });
        await onSave(true);
        setNote(null);
      },
      () => setNote({ kind: 'failed' }),
    );
  };
  const turnOff = () => {
    void onSave(false).then(() => setNote({ kind: 'offer-removal' }));
  };
  const giveBack = () => {
    permission.remove().then(
      (removed) => setNote(removed ? { kind: 'removed' } : { kind: 'failed' }),
      () => setNote({ kind: 'failed' }),
    );
  };

  return (
    <div class="cc-setting-block">
      <SettingRow
        text={
          <label for="notifications-on">
            Notify me when iCloud storage fills up or Apple reports a problem
          </label>
        }
        helpId="notifications-help"
        help="Your browser asks whether Cloud Checkup may show notifications the first time you turn them on."
      >
        <input
          id="notifications-on"
          type="checkbox"
          class="cc-switch"
          checked={enabled}
          disabled={note?.kind === 'asking'}
          aria-describedby="notifications-help notifications-note"
          // A click (mouse or Space) counts as user input in every browser; Firefox shows the
          // permission prompt only from such a handler.
          onClick={(e) => (e.currentTarget.checked ? turnOn() : turnOff())}
        />
      </SettingRow>
      <div id="notifications-note" class="cc-note">
        {note?.kind === 'asking' && <p>Waiting for your answer in the browser's prompt…</p>}
        {note?.kind === 'denied' && (
          <p class="cc-error">
            Notifications stay off: the browser did not give Cloud Checkup permission to show them. You can
            try again, or allow notifications for this extension in the browser's settings.
          </p>
        )}
        {note?.kind === 'failed' && (
          <p class="cc-error">The browser could not change the permission. Notifications are unchanged.</p>
        )}
        {note?.kind === 'missing' && (
          <p class="cc-warning">
            Notifications are on, but the browser no longer allows them.{' '}
            <button type="button" class="cc-button" onClick={turnOn}>
              Allow notifications again
            </button>
          </p>
        )}
        {note?.kind === 'offer-removal' && (
          <p>
            Notifications are off. Cloud Checkup still holds the permission to show them; you can give it
            back.{' '}
            <button type="button" class="cc-button" onClick={giveBack}>
              Give back the permission
            </button>
          </p>
        )}
        {note?.kind === 'removed' && (
          <p>Done: Cloud Checkup no longer has permission to show notifications.</p>
        )}
      </div>
    </div>
  );
}
