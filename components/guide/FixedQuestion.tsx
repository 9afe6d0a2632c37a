import type { Guide } from '@/lib/guides/types';
import type { Outcome } from '@/lib/guides/progress';
import { guideHref } from '@/lib/guides/route';

interface FixedQuestionProps {
  guideId: string;
  outcome: Outcome | null;
  /** What to try next when it did not help. */
  next: Guide | undefined;
  onAnswer: (outcome: Outcome | null) => void;
}

/** "Did this fix it?": remembered per guide, and changeable. */
export function FixedQuestion({ guideId, outcome, next, onAnswer }: FixedQuestionProps) {
  const headingId = `fixed-${guideId}`;
  return (
    <section class="cc-fixed" aria-labelledby={headingId}>
      <h2 id={headingId}>Did this fix it?</h2>
      <div class="cc-fixed-buttons">
        <button
          type="button"
          aria-pressed={outcome === 'fixed'}
          onClick={() => onAnswer(outcome === 'fixed' ? null : 'fixed')}
        >
          Yes, it’s fixed
        </button>
        <button
          type="button"
          aria-pressed={outcome === 'not-fixed'}
          onClick={() => onAnswer(outcome === 'not-fixed' ? null : 'not-fixed')}
        >
          No, not yet
        </button>
      </div>
      <div aria-live="polite">
        {outcome === 'fixed' && (
          <p>Wonderful, glad that sorted it. We’ll remember this guide worked for you.</p>
        )}
        {outcome === 'not-fixed' && (
          <p>
            Sorry it didn’t do the trick. Don’t worry, there are other things to try.
            {next && (
              <>
                {' '}
                Next up: <a href={guideHref(next.id)}>{next.title}</a>.
              </>
            )}
          </p>
        )}
      </div>
    </section>
  );
}
