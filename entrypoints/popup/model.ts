/**
 * The popup's state as signals: the view the background evaluated (lib/popup-view.ts), taken from
 * the one the background last stored when it is recent, then from the background's answer, then
 * from each view it stores while the popup is open. The newest evaluation wins. The popup decides
 * nothing about the conditions: it validates the view and draws it.
 *
 * A recent stored view is drawn first and the fresh one asked for once it is on screen: asking
 * wakes the worker and has it evaluate, work that would otherwise compete with the popup's first
 * drawing. Without a usable stored view the popup asks at once.
 */
import { batch, signal } from '@preact/signals';
import type { RefreshState } from '@/components/popup/ServicesCard';
import { parsePopupView, parsePopupViewAnswer } from '@/lib/messages';
import { STORED_VIEW_MAX_AGE_MS, type PopupView } from '@/lib/popup-view/types';

/** Without a view by then, the popup says that the background did not answer. */
export const ANSWER_TIMEOUT_MS = 10_000;

/** Where the popup's data comes from; the page passes the real sources, tests their own. */
export interface PopupSources {
  /** The view the background stored after its last evaluation (unchecked). */
  readStored: () => Promise<unknown>;
  /**
   * Asks the background for a view evaluated now (after polling Apple's status when `check`);
   * asking wakes a sleeping worker. Resolves with its answer (unchecked).
   */
  ask: (check: boolean) => Promise<unknown>;
  /** Calls back with each view the background stores (unchecked); returns an unwatch. */
  watch: (onView: (value: unknown) => void) => () => void;
  /** Calls back once what is drawn now has been painted. */
  afterPaint: (callback: () => void) => void;
  now: () => number;
}

export type PopupModel = ReturnType<typeof createPopupModel>;

export function createPopupModel(sources: PopupSources) {
  const view = signal<PopupView | null>(null);
  const loadError = signal(false);
  const now = signal(sources.now());
  const refresh = signal<RefreshState>({ kind: 'idle' });

  /** Shows `next` unless what is shown was evaluated later. */
  function show(next: PopupView | null): void {
    if (!next || (view.value !== null && view.value.at > next.at)) return;
    batch(() => {
      view.value = next;
      loadError.value = false;
      now.value = sources.now();
    });
  }

  /** Asks for a fresh view; without an answer and nothing to show, says so. */
  function ask(): Promise<void> {
    return sources
      .ask(false)
      .then((answer) => {
        const parsed = parsePopupViewAnswer(answer);
        if (!parsed) throw new Error('no view in the answer');
        show(parsed.view);
      })
      .catch(() => {
        if (view.value === null) loadError.value = true;
      });
  }

  // A stored view is what the background decided at its last evaluation, the same as the badge;
  // an old one is not what it would say now, so the popup waits for the answer instead.
  const stored = sources
    .readStored()
    .then((value) => {
      const parsed = parsePopupView(value);
      if (parsed && sources.now() - parsed.at <= STORED_VIEW_MAX_AGE_MS) show(parsed);
    })
    .catch(() => undefined);
  const asked = stored.then(() =>
    view.value === null
      ? ask()
      : new Promise<void>((done) => sources.afterPaint(() => void ask().then(done))),
  );

  /** Resolves once there is something to draw: a usable stored view, or the answer (or its failure). */
  const ready = stored.then(() => (view.value !== null ? undefined : asked));

  const answerTimer = setTimeout(() => {
    if (view.value === null) loadError.value = true;
  }, ANSWER_TIMEOUT_MS);

  const unwatch = sources.watch((value) => {
    // Removed: the background could not evaluate (or the data was cleared). Ask again rather
    // than keep showing what no longer holds.
    if (value === undefined || value === null) {
      view.value = null;
      void ask();
      return;
    }
    show(parsePopupView(value));
  });

  async function refreshNow(): Promise<void> {
    if (refresh.value.kind === 'checking') return;
    refresh.value = { kind: 'checking' };
    try {
      const answer = parsePopupViewAnswer(await sources.ask(true));
      if (answer) show(answer.view);
      refresh.value =
        answer?.check === 'ok'
          ? { kind: 'done', ok: true, text: `Checked just now. ${answer.view.services.summary}` }
          : {
              kind: 'done',
              ok: false,
              text:
                answer?.check === 'failed'
                  ? "Could not read Apple's System Status. Showing what was read before."
                  : 'The check did not run. Showing what was read before.',
            };
    } catch {
      refresh.value = {
        kind: 'done',
        ok: false,
        text: "Could not ask for a check: the extension's background did not answer. Try again in a moment.",
      };
    }
  }

  const ticker = setInterval(() => (now.value = sources.now()), 30_000);

  return {
    view,
    loadError,
    now,
    refresh,
    ready,
    refreshNow,
    dispose() {
      clearInterval(ticker);
      clearTimeout(answerTimer);
      unwatch();
    },
  };
}
