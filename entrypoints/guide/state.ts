/**
 * The guide page's state as signals: the library (database or bundled copy), progress kept in
 * memory first and written behind, the person's platforms, and what the page must tell them
 * about saving. Nothing the person ticked is dropped when a write fails: it stays in memory and
 * the page says it was not saved.
 */
import { computed, signal } from '@preact/signals';
import { browser } from 'wxt/browser';
import { getSettings, PLATFORMS, type Platform } from '@/lib/settings';
import { GOOD_TO_KNOW, GUIDES, STATUS_MESSAGES, THINGS_NOT_TO_DO } from '@/lib/guides/content';
import {
  openGuideLibrary,
  readOnlyLibrary,
  type GuideLibrary,
  type SaveResult,
  type SavingNotice,
} from '@/lib/guides/library';
import {
  summariseProgress,
  type Outcome,
  type OutcomeRecord,
  type StepProgress,
} from '@/lib/guides/progress';
import { planFor, type FixesByCondition, type Plan } from '@/lib/guides/rank';
import { parseGuideRoute } from '@/lib/guides/route';
import { MESSAGE_VERSION, type PopupViewMessage } from '@/lib/messages';
import { popupViewItem } from '@/lib/state-items';
import { followActiveFixes, type ViewSources } from './active-fixes';
import { buildSearchIndex } from '@/lib/guides/search';
import { openedEarly } from './open-early';
import type { GuideChange } from '@/lib/guides/db';
import type { Guide, GuideTopic } from '@/lib/guides/types';

const stepKey = (guideId: string, stepId: string) => `${guideId}\u0000${stepId}`;

export const library = signal<GuideLibrary | null>(null);
export const steps = signal<ReadonlyMap<string, StepProgress>>(new Map());
export const outcomes = signal<ReadonlyMap<string, OutcomeRecord>>(new Map());
export const savingNotice = signal<SavingNotice | null>(null);
export const platforms = signal<Platform[]>([...PLATFORMS]);
export const route = signal(parseGuideRoute(location.search, location.hash));
/** Cautions the person has read in this visit (step keys). */
export const acknowledged = signal<ReadonlySet<string>>(new Set());
/** The tab chosen per guide in this visit. */
export const chosenPlatform = signal<ReadonlyMap<string, Platform>>(new Map());

/** The background's ranked fixes of the active conditions; null while not known. */
export const activeFixes = signal<FixesByCondition | null>(null);

/** What the person typed in the header's search box. */
export const searchQuery = signal('');

export const guides = computed<readonly Guide[]>(() => library.value?.guides ?? GUIDES);
export const progress = computed(() =>
  summariseProgress([...steps.value.values()], [...outcomes.value.values()]),
);
export const searchIndex = computed(() =>
  buildSearchIndex(guides.value, STATUS_MESSAGES, THINGS_NOT_TO_DO, GOOD_TO_KNOW),
);

/** A problem's plan as the page shows it: the background's ranking while it is active (lib/guides/rank.ts). */
export function planOf(topic: GuideTopic): Plan {
  return planFor(topic, {
    guides: guides.value,
    progress: progress.value,
    platforms: platforms.value,
    active: activeFixes.value,
  });
}

/**
 * The content update that changed a guide the person had started, while they have not ticked
 * anything in it since: the page says so until they carry on.
 */
export function changeFor(guideId: string): GuideChange | null {
  const change = library.value?.changes.find((c) => c.guideId === guideId);
  if (!change) return null;
  const since = [...steps.value.values()].some((s) => s.guideId === guideId && s.at > change.at);
  const answered = (outcomes.value.get(guideId)?.at ?? 0) > change.at;
  return since || answered ? null : change;
}

export function isStepDone(guideId: string, stepId: string): boolean {
  return steps.value.get(stepKey(guideId, stepId))?.done ?? false;
}

function report(result: SaveResult): void {
  if (result === 'quota' || result === 'failed') savingNotice.value = result;
  else if (result === 'saved' && (savingNotice.value === 'quota' || savingNotice.value === 'failed')) {
    savingNotice.value = null;
  }
}

export async function setStepDone(guideId: string, stepId: string, done: boolean): Promise<void> {
  const record: StepProgress = { guideId, stepId, done, at: Date.now() };
  steps.value = new Map(steps.value).set(stepKey(guideId, stepId), record);
  if (library.value) report(await library.value.saveStep(record));
}

export async function setOutcome(guideId: string, outcome: Outcome | null): Promise<void> {
  const next = new Map(outcomes.value);
  if (outcome === null) next.delete(guideId);
  else next.set(guideId, { guideId, outcome, at: Date.now() });
  outcomes.value = next;
  if (library.value)
    report(await library.value.saveOutcome(outcome === null ? { guideId, outcome } : next.get(guideId)!));
}

export function acknowledge(guideId: string, stepId: string): void {
  acknowledged.value = new Set(acknowledged.value).add(stepKey(guideId, stepId));
}

export function isAcknowledged(guideId: string, stepId: string): boolean {
  return acknowledged.value.has(stepKey(guideId, stepId));
}

export function choosePlatform(guideId: string, platform: Platform): void {
  chosenPlatform.value = new Map(chosenPlatform.value).set(guideId, platform);
}

/** Takes a library's stored progress, keeping anything newer that was ticked here meanwhile. */
function applyLibrary(next: GuideLibrary): void {
  const merged = new Map(next.steps.map((s) => [stepKey(s.guideId, s.stepId), s]));
  const unsaved: StepProgress[] = [];
  for (const [key, mine] of steps.value) {
    const stored = merged.get(key);
    if (!stored || stored.at < mine.at) {
      merged.set(key, mine);
      unsaved.push(mine);
    }
  }
  steps.value = merged;
  outcomes.value = new Map([...next.outcomes.map((o) => [o.guideId, o] as const), ...outcomes.value]);
  library.value = next;
  savingNotice.value = next.readOnly;
  for (const s of unsaved) void next.saveStep(s).then(report);
}

/** The background's view: its stored item, and the popup's question to ask for a fresh one. */
const backgroundView: ViewSources = {
  readStored: () => popupViewItem.getValue(),
  ask: () =>
    browser.runtime.sendMessage({
      v: MESSAGE_VERSION,
      type: 'popup-view',
      check: false,
    } satisfies PopupViewMessage),
  watch: (onView) => popupViewItem.watch((value) => onView(value)),
  now: Date.now,
};

/**
 * How long the first drawing waits for a background that has to be asked (no recent stored view):
 * after that the plans are ranked from the guides alone until its answer comes.
 */
export const ASK_WAIT_MS = 1000;

export async function loadGuidePage(sources: ViewSources = backgroundView): Promise<void> {
  let opened = false;
  const settings = getSettings()
    .then((s) => {
      if (s.platforms.length > 0) platforms.value = s.platforms;
    })
    .catch(() => undefined);
  const known = Promise.race([
    followActiveFixes(sources, (fixes) => (activeFixes.value = fixes)),
    new Promise((resolve) => setTimeout(resolve, ASK_WAIT_MS)),
  ]);
  const next = await openGuideLibrary({
    open: openedEarly,
    // Another Cloud Checkup page holds the old database open: show the bundled guides meanwhile.
    blocked: () => {
      if (!opened) applyLibrary(readOnlyLibrary('blocked'));
    },
    closedForUpgrade: () => {
      savingNotice.value = 'closed';
    },
    terminated: () => {
      savingNotice.value = 'closed';
    },
  });
  opened = true;
  await Promise.all([settings, known]);
  applyLibrary(next);
}

export function followAddress(): void {
  route.value = parseGuideRoute(location.search, location.hash);
}
