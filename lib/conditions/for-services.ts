import { maintenanceSentence } from './rules/maintenance';
import { outageSentence } from './rules/outage';
import type { Condition } from './types';

/**
 * An outage or maintenance condition narrowed to the services in `ids`, worded by the same rules
 * as the whole; null when none of its services is among them. Other conditions are returned as
 * they are. Tips use it to speak only of the services that matter in the app in view.
 */
export function forServices(condition: Condition, ids: readonly string[], now: number): Condition | null {
  if (condition.id !== 'outage' && condition.id !== 'maintenance') return condition;
  const services = (condition.facts.services ?? []).filter((s) => ids.includes(s.id));
  if (services.length === 0) return null;
  if (services.length === condition.facts.services?.length) return condition;
  const sentence =
    condition.id === 'outage' ? outageSentence(services, now) : maintenanceSentence(services, now);
  return { ...condition, sentence, facts: { ...condition.facts, services } };
}
