import { useEffect, useRef, useState } from 'preact/hooks';
import type { FeedbackMessage } from './Feedback';

interface Props {
  exportData: () => Promise<string>;
  clearData: () => Promise<void>;
  onFeedback: (message: FeedbackMessage) => void;
}

/** Export everything Cloud Checkup keeps, or delete it, after a confirmation. */
export function MyDataSection({ exportData, clearData, onFeedback }: Props) {
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const clearButton = useRef<HTMLButtonElement>(null);
  const confirmButton = useRef<HTMLButtonElement>(null);
  // Where focus goes after the next render: onto the question, or back to the button that asked.
  const [focusNext, setFocusNext] = useState<'question' | 'clear' | null>(null);

  useEffect(() => {
    if (focusNext === null) return;
    (focusNext === 'question' ? confirmButton : clearButton).current?.focus();
    setFocusNext(null);
  }, [focusNext]);

  const runExport = () => {
    setBusy(true);
    exportData()
      .then(
        (file) => onFeedback({ kind: 'ok', text: `Exported your data to ${file} in your downloads.` }),
        () => onFeedback({ kind: 'error', text: 'Could not export your data. Nothing was changed.' }),
      )
      .finally(() => setBusy(false));
  };
  const ask = () => {
    setConfirming(true);
    setFocusNext('question');
  };
  const cancel = () => {
    setConfirming(false);
    setFocusNext('clear');
  };
  const confirm = () => {
    setBusy(true);
    clearData()
      .then(
        () =>
          onFeedback({
            kind: 'ok',
            text: 'Cleared: readings, history and guide progress are gone, and settings are back to their defaults.',
          }),
        () => onFeedback({ kind: 'error', text: 'Could not clear all of your data. Try again.' }),
      )
      .finally(() => {
        setBusy(false);
        setConfirming(false);
        setFocusNext('clear');
      });
  };

  return (
    <section class="cc-card" aria-labelledby="my-data-h">
      <h2 id="my-data-h">My data</h2>
      <p class="cc-help">
        Cloud Checkup keeps everything on this device: your settings, what it read on iCloud.com, Apple’s
        status and their history. It sends none of it anywhere.
      </p>
      <div class="cc-actions">
        <button type="button" class="cc-button" disabled={busy} onClick={runExport}>
          Export my data
        </button>
        <button
          type="button"
          class="cc-button cc-danger"
          ref={clearButton}
          disabled={busy}
          aria-expanded={confirming}
          aria-controls="clear-confirm"
          onClick={confirming ? cancel : ask}
        >
          Clear my data…
        </button>
      </div>
      <div id="clear-confirm" hidden={!confirming}>
        {confirming && (
          <div class="cc-confirm" role="group" aria-labelledby="clear-question">
            <p id="clear-question">
              Delete all storage readings, status history and guide progress, and put every setting back to
              its default? This cannot be undone.
            </p>
            <div class="cc-actions">
              <button
                type="button"
                class="cc-button cc-danger"
                ref={confirmButton}
                disabled={busy}
                onClick={confirm}
              >
                Yes, clear my data
              </button>
              <button type="button" class="cc-button" disabled={busy} onClick={cancel}>
                Cancel
              </button>
            </div>
          </div>
        )}
      </div>
    </section>
  );
}
