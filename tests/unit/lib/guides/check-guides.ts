import { isRecord } from '@/lib/is-record';
import { parseGuide } from '@/lib/guides/validate';

/** Problems with a whole set of guides: each guide's own, plus ids that repeat. */
export function checkGuides(guides: readonly unknown[]): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  guides.forEach((g, i) => {
    const parsed = parseGuide(g);
    const name = isRecord(g) && typeof g.id === 'string' ? g.id : `#${i}`;
    if (!parsed.ok) problems.push(...parsed.problems.map((p) => `${name}: ${p}`));
    else if (seen.has(parsed.value.id)) problems.push(`${name}: id is used twice`);
    else seen.add(parsed.value.id);
  });
  return problems;
}
