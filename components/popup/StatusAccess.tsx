import { useState } from 'preact/hooks';

interface Props {
  /** The evaluator found access missing (from the popup's view); the card shows only then. */
  missing: boolean;
  /** Asks the browser for host access (it must be called inside the click); true when given. */
  onAllow: () => Promise<boolean>;
}

type Asked = 'not-yet' | 'refused' | 'failed';

/**
 * The evaluator found that Cloud Checkup may not read Apple's status page (the person withdrew host
 * access): offer to ask for it again. The browser shows its prompt only from a click.
 */
export function StatusAccess({ missing, onAllow }: Props) {
  const [asked, setAsked] = useState<Asked>('not-yet');
  if (!missing) return null;
  const allow = () => {
    onAllow().then(
      (given) => setAsked(given ? 'not-yet' : 'refused'),
      () => setAsked('failed'),
    );
  };
  return (
    // The headline says why; one button (in the headline when missing access is its subject).
    <section class="cc-status-access" aria-label="Access to Apple's status">
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
