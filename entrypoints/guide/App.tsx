import { useEffect, useLayoutEffect, useRef } from 'preact/hooks';
import { GuideHeader, SearchResults } from '@/components/guide/GuideHeader';
import { GuideView } from '@/components/guide/GuideView';
import { PlanList } from '@/components/guide/PlanList';
import { ProblemIndex } from '@/components/guide/ProblemIndex';
import { ReferencePage } from '@/components/guide/ReferencePage';
import { SavingNoticeBanner } from '@/components/guide/SavingNoticeBanner';
import { conditionHref } from '@/lib/guides/route';
import { TOPIC_LABELS } from '@/lib/guides/topics';
import type { Guide, GuideTopic } from '@/lib/guides/types';
import {
  acknowledge,
  changeFor,
  choosePlatform,
  chosenPlatform,
  guides,
  isAcknowledged,
  isStepDone,
  library,
  planOf,
  platforms,
  progress,
  route,
  savingNotice,
  searchIndex,
  searchQuery,
  setOutcome,
  setStepDone,
} from './state';

/** The next guide to try after this one, in the order the problem's plan lists them. */
function nextAfter(guide: Guide, topic: GuideTopic): Guide | undefined {
  const plan = planOf(topic);
  return [...plan.toTry, ...plan.alsoUseful, ...plan.tried].find((g) => g.id !== guide.id);
}

function GuidePage({ guide, from }: { guide: Guide; from: GuideTopic | null }) {
  // Opened from a plan: back to that plan; opened on its own: to the plan of its first problem.
  const topic = from && guide.topics.includes(from) ? from : guide.topics[0]!;
  return (
    <GuideView
      guide={guide}
      platforms={platforms.value}
      chosen={chosenPlatform.value.get(guide.id)}
      outcome={progress.value.get(guide.id)?.outcome ?? null}
      next={nextAfter(guide, topic)}
      plan={{ href: conditionHref(topic), label: `What to try for: ${TOPIC_LABELS[topic]}` }}
      change={changeFor(guide.id)}
      isDone={(stepId) => isStepDone(guide.id, stepId)}
      isAcknowledged={(stepId) => isAcknowledged(guide.id, stepId)}
      onToggle={(stepId, done) => void setStepDone(guide.id, stepId, done)}
      onAcknowledge={(stepId) => acknowledge(guide.id, stepId)}
      onChoosePlatform={(p) => choosePlatform(guide.id, p)}
      onAnswer={(outcome) => void setOutcome(guide.id, outcome)}
    />
  );
}

function BackHome() {
  return (
    <nav aria-label="Back" class="cc-back">
      <a href="guide.html">
        <span aria-hidden="true">← </span>All problems
      </a>
    </nav>
  );
}

function PlanPage({ topic }: { topic: GuideTopic }) {
  return (
    <section aria-labelledby="problem-title">
      <BackHome />
      <h1 id="problem-title" tabIndex={-1} class="cc-guide-title">
        {TOPIC_LABELS[topic]}
      </h1>
      <p class="cc-lede">
        What to try, in order: the quickest and safest first. Each guide remembers how far you got.
      </p>
      <PlanList topic={topic} plan={planOf(topic)} progress={progress.value} platforms={platforms.value} />
    </section>
  );
}

function NotFound({ what }: { what: string }) {
  return (
    <section aria-labelledby="not-found">
      <BackHome />
      <h1 id="not-found" tabIndex={-1} class="cc-guide-title">
        We couldn’t find that guide
      </h1>
      <p>
        There’s no guide called “{what}”. It may have been renamed. Search above, or pick your problem from{' '}
        <a href="guide.html">all problems</a>.
      </p>
    </section>
  );
}

function Home() {
  return (
    <section aria-labelledby="home-title">
      <h1 id="home-title" tabIndex={-1} class="cc-guide-title">
        What’s going wrong?
      </h1>
      <p class="cc-lede">
        Pick the problem that sounds like yours, or search above. Not sure? Start with{' '}
        <a href={conditionHref('uploads-stuck')}>Photos won’t upload</a>.
      </p>
      <ProblemIndex planOf={planOf} progress={progress.value} />
    </section>
  );
}

function Content() {
  const r = route.value;
  switch (r.kind) {
    case 'home':
      return <Home />;
    case 'condition':
      return <PlanPage topic={r.topic} />;
    case 'unknown-condition':
      return <NotFound what={r.value} />;
    case 'reference':
      return (
        <>
          <BackHome />
          <ReferencePage id={r.id} anchor={r.anchor} guides={guides.value} />
        </>
      );
    case 'guide': {
      const guide = guides.value.find((g) => g.id === r.id);
      return guide ? <GuidePage guide={guide} from={r.topic} /> : <NotFound what={r.id} />;
    }
  }
}

export function App() {
  const ready = library.value !== null;
  const main = useRef<HTMLElement>(null);
  const firstRoute = useRef(route.value);
  const query = searchQuery.value;
  const searching = query.trim().length > 0;

  // Layout effect: runs as soon as the content is in the document, not a frame later.
  useLayoutEffect(() => {
    if (ready) performance.mark('cc-guide-content');
  }, [ready]);

  // After a move within the page, bring the reader (and screen reader) to the new heading.
  useEffect(() => {
    if (route.value === firstRoute.current) return;
    searchQuery.value = '';
    main.current?.querySelector<HTMLElement>('.cc-guide-title')?.focus();
  }, [route.value]);

  return (
    <>
      <GuideHeader query={query} onQuery={(q) => (searchQuery.value = q)} />
      <main ref={main} class="cc-guide-page" aria-busy={!ready}>
        <SavingNoticeBanner notice={savingNotice.value} />
        {searching ? (
          <SearchResults query={query} hits={searchIndex.value.search(query)} />
        ) : ready ? (
          <Content />
        ) : (
          <p>Loading the guides…</p>
        )}
      </main>
    </>
  );
}
