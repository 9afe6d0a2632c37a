import { useEffect, useLayoutEffect, useRef } from 'preact/hooks';
import { PageHeader } from '@/components/PageHeader';
import { AllGuides } from '@/components/guide/AllGuides';
import { GuideLinks } from '@/components/guide/GuideLinks';
import { GuideSearch } from '@/components/guide/GuideSearch';
import { GuideView } from '@/components/guide/GuideView';
import { ReferencePage } from '@/components/guide/ReferencePage';
import { SavingNoticeBanner } from '@/components/guide/SavingNoticeBanner';
import { rankGuides } from '@/lib/guides/rank';
import { conditionHref } from '@/lib/guides/route';
import { TOPIC_LABELS } from '@/lib/guides/topics';
import type { Guide, GuideTopic } from '@/lib/guides/types';
import {
  acknowledge,
  choosePlatform,
  chosenPlatform,
  guides,
  isAcknowledged,
  isStepDone,
  library,
  platforms,
  progress,
  route,
  savingNotice,
  searchIndex,
  setOutcome,
  setStepDone,
} from './state';

/** The next guide to try after this one, for the problem the person came with. */
function nextAfter(guide: Guide, topic: GuideTopic | null): Guide | undefined {
  const topics = topic ? [topic] : guide.topics;
  return rankGuides(topics, platforms.value, progress.value, guides.value).find((g) => g.id !== guide.id);
}

function GuideSection({ guide, topic, level }: { guide: Guide; topic: GuideTopic | null; level?: 2 | 3 }) {
  return (
    <GuideView
      guide={guide}
      level={level}
      platforms={platforms.value}
      chosen={chosenPlatform.value.get(guide.id)}
      outcome={progress.value.get(guide.id)?.outcome ?? null}
      next={nextAfter(guide, topic)}
      isDone={(stepId) => isStepDone(guide.id, stepId)}
      isAcknowledged={(stepId) => isAcknowledged(guide.id, stepId)}
      onToggle={(stepId, done) => void setStepDone(guide.id, stepId, done)}
      onAcknowledge={(stepId) => acknowledge(guide.id, stepId)}
      onChoosePlatform={(p) => choosePlatform(guide.id, p)}
      onAnswer={(outcome) => void setOutcome(guide.id, outcome)}
    />
  );
}

function ConditionPage({ topic }: { topic: GuideTopic }) {
  const ranked = rankGuides([topic], platforms.value, progress.value, guides.value);
  const first = ranked[0];
  return (
    <>
      <section aria-labelledby="problem-title">
        <h2 id="problem-title" tabIndex={-1} class="cc-guide-title">
          {TOPIC_LABELS[topic]}: what to try
        </h2>
        <p>Here are the fixes in the order we’d try them, the quickest and safest first.</p>
        <GuideLinks guides={ranked} progress={progress.value} ordered />
      </section>
      {first && (
        <section aria-labelledby="start-here" class="cc-start">
          <h2 id="start-here">Start here</h2>
          <GuideSection guide={first} topic={topic} level={3} />
        </section>
      )}
    </>
  );
}

function NotFound({ what }: { what: string }) {
  return (
    <section aria-labelledby="not-found">
      <h2 id="not-found" tabIndex={-1} class="cc-guide-title">
        We couldn’t find that guide
      </h2>
      <p>
        There’s no guide called “{what}”. It may have been renamed. Try the search above, or pick from the
        list below.
      </p>
    </section>
  );
}

function Home() {
  return (
    <section aria-labelledby="home-title">
      <h2 id="home-title" tabIndex={-1} class="cc-guide-title">
        Let’s get your photos moving again
      </h2>
      <p>
        Pick the problem that sounds like yours, or search for a word. Each guide is a short checklist that
        remembers where you got to. Start with{' '}
        <a href={conditionHref('uploads-stuck')}>Photos won’t upload</a> if you’re not sure.
      </p>
    </section>
  );
}

function Content() {
  const r = route.value;
  switch (r.kind) {
    case 'home':
      return <Home />;
    case 'condition':
      return <ConditionPage topic={r.topic} />;
    case 'unknown-condition':
      return <NotFound what={r.value} />;
    case 'reference':
      return <ReferencePage id={r.id} anchor={r.anchor} guides={guides.value} />;
    case 'guide': {
      const guide = guides.value.find((g) => g.id === r.id);
      return guide ? <GuideSection guide={guide} topic={null} /> : <NotFound what={r.id} />;
    }
  }
}

export function App() {
  const ready = library.value !== null;
  const main = useRef<HTMLElement>(null);
  const firstRoute = useRef(route.value);

  // Layout effect: runs as soon as the content is in the document, not a frame later.
  useLayoutEffect(() => {
    if (ready) performance.mark('cc-guide-content');
  }, [ready]);

  // After a move within the page, bring the reader (and screen reader) to the new heading.
  useEffect(() => {
    if (route.value === firstRoute.current) return;
    main.current?.querySelector<HTMLElement>('.cc-guide-title')?.focus();
  }, [route.value]);

  return (
    <>
      <PageHeader title="Cloud Checkup fix guides">
        {route.value.kind !== 'home' && <a href="guide.html">All guides</a>}
      </PageHeader>
      <main ref={main} class="cc-guide-page" aria-busy={!ready}>
        <SavingNoticeBanner notice={savingNotice.value} />
        <GuideSearch search={(query) => searchIndex.value.search(query)} />
        {ready ? <Content /> : <p>Loading the guides…</p>}
        {ready && route.value.kind !== 'condition' && (
          <AllGuides guides={guides.value} progress={progress.value} />
        )}
      </main>
    </>
  );
}
