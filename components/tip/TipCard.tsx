import { useEffect, useState } from 'preact/hooks';
import type { TipView } from '@/lib/tips/messages';

export interface TipActions {
  openGuide(guideId?: string): void;
  snooze(): void;
  turnOffTips(): void;
}

interface TipCardProps {
  tip: TipView;
  actions: TipActions;
}

/**
 * The tip drawn on iCloud.com: the condition in one sentence, one or two fixes, and ways out.
 * It never takes focus; the sentence is announced politely through a status region that is
 * filled after mounting, so screen readers notice the change.
 */
export function TipCard({ tip, actions }: TipCardProps) {
  const [announced, setAnnounced] = useState('');
  useEffect(() => {
    const timer = setTimeout(() => setAnnounced(`Cloud Checkup: ${tip.sentence}`), 50);
    return () => clearTimeout(timer);
  }, [tip.sentence]);

  return (
    <section class="tip" aria-labelledby="cc-tip-title">
      <p class="visually-hidden" role="status">
        {announced}
      </p>
      <header>
        <h2 id="cc-tip-title">Cloud Checkup</h2>
      </header>
      <p class="sentence">{tip.sentence}</p>
      {tip.fixes.length > 0 && (
        <ul class="fixes" aria-label="Fixes">
          {tip.fixes.map((fix) => (
            <li key={fix.guideId}>
              <button type="button" class="link" onClick={() => actions.openGuide(fix.guideId)}>
                {fix.title}
              </button>
            </li>
          ))}
        </ul>
      )}
      <div class="actions">
        <button type="button" class="primary" onClick={() => actions.openGuide()}>
          Open guide
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
