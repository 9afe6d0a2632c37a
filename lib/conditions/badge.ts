/**
 * The toolbar badge and its tooltip, from the evaluated conditions. The badge shows the most
 * severe condition that has one; the tooltip lists every active condition with the age of its
 * data, and says what is known (or honestly unknown) about storage and Apple's status.
 */
import type { ConditionId } from './ids';
import type { BadgeView, Condition, ConditionInput } from './types';
import { ageOf } from './condition';
import { HEADLINE_WORDS, NO_ISSUES_WORDS, overviewOf } from './overview';
import { TIME } from './limits';
import { formatPercent, formatRelativeTime, percentUsed } from '../format';

/** What the tooltip may say beyond the conditions themselves. */
export type TooltipContext = Pick<ConditionInput, 'storage' | 'snapshot' | 'settings' | 'poll'>;

const TITLE = 'Cloud Checkup';
// upload-blocked says storage is full in Apple's words: no "storage unknown" line beside it.
const STORAGE_IDS: readonly ConditionId[] = ['storage-full', 'storage-nearly-full', 'upload-blocked'];
const STATUS_IDS: readonly ConditionId[] = ['outage', 'status-unknown', 'maintenance'];
const PHOTOS_IDS: readonly ConditionId[] = ['upload-blocked', 'upload-refused', 'upload-stalled'];

/** "read 3 h ago" for storage, "seen …" for Photos, "checked …" for Apple's status. */
function ageWords(condition: Condition, now: number): string | null {
  // Their own sentences already say how old the reading is.
  if (condition.dataAgeMs === null || condition.id === 'storage-stale' || condition.id === 'status-unknown')
    return null;
  const ago = formatRelativeTime(now - condition.dataAgeMs, now);
  if (STATUS_IDS.includes(condition.id)) return `checked ${ago}`;
  if (PHOTOS_IDS.includes(condition.id)) return `seen ${ago}`;
  return `read ${ago}`;
}

function storageSummary(context: TooltipContext | undefined, now: number, withAge = true): string {
  const storage = context?.storage;
  if (!storage) return 'storage unknown (open iCloud.com settings to read it)';
  const percent = percentUsed(storage.usedBytes, storage.totalBytes);
  const age = ageOf(storage.readAt, now);
  const amount = percent !== null ? `storage ${formatPercent(percent)} used` : 'storage amount unknown';
  // A reading from today needs no date; an older one says how old it is.
  return withAge && age >= TIME.DAY ? `${amount} (read ${formatRelativeTime(storage.readAt, now)})` : amount;
}

function statusSummary(context: TooltipContext | undefined, now: number): string {
  if (context && context.settings.watchedServices.length === 0) return 'no Apple services watched';
  const snapshot = context?.snapshot;
  if (!snapshot) return "Apple's status unknown";
  return `${NO_ISSUES_WORDS} · checked ${formatRelativeTime(snapshot.fetchedAt, now)}`;
}

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export function tooltipFor(conditions: readonly Condition[], now: number, context?: TooltipContext): string {
  const lines = [TITLE];
  if (conditions.length === 0 && context) {
    // The popup's headline first, in its words; then what it rests on.
    const overview = overviewOf(conditions, context);
    if (overview.kind !== 'problem') lines[0] = `${TITLE}: ${HEADLINE_WORDS[overview.kind]}`;
    if (overview.kind !== 'first-check') lines.push(capitalised(statusSummary(context, now)));
    lines.push(capitalised(storageSummary(context, now)));
    return lines.join('\n');
  }
  for (const condition of conditions) {
    const age = ageWords(condition, now);
    lines.push(age ? `${condition.sentence.replace(/\.$/, '')} · ${age}` : condition.sentence);
  }
  if (!conditions.some((c) => STORAGE_IDS.includes(c.id))) {
    // storage-stale's own sentence already gives the reading's age.
    const withAge = !conditions.some((c) => c.id === 'storage-stale');
    lines.push(capitalised(storageSummary(context, now, withAge)));
  }
  if (!conditions.some((c) => STATUS_IDS.includes(c.id))) {
    lines.push(capitalised(statusSummary(context, now)));
  }
  return lines.join('\n');
}

/**
 * The badge of the most severe condition that has one (the conditions come sorted by priority),
 * and the tooltip. `context` lets the tooltip say what is known when nothing is wrong.
 */
export function badgeFor(conditions: readonly Condition[], now: number, context?: TooltipContext): BadgeView {
  const shown = [...conditions].sort((a, b) => a.priority - b.priority).find((c) => c.badge !== null);
  return {
    text: shown?.badge?.text ?? '',
    colour: shown?.badge?.colour ?? null,
    tooltip: tooltipFor(conditions, now, context),
  };
}
