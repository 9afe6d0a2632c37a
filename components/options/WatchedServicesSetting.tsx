import { useState } from 'preact/hooks';
import { ICLOUD_SERVICES, type ServiceGroup } from '@/lib/status/catalogue';

export const GROUP_LABELS: Record<ServiceGroup, string> = {
  account: 'Account and iCloud.com',
  'photos-files': 'Photos, Drive and backup',
  'mail-messaging': 'Mail and contacts',
  productivity: 'Calendar, notes and iWork',
  'privacy-devices': 'Privacy and devices',
};

const GROUP_ORDER: ServiceGroup[] = [
  'photos-files',
  'account',
  'mail-messaging',
  'productivity',
  'privacy-devices',
];

interface Props {
  watched: readonly string[];
  onSave: (watched: string[]) => void;
}

/** "All 19 watched", "12 of 19 watched" or "None watched": the list itself opens on request. */
export function watchedSummary(watched: number, total: number): string {
  if (watched >= total) return `All ${total} watched`;
  if (watched === 0) return 'None watched';
  return `${watched} of ${total} watched`;
}

/** The iCloud services whose problems count: a summary, and the list grouped as people think of them. */
export function WatchedServicesSetting({ watched, onSave }: Props) {
  const [open, setOpen] = useState(false);
  const set = new Set(watched);
  const total = ICLOUD_SERVICES.length;
  const count = ICLOUD_SERVICES.filter((s) => set.has(s.id)).length;
  const toggle = (id: string, on: boolean) => {
    // Keep catalogue order, so the stored list reads the same however it was built.
    onSave(ICLOUD_SERVICES.map((s) => s.id).filter((s) => (s === id ? on : set.has(s))));
  };

  return (
    <div class="cc-setting-block">
      <div class="cc-setting">
        <div class="cc-setting-text">
          <span id="services-label">Watched iCloud services</span>
          <p id="services-help" class="cc-help">
            Cloud Checkup tells you when Apple reports a problem with a service you watch.
          </p>
        </div>
        <div class="cc-setting-control cc-summary">
          <span id="services-summary" class={count === 0 ? 'cc-warning' : undefined}>
            {watchedSummary(count, total)}
          </span>
          <span aria-hidden="true"> · </span>
          <button
            type="button"
            class="cc-link-button"
            aria-expanded={open}
            aria-controls="services-list"
            aria-describedby="services-summary"
            onClick={() => setOpen(!open)}
          >
            {open ? 'Hide list' : 'Change'}
          </button>
        </div>
      </div>
      {count === 0 && (
        <p class="cc-warning">No service is watched: you will not hear about Apple’s outages.</p>
      )}
      <div id="services-list" hidden={!open}>
        {open && (
          <div role="group" aria-labelledby="services-label" aria-describedby="services-help">
            {GROUP_ORDER.map((group) => (
              <fieldset class="cc-subgroup" key={group}>
                <legend>{GROUP_LABELS[group]}</legend>
                <div class="cc-checks">
                  {ICLOUD_SERVICES.filter((s) => s.group === group).map((s) => (
                    <label class="cc-check" key={s.id}>
                      <input
                        type="checkbox"
                        name="watched"
                        value={s.id}
                        checked={set.has(s.id)}
                        onChange={(e) => toggle(s.id, e.currentTarget.checked)}
                      />
                      {s.displayName}
                    </label>
                  ))}
                </div>
              </fieldset>
            ))}
            {count < total && (
              <button
                type="button"
                class="cc-button"
                onClick={() => onSave(ICLOUD_SERVICES.map((s) => s.id))}
              >
                Watch all {total} services
              </button>
            )}
          </div>
        )}
      </div>
    </div>
  );
}
