/**
 * The popup's state as signals: the evaluator's inputs, the 7-day event history and the ranked
 * fixes, read when the popup opens and again whenever an input changes. The conditions and the
 * overview come from the one evaluator; the fixes come ranked from the background.
 */
import { batch, computed, signal } from '@preact/signals';
import type { RefreshState } from '@/components/popup/ServicesCard';
import { incidentDays } from '@/components/popup/incident-days';
import { serviceRows } from '@/components/popup/services-view';
import { evaluateConditions } from '@/lib/conditions/evaluate';
import { overviewOf } from '@/lib/conditions/overview';
import type { ConditionInput } from '@/lib/conditions/types';
import type { FixesByCondition } from '@/lib/guides/rank';
import type { StatusEventRecord } from '@/lib/history-db';
import { readStoredPollRecord } from '@/lib/status/stored';

export const HISTORY_STRIP_DAYS = 7;

/** Where the popup's data comes from; the page passes the real sources, tests their own. */
export interface PopupSources {
  readInput: (now: number) => Promise<ConditionInput>;
  readEvents: (now: number) => Promise<StatusEventRecord[]>;
  /** Times of successful status reads, the latest per day. */
  readChecked: () => Promise<number[]>;
  /** The fixes for the current conditions, ranked by the background. */
  readFixes: () => Promise<FixesByCondition>;
  /** Calls back when any stored input changes; returns an unwatch. */
  watch: (onChange: () => void) => () => void;
  /** Asks the background to poll Apple's status now; resolves with its answer (a poll record). */
  pollNow: () => Promise<unknown>;
  now: () => number;
}

export type PopupModel = ReturnType<typeof createPopupModel>;

export function createPopupModel(sources: PopupSources) {
  const input = signal<ConditionInput | null>(null);
  const events = signal<StatusEventRecord[] | null>(null);
  const checked = signal<number[]>([]);
  const fixes = signal<FixesByCondition>({});
  const loadError = signal(false);
  const now = signal(sources.now());
  const refresh = signal<RefreshState>({ kind: 'idle' });

  const conditions = computed(() =>
    input.value ? evaluateConditions({ ...input.value, now: now.value }) : null,
  );
  const overview = computed(() =>
    input.value && conditions.value ? overviewOf(conditions.value, input.value) : null,
  );
  const services = computed(() =>
    input.value ? serviceRows(input.value.snapshot, input.value.settings, now.value) : null,
  );
  const days = computed(() =>
    input.value && events.value
      ? incidentDays(events.value, input.value.settings.watchedServices, now.value, HISTORY_STRIP_DAYS, [
          ...checked.value,
          ...(input.value.poll.lastSuccessAt !== null ? [input.value.poll.lastSuccessAt] : []),
        ])
      : null,
  );

  async function load(): Promise<void> {
    const at = sources.now();
    const [nextInput, nextEvents, nextChecked, nextFixes] = await Promise.all([
      sources.readInput(at),
      // The history and the fixes are extras: without them the strip says "not known" and the
      // problems are shown with a link to all fixes, rather than the popup failing.
      sources.readEvents(at).catch((): StatusEventRecord[] => []),
      sources.readChecked().catch((): number[] => []),
      sources.readFixes().catch((): FixesByCondition => ({})),
    ]);
    batch(() => {
      now.value = at;
      input.value = nextInput;
      events.value = nextEvents;
      checked.value = nextChecked;
      fixes.value = nextFixes;
      loadError.value = false;
    });
  }

  /** The first load; also the promise the page waits on before its first paint. */
  const ready = load().catch(() => {
    loadError.value = true;
  });

  let pending: ReturnType<typeof setTimeout> | undefined;
  const unwatch = sources.watch(() => {
    // Several items change together after a poll: read once.
    clearTimeout(pending);
    pending = setTimeout(() => void load().catch(() => (loadError.value = input.value === null)), 30);
  });

  /** What Apple's status now says, in the evaluator's words. */
  function statusWords(): string {
    const status = conditions.value?.find((c) => c.id === 'outage' || c.id === 'status-unknown');
    return status ? status.sentence : 'Apple reports no issues.';
  }

  async function refreshNow(): Promise<void> {
    if (refresh.value.kind === 'checking') return;
    refresh.value = { kind: 'checking' };
    const askedAt = sources.now();
    try {
      const record = readStoredPollRecord(await sources.pollNow());
      await load().catch(() => undefined);
      const succeeded =
        record.lastAttemptAt !== null &&
        record.lastAttemptAt >= askedAt - 1000 &&
        record.consecutiveFailures === 0;
      refresh.value = succeeded
        ? { kind: 'done', ok: true, text: `Checked just now. ${statusWords()}` }
        : {
            kind: 'done',
            ok: false,
            text:
              record.lastAttemptAt === null
                ? 'The check did not run. Showing what was read before.'
                : "Could not read Apple's System Status. Showing what was read before.",
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
    input,
    events,
    fixes,
    loadError,
    now,
    refresh,
    conditions,
    overview,
    services,
    days,
    ready,
    load,
    refreshNow,
    dispose() {
      clearInterval(ticker);
      clearTimeout(pending);
      unwatch();
    },
  };
}
