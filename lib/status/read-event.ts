/**
 * One event object from the feed → a StatusEvent, validating each field with its real
 * nullability. Fields that decide state (messageId, statusType, eventStatus) must be readable or
 * the event is refused (and its service becomes unknown); display fields degrade to null.
 */
import { eventKind, eventPhase } from './event-meaning';
import type { StatusEvent } from './types';
import { isRecord } from '../is-record';

export type EventRead = { ok: true; event: StatusEvent; warnings: string[] } | { ok: false; reason: string };

/** Epoch milliseconds, plausible (after 2000, before 2200); anything else is null. */
function epochMs(value: unknown): number | null {
  return typeof value === 'number' &&
    Number.isFinite(value) &&
    value > 946_684_800_000 &&
    value < 7_258_118_400_000
    ? value
    : null;
}

export function readEvent(raw: unknown, serviceId: string): EventRead {
  if (!isRecord(raw)) return { ok: false, reason: 'an event is not an object' };
  const { messageId, statusType, eventStatus, message, usersAffected, epochStartDate, epochEndDate } = raw;
  const id =
    typeof messageId === 'string' && messageId.trim() !== ''
      ? messageId.trim()
      : typeof messageId === 'number' && Number.isFinite(messageId)
        ? String(messageId)
        : null;
  if (id === null) return { ok: false, reason: 'an event has no messageId' };
  if (typeof statusType !== 'string') return { ok: false, reason: `event ${id} has no statusType` };
  if (typeof eventStatus !== 'string') return { ok: false, reason: `event ${id} has no eventStatus` };

  const warnings: string[] = [];
  const startsAt = epochMs(epochStartDate);
  if (startsAt === null) warnings.push(`event ${id} has no readable epochStartDate`);
  const endsAt = epochMs(epochEndDate);
  if (endsAt === null && epochEndDate !== null && epochEndDate !== undefined) {
    warnings.push(`event ${id} has an unreadable epochEndDate`);
  }
  if (typeof message !== 'string') warnings.push(`event ${id} has no message`);
  return {
    ok: true,
    warnings,
    event: {
      serviceId,
      messageId: id,
      kind: eventKind(statusType),
      phase: eventPhase(eventStatus),
      startsAt,
      endsAt,
      message: typeof message === 'string' ? message.trim() : '',
      usersAffected:
        typeof usersAffected === 'string' && usersAffected.trim() !== '' ? usersAffected.trim() : null,
    },
  };
}
