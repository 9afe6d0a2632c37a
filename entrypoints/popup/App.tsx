import { useLayoutEffect } from 'preact/hooks';
import { PageHeader } from '@/components/PageHeader';
import { ConditionList, type FixLink } from '@/components/popup/ConditionList';
import { HistoryStrip } from '@/components/popup/HistoryStrip';
import { ServicesCard } from '@/components/popup/ServicesCard';
import { StorageCard } from '@/components/popup/StorageCard';
import type { Condition } from '@/lib/conditions/types';
import type { PopupModel } from './model';

export const CONTENT_MARK = 'cc-popup-content';
export const TOP_FIXES = 2;

export interface PopupActions {
  /** The top fixes for a condition, best first (links to the guide page). */
  fixesFor: (condition: Condition) => FixLink[];
  openIcloudSettings: () => void;
  openPage: (path: '/options.html' | '/guide.html') => void;
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
  const input = model.input.value;
  const conditions = model.conditions.value;
  const services = model.services.value;
  const now = model.now.value;
  const hasContent = input !== null && conditions !== null && services !== null;

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
            <ConditionList conditions={conditions} fixesFor={actions.fixesFor} />
            <StorageCard
              reading={input.storage}
              forecast={input.forecast}
              nearlyFullThreshold={input.settings.nearlyFullThreshold}
              now={now}
              onOpenIcloudSettings={actions.openIcloudSettings}
            />
            <ServicesCard
              view={services}
              now={now}
              refresh={model.refresh.value}
              onRefresh={() => void model.refreshNow()}
            />
            <HistoryStrip days={model.days.value} />
          </>
        ) : (
          !model.loadError.value && (
            <>
              <Skeleton label="Loading problems" height={56} />
              <Skeleton label="Loading iCloud storage" height={132} />
              <Skeleton label="Loading Apple's iCloud services" height={112} />
              <Skeleton label="Loading the last 7 days" height={92} />
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
