import { useCallback, useEffect, useState } from 'preact/hooks';
import { PageHeader } from '@/components/PageHeader';
import type { Settings } from '@/lib/settings';
import { formatDuration, formatPercent } from '@/lib/format';
import { serviceName } from '@/lib/status/catalogue';
import { Feedback, type FeedbackMessage } from './Feedback';
import { MyDataSection } from './MyDataSection';
import { NotificationsSetting } from './NotificationsSetting';
import { PlatformsSetting } from './PlatformsSetting';
import type { OptionsPorts } from './ports';
import { ThresholdSetting } from './ThresholdSetting';
import { SettingsCard } from './SettingsCard';
import { PollSetting, StallSetting } from './TimingSettings';
import { TipsSetting } from './TipsSetting';
import { WatchedServicesSetting } from './WatchedServicesSetting';

/** The settings page: every change is saved at once, and the page says so. */
export function OptionsPage({ ports }: { ports: OptionsPorts }) {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [loadFailed, setLoadFailed] = useState(false);
  const [feedback, setFeedback] = useState<FeedbackMessage | null>(null);

  useEffect(() => {
    let live = true;
    ports.loadSettings().then(
      (s) => live && setSettings(s),
      () => live && setLoadFailed(true),
    );
    const unwatch = ports.watchSettings((s) => setSettings(s));
    return () => {
      live = false;
      unwatch();
    };
  }, [ports]);

  const save = useCallback(
    (change: Partial<Settings>, saved: string): Promise<void> =>
      ports.saveSettings(change).then(
        (s) => {
          setSettings(s);
          setFeedback({ kind: 'ok', text: `Saved: ${saved}.` });
        },
        () => setFeedback({ kind: 'error', text: 'Could not save that change. Please try again.' }),
      ),
    [ports],
  );
  /** Saves a setting counted in minutes, saying the new value as a duration. */
  const saveMinutes =
    (key: 'stallWindowMinutes' | 'pollIntervalMinutes', saying: (duration: string) => string) =>
    (minutes: number) =>
      void save({ [key]: minutes }, saying(formatDuration(minutes * 60_000)));

  return (
    <div class="cc-options-page">
      <PageHeader title="Cloud Checkup settings" />
      <main class="cc-options" aria-busy={settings === null && !loadFailed}>
        {loadFailed && <p class="cc-error">Your settings could not be read. Reload the page to try again.</p>}
        {settings && (
          <form onSubmit={(e) => e.preventDefault()} aria-label="Settings">
            <SettingsCard id="warnings" title="Warnings">
              <ThresholdSetting
                value={settings.nearlyFullThreshold}
                onSave={(n) => void save({ nearlyFullThreshold: n }, `nearly full from ${formatPercent(n)}`)}
              />
              <StallSetting
                minutes={settings.stallWindowMinutes}
                onSave={saveMinutes('stallWindowMinutes', (d) => `uploads count as stalled after ${d}`)}
              />
              <NotificationsSetting
                enabled={settings.notifications}
                permission={ports.notificationPermission}
                onSave={(on) => save({ notifications: on }, on ? 'notifications on' : 'notifications off')}
              />
            </SettingsCard>
            <SettingsCard id="apple" title="Apple’s System Status">
              <PollSetting
                minutes={settings.pollIntervalMinutes}
                onSave={saveMinutes('pollIntervalMinutes', (d) => `Apple’s status is checked every ${d}`)}
              />
              <WatchedServicesSetting
                watched={settings.watchedServices}
                onSave={(ids) => void save({ watchedServices: ids }, describeWatched(ids))}
              />
            </SettingsCard>
            <SettingsCard id="guides" title="Fix guides and tips">
              <PlatformsSetting
                platforms={settings.platforms}
                onSave={(p) =>
                  void save(
                    { platforms: p },
                    p.length ? `guides for ${p.length} kinds of device` : 'guides for every device',
                  )
                }
              />
              <TipsSetting
                enabled={settings.tipsOnIcloud}
                onSave={(on) =>
                  void save({ tipsOnIcloud: on }, on ? 'tips on iCloud.com on' : 'tips on iCloud.com off')
                }
              />
            </SettingsCard>
          </form>
        )}
        <MyDataSection exportData={ports.exportData} clearData={ports.clearData} onFeedback={setFeedback} />
        <Feedback message={feedback} />
      </main>
    </div>
  );
}

function describeWatched(ids: readonly string[]): string {
  if (ids.length === 0) return 'no service is watched';
  if (ids.length === 1) return `only ${serviceName(ids[0]!)} is watched`;
  return `${ids.length} services are watched`;
}
