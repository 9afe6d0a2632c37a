import type { Platform } from '@/lib/settings';
import { stepsFor, stepText } from '@/lib/guides/steps';
import type { Guide } from '@/lib/guides/types';

interface StepChecklistProps {
  guide: Guide;
  platform: Platform;
  isDone: (stepId: string) => boolean;
  isAcknowledged: (stepId: string) => boolean;
  onToggle: (stepId: string, done: boolean) => void;
  onAcknowledge: (stepId: string) => void;
}

/**
 * The guide's steps for one platform as a numbered checklist. A step with a caution shows the
 * caution first, and its box can be ticked only once the person has said they read it. The
 * number sits beside the step itself, never beside its caution.
 */
export function StepChecklist({
  guide,
  platform,
  isDone,
  isAcknowledged,
  onToggle,
  onAcknowledge,
}: StepChecklistProps) {
  const steps = stepsFor(guide, platform);
  const doneCount = steps.filter((s) => isDone(s.id)).length;
  return (
    <>
      <p class="cc-step-count" aria-live="polite">
        {doneCount} of {steps.length} steps done
      </p>
      <ol class="cc-steps">
        {steps.map((step, i) => {
          const inputId = `step-${guide.id}-${step.id}`;
          const cautionId = `${inputId}-caution`;
          const done = isDone(step.id);
          const locked = Boolean(step.caution) && !done && !isAcknowledged(step.id);
          const state = done ? 'done' : locked ? 'locked' : 'open';
          return (
            <li
              key={step.id}
              class={step.caution ? 'cc-step cc-step-cautioned' : 'cc-step'}
              data-state={state}
            >
              {step.caution && (
                <div class="cc-caution" id={cautionId}>
                  <p>
                    <strong>Before you do this: </strong>
                    {step.caution}
                  </p>
                  {locked && (
                    <button type="button" onClick={() => onAcknowledge(step.id)}>
                      I’ve read this
                    </button>
                  )}
                </div>
              )}
              <span class="cc-step-number" aria-hidden="true">
                {done ? '✓' : i + 1}
              </span>
              <div class="cc-step-row">
                <input
                  type="checkbox"
                  id={inputId}
                  checked={done}
                  disabled={locked}
                  aria-describedby={step.caution ? cautionId : undefined}
                  onChange={(e) => onToggle(step.id, e.currentTarget.checked)}
                />
                <label for={inputId}>{stepText(step, platform)}</label>
              </div>
              {locked && (
                <p class="cc-step-locked">Read the caution above first; then you can tick this step.</p>
              )}
              {step.note && <p class="cc-step-note">{step.note}</p>}
            </li>
          );
        })}
      </ol>
    </>
  );
}
