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

/** The iCloud services whose problems count, grouped as people think of them. */
export function WatchedServicesSetting({ watched, onSave }: Props) {
  const set = new Set(watched);
  const toggle = (id: string, on: boolean) => {
    // Keep catalogue order, so the stored list reads the same however it was built.
    onSave(ICLOUD_SERVICES.map((s) => s.id).filter((s) => (s === id ? on : set.has(s))));
  };
  const allWatched = ICLOUD_SERVICES.every((s) => set.has(s.id));

  return (
    <fieldset class="cc-fieldset" aria-describedby="services-help">
      <legend>Watched iCloud services</legend>
      <p id="services-help" class="cc-help">
        Cloud Checkup tells you when Apple reports a problem with a service you watch.
      </p>
      {GROUP_ORDER.map((group) => (
        <fieldset class="cc-subgroup" key={group}>
          <legend>{GROUP_LABELS[group]}</legend>
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
        </fieldset>
      ))}
      {set.size === 0 && (
        <p class="cc-warning">No service is watched: you will not hear about Apple's outages.</p>
      )}
      <button
        type="button"
        class="cc-button"
        aria-describedby={allWatched ? 'services-all' : undefined}
        onClick={() => onSave(ICLOUD_SERVICES.map((s) => s.id))}
      >
        Watch all services
      </button>
      {allWatched && (
        <span id="services-all" class="cc-help cc-inline">
          All {ICLOUD_SERVICES.length} are watched.
        </span>
      )}
    </fieldset>
  );
}
