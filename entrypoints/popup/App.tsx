import { useLayoutEffect } from 'preact/hooks';
import { PageHeader } from '@/components/PageHeader';
import { Headline, OtherProblems } from '@/components/popup/Headline';
import { HistoryStrip } from '@/components/popup/HistoryStrip';
import { ServicesCard } from '@/components/popup/ServicesCard';
import { StatusAccess } from '@/components/popup/StatusAccess';
import { StorageCard } from '@/components/popup/StorageCard';
import type { PopupModel } from './model';

export const CONTENT_MARK = 'cc-popup-content';

export interface PopupActions {
  openIcloudSettings: () => void;
  openPage: (path: '/options.html' | '/guide.html') => void;
  /** Asks for host access to Apple's status page, from the click that calls it. */
  allowStatusAccess: () => Promise<boolean>;
}

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
  const view = model.view.value;
  const now = model.now.value;
  const hasContent = view !== null;
  // Missing access is why the headline's status is unknown: asking for it is the one action.
  const accessInHeadline =
    view !== null &&
    view.services.accessMissing &&
    view.headline.kind === 'problem' &&
    view.headline.top.id === 'status-unknown';

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
            Cloud Checkup's background did not answer, so it cannot say what it found. Close and reopen this
            window to try again.
          </p>
        )}
        {hasContent ? (
          <>
            <Headline
              headline={view.headline}
              now={now}
              action={
                accessInHeadline ? <StatusAccess missing onAllow={actions.allowStatusAccess} /> : undefined
              }
            />
            {view.headline.kind === 'problem' && <OtherProblems problems={view.headline.others} />}
            <StatusAccess
              missing={view.services.accessMissing && !accessInHeadline}
              onAllow={actions.allowStatusAccess}
            />
            <StorageCard {...view.storage} now={now} onOpenIcloudSettings={actions.openIcloudSettings} />
            <ServicesCard
              services={view.services}
              now={now}
              refresh={model.refresh.value}
              onRefresh={() => void model.refreshNow()}
            />
            <HistoryStrip days={view.days} />
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
