/**
 * The background's ranked fixes of the active conditions, for the guide page's plans: taken from
 * the view the background builds for the popup (lib/popup-view/), so a plan knows what the popup
 * knows (where the problem was seen, whether Apple's status was read) and decides none of it. A
 * recent stored view is used at once; an old or missing one is replaced by asking the background
 * (which wakes it and has it evaluate). Each view the background stores later replaces it.
 */
import type { FixesByCondition } from '@/lib/guides/rank';
import { parsePopupView, parsePopupViewAnswer } from '@/lib/messages';
import { STORED_VIEW_MAX_AGE_MS, type PopupView } from '@/lib/popup-view/types';

export interface ViewSources {
  /** The view the background stored after its last evaluation (unchecked). */
  readStored: () => Promise<unknown>;
  /** Asks the background for a view evaluated now (unchecked answer). */
  ask: () => Promise<unknown>;
  /** Calls back with each view the background stores (unchecked); returns an unwatch. */
  watch: (onView: (value: unknown) => void) => () => void;
  now: () => number;
}

/** The ranked fixes of each problem the view names; none when all is clear. */
export function activeFixesOf(view: PopupView): FixesByCondition {
  if (view.headline.kind !== 'problem') return {};
  const { top, others } = view.headline;
  return Object.fromEntries([top, ...others].map((p) => [p.id, p.fixes]));
}

/**
 * Calls `onFixes` with the active conditions' fixes as the background last ranked them, and again
 * with each newer view; with null when it cannot tell (no view, a damaged or removed one, no
 * answer), so the page ranks from the guides alone. Resolves once the first value has been given.
 */
export async function followActiveFixes(
  sources: ViewSources,
  onFixes: (fixes: FixesByCondition | null) => void,
): Promise<() => void> {
  let shownAt: number | null = null;
  const take = (view: PopupView | null) => {
    if (view && shownAt !== null && view.at < shownAt) return;
    shownAt = view?.at ?? null;
    onFixes(view ? activeFixesOf(view) : null);
  };
  const unwatch = sources.watch((value) => take(parsePopupView(value)));
  const stored = await sources.readStored().then(parsePopupView, () => null);
  if (stored && sources.now() - stored.at <= STORED_VIEW_MAX_AGE_MS) take(stored);
  else {
    const answer = await sources.ask().then(
      (value) => parsePopupViewAnswer(value)?.view ?? null,
      () => null,
    );
    // A view stored meanwhile is as good as the answer; without either, nothing is known.
    if (answer || shownAt === null) take(answer);
  }
  return unwatch;
}
