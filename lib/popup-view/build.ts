/**
 * What the popup shows, decided in one place from the evaluator's conditions and their inputs: the
 * headline and the other problems with their ranked fixes, the storage card's facts, Apple's word
 * on the services, and the 7-day strip. The background builds it and sends it as data (and keeps
 * the latest under one storage key); the popup only validates and draws it, so it loads no
 * evaluator, no guides and no database.
 */
import { overviewOf, storageTone, toneOf } from '../conditions/overview';
import type { ConditionId } from '../conditions/ids';
import type { Condition, ConditionInput } from '../conditions/types';
import type { FixesByCondition } from '../guides/rank';
import type { StatusEventRecord } from '../history-db';
import { incidentDays } from '../status/incident-days';
import { serviceRows } from '../status/service-rows';
import {
  HISTORY_STRIP_DAYS,
  POPUP_VIEW_VERSION,
  type HeadlineView,
  type PopupView,
  type ProblemView,
  type ServicesView,
  type StorageView,
} from './types';

const STATUS_IDS: readonly ConditionId[] = ['outage', 'maintenance', 'status-unknown'];

export function servicesViewOf(
  conditions: readonly Condition[],
  input: Pick<ConditionInput, 'snapshot' | 'settings' | 'now'>,
): ServicesView {
  const status = conditions.filter((c) => STATUS_IDS.includes(c.id));
  const problem = status.find((c) => c.id === 'outage' || c.id === 'status-unknown');
  return {
    affected: status.flatMap((c) => c.facts.services ?? []),
    unknown: status.some((c) => c.id === 'status-unknown'),
    rows: serviceRows(input.snapshot, input.settings, input.now),
    checkedAt: input.snapshot?.fetchedAt ?? null,
    summary: problem ? problem.sentence : 'Apple reports no issues.',
    accessMissing: conditions.some((c) => c.facts.statusAccess === 'missing'),
  };
}

export function storageViewOf(
  conditions: readonly Condition[],
  input: Pick<ConditionInput, 'storage' | 'forecast'>,
): StorageView {
  return {
    reading: input.storage,
    tone: storageTone(conditions),
    stale: conditions.some((c) => c.id === 'storage-stale'),
    refused: conditions.some((c) => c.id === 'upload-blocked'),
    forecast: input.forecast,
  };
}

export interface PopupViewSources {
  input: ConditionInput;
  conditions: readonly Condition[];
  fixes: FixesByCondition;
  /** Status events of the last days, for the strip. */
  events: readonly StatusEventRecord[];
  /** Times of successful status reads, the latest per day. */
  checked: readonly number[];
}

/** The popup's view of the conditions as evaluated at `input.now`. Pure. */
export function popupViewOf({ input, conditions, fixes, events, checked }: PopupViewSources): PopupView {
  const problem = (c: Condition): ProblemView => ({
    id: c.id,
    tone: toneOf(c),
    sentence: c.sentence,
    fixes: fixes[c.id] ?? [],
  });
  const overview = overviewOf(conditions, input);
  const headline: HeadlineView =
    overview.kind === 'problem'
      ? { kind: 'problem', top: problem(overview.top), others: overview.others.map(problem) }
      : overview.kind === 'all-clear'
        ? { kind: 'all-clear', checkedAt: overview.checkedAt }
        : { kind: 'first-check' };
  const lastSuccess = input.poll.lastSuccessAt;
  return {
    v: POPUP_VIEW_VERSION,
    at: input.now,
    headline,
    storage: storageViewOf(conditions, input),
    services: servicesViewOf(conditions, input),
    days: incidentDays(events, input.settings.watchedServices, input.now, HISTORY_STRIP_DAYS, [
      ...checked,
      ...(lastSuccess !== null ? [lastSuccess] : []),
    ]),
  };
}
