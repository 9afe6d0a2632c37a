import { useEffect, useState } from 'preact/hooks';
import type { TipTone, TipView } from '@/lib/tips/messages';

export interface TipActions {
  openGuide(guideId?: string): void;
  /** Hides the card on this page until the tip changes; nothing is stored. */
  close(): void;
  snooze(): void;
  turnOffTips(): void;
}

interface TipCardProps {
  tip: TipView;
  actions: TipActions;
}

/** What each tone's mark is called; the mark itself is drawn, the word is for screen readers. */
const TONE_WORDS: Record<TipTone, string> = {
  red: 'Needs action',
  amber: 'Warning',
  grey: 'Not known',
  info: 'Information',
};

/** The severity mark: a shape per tone (not colour alone), in the tone's colour. */
function ToneMark({ tone }: { tone: TipTone }) {
  const glyph = tone === 'grey' ? '?' : tone === 'info' ? 'i' : '!';
  return (
    <svg class="mark" viewBox="0 0 20 20" width="20" height="20" aria-hidden="true" focusable="false">
      {tone === 'amber' ? (
        <path d="M10 1.5 19 18H1z" fill="currentColor" />
      ) : tone === 'red' ? (
        <path d="M6.3 1h7.4L19 6.3v7.4L13.7 19H6.3L1 13.7V6.3z" fill="currentColor" />
      ) : (
        <circle cx="10" cy="10" r="9" fill="currentColor" />
      )}
      <text x="10" y={tone === 'amber' ? 16 : 14.5} text-anchor="middle" class="glyph">
        {glyph}
      </text>
    </svg>
  );
}

/**
 * The tip drawn on iCloud.com: a severity mark and tint, the condition in one sentence, one
 * primary action (the best fix, or the guide when no fix is known), and ways out: close, "Not
 * now" (snoozed) and "Don't show tips". It never takes focus; the sentence is announced politely
 * through a status region that is filled after mounting, so screen readers notice the change.
 */
export function TipCard({ tip, actions }: TipCardProps) {
  const [announced, setAnnounced] = useState('');
  useEffect(() => {
    const timer = setTimeout(() => setAnnounced(`Cloud Checkup: ${tip.sentence}`), 50);
    return () => clearTimeout(timer);
  }, [tip.sentence]);
  const fix = tip.fixes[0];

  return (
    <section class="tip" data-tone={tip.tone} aria-labelledby="cc-tip-title">
      <p class="cc-visually-hidden" role="status">
        {announced}
      </p>
      <header>
        <ToneMark tone={tip.tone} />
        <h2 id="cc-tip-title">
          Cloud Checkup<span class="cc-visually-hidden">: {TONE_WORDS[tip.tone]}</span>
        </h2>
        <button type="button" class="close" aria-label="Close tip" onClick={() => actions.close()}>
          <svg viewBox="0 0 12 12" width="12" height="12" aria-hidden="true" focusable="false">
            <path d="M2 2l8 8M10 2l-8 8" stroke="currentColor" stroke-width="1.6" stroke-linecap="round" />
          </svg>
        </button>
      </header>
      <p class="sentence">{tip.sentence}</p>
      <div class="actions">
        <button
          type="button"
          class="primary"
          onClick={() => (fix ? actions.openGuide(fix.guideId) : actions.openGuide())}
        >
          {fix ? fix.title : 'Open guide'}
        </button>
        <button type="button" onClick={() => actions.snooze()}>
          Not now
        </button>
      </div>
      <button type="button" class="link quiet" onClick={() => actions.turnOffTips()}>
        Don't show tips on iCloud.com
      </button>
    </section>
  );
}
