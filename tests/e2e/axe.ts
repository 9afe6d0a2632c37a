/** axe-core in a page of the real browser: the serious and critical accessibility violations. */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';

const AXE_SOURCE = readFileSync(new URL('../../node_modules/axe-core/axe.min.js', import.meta.url), 'utf8');

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown[] }[];
}

export interface AxeOutcome {
  /** "rule (impact): help — targets" for each serious or critical violation. */
  serious: string[];
  /** How many rules passed: proof that axe looked at something. */
  passes: number;
}

/**
 * Runs axe on the page, or only inside the element `within` names (a selector in the light DOM
 * whose open shadow root axe also reads). Extension pages forbid inline scripts, so axe's source
 * is evaluated through the DevTools protocol rather than added as a script tag.
 */
export async function axeCheck(page: Page, within?: string): Promise<AxeOutcome> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  const { violations, passes } = await page.evaluate(async (scope) => {
    const axe = (
      window as unknown as {
        axe: { run(context?: unknown): Promise<{ violations: AxeViolation[]; passes: unknown[] }> };
      }
    ).axe;
    const results = await axe.run(scope ? { include: [[scope]] } : document);
    return { violations: results.violations, passes: results.passes.length };
  }, within ?? null);
  const serious = violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`,
    );
  return { serious, passes };
}

/** The serious and critical violations of a whole page, after checking that axe really ran. */
export async function seriousViolations(page: Page, within?: string): Promise<string[]> {
  const { serious, passes } = await axeCheck(page, within);
  if (passes < 5) throw new Error(`axe passed only ${passes} rules: it did not look at the page`);
  return serious;
}
