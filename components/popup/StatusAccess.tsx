import { useState } from 'preact/hooks';
import type { Condition } from '@/lib/conditions/types';

interface Props {
  /** The evaluated conditions; the card shows only when one says access is missing. */
  conditions: readonly Condition[];
  /** Asks the browser for host access (it must be called inside the click); true when given. */
  onAllow: () => Promise<boolean>;
}

type Asked = 'not-yet' | 'refused' | 'failed';

/**
 * The evaluator found that Cloud Checkup may not read Apple's status page (the person withdrew host
 * access): offer to ask for it again. The browser shows its prompt only from a click.
 */
export function StatusAccess({ conditions, onAllow }: Props) {
  const [asked, setAsked] = useState<Asked>('not-yet');
  if (!conditions.some((c) => c.facts.statusAccess === 'missing')) return null;
  const allow = () => {
    onAllow().then(
      (given) => setAsked(given ? 'not-yet' : 'refused'),
      () => setAsked('failed'),
    );
  };
  return (
    <section class="cc-card cc-status-access" aria-label="Access to Apple's status">
      <p>To see outages, Cloud Checkup needs your permission to read Apple's System Status page.</p>
      <button type="button" class="cc-primary" onClick={allow}>
        Allow reading Apple's status
      </button>
      <p role="status" aria-live="polite">
        {asked === 'refused'
          ? 'Permission was not given: Apple’s status stays unknown.'
          : asked === 'failed'
            ? 'The browser could not ask for the permission.'
            : ''}
      </p>
    </section>
  );
}
