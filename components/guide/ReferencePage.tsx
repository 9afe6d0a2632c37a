import { useEffect } from 'preact/hooks';
import { GOOD_TO_KNOW, STATUS_MESSAGES, THINGS_NOT_TO_DO, WHERE_TO_FIND_STATUS } from '@/lib/guides/content';
import { guideHref } from '@/lib/guides/route';
import type { Guide, Note, ReferenceId } from '@/lib/guides/types';
import { PLATFORM_LABELS } from './labels';

interface ReferencePageProps {
  id: ReferenceId;
  anchor: string | null;
  guides: readonly Guide[];
}

const TITLES: Record<ReferenceId, string> = {
  'status-messages': 'What the status messages in Photos mean',
  'things-not-to-do': 'Things not to do',
  'good-to-know': 'Good to know',
};

function Related({ ids, guides }: { ids: string[]; guides: readonly Guide[] }) {
  const related = ids.flatMap((id) => guides.filter((g) => g.id === id));
  if (related.length === 0) return null;
  return (
    <p class="cc-muted">
      See also:{' '}
      {related.map((g, i) => (
        <span key={g.id}>
          {i > 0 && ', '}
          <a href={guideHref(g.id)}>{g.title}</a>
        </span>
      ))}
    </p>
  );
}

function Notes({ notes, guides }: { notes: Note[]; guides: readonly Guide[] }) {
  return (
    <>
      {notes.map((n) => (
        <section key={n.id} id={n.id} aria-labelledby={`${n.id}-h`} class="cc-note">
          <h2 id={`${n.id}-h`}>{n.title}</h2>
          <p>{n.text}</p>
          <Related ids={n.guideIds} guides={guides} />
        </section>
      ))}
    </>
  );
}

/** The status-message explainer, the things not to do, and the background worth knowing. */
export function ReferencePage({ id, anchor, guides }: ReferencePageProps) {
  useEffect(() => {
    if (anchor) document.getElementById(anchor)?.scrollIntoView();
  }, [id, anchor]);
  return (
    <article class="cc-reference" aria-labelledby="reference-title">
      <h1 id="reference-title" tabIndex={-1} class="cc-guide-title">
        {TITLES[id]}
      </h1>
      {id === 'status-messages' && (
        <>
          <p>Photos tells you in one short line what it is doing. Here is where to find that line:</p>
          <dl class="cc-where">
            {Object.entries(WHERE_TO_FIND_STATUS).map(([platform, where]) => (
              <div key={platform}>
                <dt>{PLATFORM_LABELS[platform as keyof typeof WHERE_TO_FIND_STATUS]}</dt>
                <dd>{where}</dd>
              </div>
            ))}
          </dl>
          {STATUS_MESSAGES.map((m) => (
            <section key={m.id} id={m.id} aria-labelledby={`${m.id}-h`} class="cc-note">
              <h2 id={`${m.id}-h`}>{m.shows.map((s) => `“${s}”`).join(' or ')}</h2>
              <p>
                <strong>What it means: </strong>
                {m.meaning}
              </p>
              <p>
                <strong>What to do: </strong>
                {m.whatToDo}
              </p>
              <Related ids={m.guideIds} guides={guides} />
            </section>
          ))}
        </>
      )}
      {id === 'things-not-to-do' && (
        <>
          <p>
            When you are worried about your photos, a few well-meant moves can make things worse. Please avoid
            these:
          </p>
          <Notes notes={THINGS_NOT_TO_DO} guides={guides} />
        </>
      )}
      {id === 'good-to-know' && <Notes notes={GOOD_TO_KNOW} guides={guides} />}
    </article>
  );
}
