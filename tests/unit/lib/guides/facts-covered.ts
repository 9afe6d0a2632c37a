/** Which facts of the guidance facts file the content covers, from the metadata on each entry. */
import type { FactId, Guide, Note, StatusMessage } from '@/lib/guides/types';

export function factsCovered(
  guides: readonly Guide[],
  statusMessages: readonly StatusMessage[],
  notes: readonly Note[],
): Set<FactId> {
  const covered = new Set<FactId>();
  const add = (facts: readonly FactId[] | undefined) => facts?.forEach((f) => covered.add(f));
  for (const guide of guides) {
    add(guide.sources.facts);
    add(guide.causes);
    guide.steps.forEach((s) => add(s.facts));
  }
  statusMessages.forEach((m) => add(m.facts));
  notes.forEach((n) => add(n.facts));
  return covered;
}
