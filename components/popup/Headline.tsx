import { conditionHref, planGuideHref } from '@/lib/guides/route';
import { RelativeTime } from '@/components/RelativeTime';
import type { Tone } from '@/lib/conditions/overview';
import type { RankedFix } from '@/lib/guides/rank';
import type { HeadlineView, ProblemView } from '@/lib/popup-view/types';
import { HEADLINE_WORDS, NO_ISSUES_WORDS } from '@/lib/conditions/overview';

interface Props {
  headline: HeadlineView;
  now: number;
}

/**
 * The headline's Element Timing name: the browser notes when the headline is first painted, which
 * the popup benchmark reads as its time to content (tests/bench/popup.bench.ts).
 */
export const HEADLINE_TIMING = 'cc-headline';

/** The mark beside the headline: a shape as well as a colour, so it reads without colour too. */
const MARK: Record<Tone, string> = { red: '!', amber: '!', grey: '?', info: 'i', ok: '✓', neutral: '…' };
const TONE_WORDS: Record<Tone, string> = {
  red: 'Serious',
  amber: 'Warning',
  grey: 'Unknown',
  info: 'Note',
  ok: 'All clear',
  neutral: 'Checking',
};

// A fix opens inside its problem's plan, so the guide page can lead back to the other fixes.
const guideHref = (c: ProblemView, fix: RankedFix) => `/guide.html${planGuideHref(c.id, fix.guideId)}`;
const allFixesHref = (c: ProblemView) => `/guide.html${conditionHref(c.id)}`;

function Mark({ tone }: { tone: Tone }) {
  return (
    <span class="cc-mark" data-tone={tone} aria-hidden="true">
      {MARK[tone]}
    </span>
  );
}

/** The answer at a glance: one headline, and for a problem one primary action and a second fix. */
export function Headline({ headline, now }: Props) {
  if (headline.kind === 'first-check') {
    return (
      <section class="cc-headline-card" data-tone="neutral" aria-labelledby="headline-h" aria-live="polite">
        <div class="cc-headline-row">
          <Mark tone="neutral" />
          <h2 id="headline-h" elementtiming={HEADLINE_TIMING}>
            {HEADLINE_WORDS['first-check']}
          </h2>
        </div>
        <p class="cc-welcome">
          Welcome. Cloud Checkup reads your storage when you open your account settings on iCloud.com, and
          keeps it on this device.
        </p>
      </section>
    );
  }
  if (headline.kind === 'all-clear') {
    return (
      <section class="cc-headline-card" data-tone="ok" aria-labelledby="headline-h">
        <div class="cc-headline-row">
          <Mark tone="ok" />
          <h2 id="headline-h" elementtiming={HEADLINE_TIMING}>
            {HEADLINE_WORDS['all-clear']}
          </h2>
        </div>
        <p class="cc-headline-sub">
          {headline.checkedAt !== null ? (
            <>
              {NO_ISSUES_WORDS} · checked <RelativeTime at={headline.checkedAt} now={now} />
            </>
          ) : (
            'Nothing needs your attention in what Cloud Checkup can see.'
          )}
        </p>
      </section>
    );
  }
  const { top, others } = headline;
  const tone = top.tone;
  // A second fix only when nothing else competes for the room: other problems bring their own.
  const [first, second] = top.fixes.slice(0, others.length === 0 ? 2 : 1);
  return (
    <section class="cc-headline-card" data-tone={tone} data-condition={top.id} aria-labelledby="headline-h">
      <div class="cc-headline-row">
        <Mark tone={tone} />
        <h2 id="headline-h" elementtiming={HEADLINE_TIMING}>
          <span class="cc-visually-hidden">{TONE_WORDS[tone]}: </span>
          {top.sentence}
        </h2>
      </div>
      <div class="cc-actions">
        {first ? (
          <a class="cc-primary" href={guideHref(top, first)} target="_blank" rel="noopener">
            {first.title}
          </a>
        ) : (
          <a class="cc-primary" href={allFixesHref(top)} target="_blank" rel="noopener">
            See fixes
          </a>
        )}
        {second && (
          <a class="cc-row" href={guideHref(top, second)} target="_blank" rel="noopener">
            {second.title}
          </a>
        )}
      </div>
    </section>
  );
}

/** The other problems, each once, each with its best fix as a row. */
export function OtherProblems({ problems }: { problems: readonly ProblemView[] }) {
  if (problems.length === 0) return null;
  return (
    <section class="cc-others" aria-labelledby="others-h">
      <h2 id="others-h" class="cc-visually-hidden">
        Also
      </h2>
      <ul>
        {problems.map((c) => {
          const tone = c.tone;
          const fix = c.fixes[0];
          return (
            <li key={c.id} data-condition={c.id} data-tone={tone}>
              <Mark tone={tone} />
              <div>
                <p class="cc-sentence">
                  <span class="cc-visually-hidden">{TONE_WORDS[tone]}: </span>
                  {c.sentence}
                </p>
                <a
                  class="cc-row"
                  href={fix ? guideHref(c, fix) : allFixesHref(c)}
                  target="_blank"
                  rel="noopener"
                >
                  {fix ? fix.title : 'See fixes'}
                </a>
              </div>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
