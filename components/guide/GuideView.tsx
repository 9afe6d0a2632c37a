import type { Platform } from '@/lib/settings';
import type { GuideChange } from '@/lib/guides/db';
import type { Outcome } from '@/lib/guides/progress';
import { tabsFor } from '@/lib/guides/steps';
import type { Guide } from '@/lib/guides/types';
import { FixedQuestion } from './FixedQuestion';
import { EFFORT_LABELS } from './labels';
import { PlatformTabs } from './PlatformTabs';
import { StepChecklist } from './StepChecklist';

export interface GuideViewProps {
  guide: Guide;
  /** The person's platforms, from the settings. */
  platforms: readonly Platform[];
  chosen: Platform | undefined;
  outcome: Outcome | null;
  next: Guide | undefined;
  /** The plan this guide belongs to, to go back to. */
  plan: { href: string; label: string };
  /** Set when the guide's words changed since the person started it. */
  change?: GuideChange | null;
  isDone: (stepId: string) => boolean;
  isAcknowledged: (stepId: string) => boolean;
  onToggle: (stepId: string, done: boolean) => void;
  onAcknowledge: (stepId: string) => void;
  onChoosePlatform: (platform: Platform) => void;
  onAnswer: (outcome: Outcome | null) => void;
}

/** One guide: what and why, the caution up front, the checklist per device, Apple's article beside it. */
export function GuideView(props: GuideViewProps) {
  const { guide, plan, change } = props;
  const tabs = tabsFor(guide, props.platforms);
  const selected = props.chosen && tabs.includes(props.chosen) ? props.chosen : tabs[0]!;
  const titleId = `guide-${guide.id}-title`;
  return (
    <article class="cc-guide" aria-labelledby={titleId}>
      <div class="cc-guide-main">
        <nav aria-label="Back" class="cc-back">
          <a href={plan.href}>
            <span aria-hidden="true">← </span>
            {plan.label}
          </a>
        </nav>
        <h1 id={titleId} tabIndex={-1} class="cc-guide-title">
          {guide.title}
        </h1>
        {change && (
          <p class="cc-changed" role="note">
            <strong>This guide was updated</strong> since you started it.{' '}
            {change.kept > 0 &&
              `The ${change.kept === 1 ? 'step' : `${change.kept} steps`} you ticked that ${change.kept === 1 ? 'is' : 'are'} still in it ${change.kept === 1 ? 'stays' : 'stay'} ticked. `}
            {change.dropped > 0 &&
              `${change.dropped === 1 ? 'One step' : `${change.dropped} steps`} you had ticked ${change.dropped === 1 ? 'is' : 'are'} no longer part of it. `}
            Please look over the steps again.
          </p>
        )}
        <p class="cc-guide-summary">{guide.summary}</p>
        <ul class="cc-chips" aria-label="About this guide">
          <li>{EFFORT_LABELS[guide.effort]}</li>
          <li class={guide.risk.level === 'caution' ? 'cc-chip-caution' : 'cc-chip-safe'}>
            {guide.risk.level === 'caution' ? 'Needs care' : 'Safe to try'}
          </li>
        </ul>
        <p>{guide.why}</p>
        {guide.risk.level === 'caution' && (
          <div class="cc-caution" role="note">
            <p>
              <strong>Please read before you start: </strong>
              {guide.risk.caution}
            </p>
          </div>
        )}
        <h2>Steps</h2>
        <PlatformTabs
          idBase={`guide-${guide.id}`}
          platforms={tabs}
          selected={selected}
          onSelect={props.onChoosePlatform}
        >
          <StepChecklist
            guide={guide}
            platform={selected}
            isDone={props.isDone}
            isAcknowledged={props.isAcknowledged}
            onToggle={props.onToggle}
            onAcknowledge={props.onAcknowledge}
          />
        </PlatformTabs>
        <FixedQuestion
          guideId={guide.id}
          outcome={props.outcome}
          next={props.next}
          onAnswer={props.onAnswer}
        />
      </div>
      {guide.appleArticles.length > 0 && (
        <aside class="cc-apple" aria-labelledby={`${titleId}-apple`}>
          <h2 id={`${titleId}-apple`}>Apple’s article</h2>
          <p class="cc-muted">Apple’s own guidance on this, to read alongside ours:</p>
          <ul>
            {guide.appleArticles.map((a) => (
              <li key={a.url}>
                <a href={a.url} target="_blank" rel="noopener noreferrer">
                  {a.title}
                  <span class="cc-visually-hidden"> (opens in a new tab)</span>
                </a>
              </li>
            ))}
          </ul>
        </aside>
      )}
    </article>
  );
}
