import { useLayoutEffect } from 'preact/hooks';
import { PageHeader } from '@/components/PageHeader';
import { Headline, OtherProblems } from '@/components/popup/Headline';
import { HistoryStrip } from '@/components/popup/HistoryStrip';
import { ServicesCard } from '@/components/popup/ServicesCard';
import { StatusAccess } from '@/components/popup/StatusAccess';
import { StorageCard } from '@/components/popup/StorageCard';
import { storageTone } from '@/lib/conditions/overview';
import type { PopupModel } from './model';

export const CONTENT_MARK = 'cc-popup-content';

export interface PopupActions {
  openIcloudSettings: () => void;
  openPage: (path: '/options.html' | '/guide.html') => void;
  /** Asks for host access to Apple's status page, from the click that calls it. */
  allowStatusAccess: () => Promise<boolean>;
}

const STATUS_IDS = new Set(['outage', 'maintenance', 'status-unknown']);

function Skeleton({ label, height }: { label: string; height: number }) {
  return (
    <section
      class="cc-card cc-skeleton-card"
      style={{ minHeight: `${height}px` }}
      aria-label={label}
      aria-busy="true"
    >
      <div class="cc-skeleton" />
    </section>
  );
}

export function App({ model, actions }: { model: PopupModel; actions: PopupActions }) {
  const input = model.input.value;
  const conditions = model.conditions.value;
  const overview = model.overview.value;
  const rows = model.services.value;
  const now = model.now.value;
  const hasContent = input !== null && conditions !== null && overview !== null && rows !== null;

  useLayoutEffect(() => {
    // Time to content for the benchmark: the first paint that shows real data.
    if (hasContent && performance.getEntriesByName(CONTENT_MARK).length === 0) performance.mark(CONTENT_MARK);
  }, [hasContent]);

  return (
    <>
      <PageHeader title="Cloud Checkup" />
      <main class="popup" aria-busy={!hasContent && !model.loadError.value}>
        {model.loadError.value && !hasContent && (
          <p class="cc-card cc-error" role="alert">
            Cloud Checkup could not read what it has stored. Close and reopen this window to try again.
          </p>
        )}
        {hasContent ? (
          <>
            <Headline overview={overview} fixes={model.fixes.value} now={now} />
            <OtherProblems conditions={overview.others} fixes={model.fixes.value} />
            <StatusAccess conditions={conditions} onAllow={actions.allowStatusAccess} />
            <StorageCard
              reading={input.storage}
              tone={storageTone(conditions)}
              stale={conditions.some((c) => c.id === 'storage-stale')}
              refused={conditions.some((c) => c.id === 'upload-blocked')}
              forecast={input.forecast}
              now={now}
              onOpenIcloudSettings={actions.openIcloudSettings}
            />
            <ServicesCard
              conditions={conditions.filter((c) => STATUS_IDS.has(c.id))}
              rows={rows}
              checkedAt={input.snapshot?.fetchedAt ?? null}
              now={now}
              refresh={model.refresh.value}
              onRefresh={() => void model.refreshNow()}
            />
            <HistoryStrip days={model.days.value} />
          </>
        ) : (
          !model.loadError.value && (
            <>
              <Skeleton label="Loading the answer" height={96} />
              <Skeleton label="Loading iCloud storage" height={96} />
              <Skeleton label="Loading Apple's iCloud services" height={72} />
              <Skeleton label="Loading the last 7 days" height={76} />
            </>
          )
        )}
      </main>
      <nav class="links" aria-label="More">
        <button type="button" class="cc-button" onClick={() => actions.openPage('/guide.html')}>
          Fix guides
        </button>
        <button type="button" class="cc-button" onClick={() => actions.openPage('/options.html')}>
          Settings
        </button>
      </nav>
    </>
  );
}
