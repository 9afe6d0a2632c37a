import { mkdirSync, writeFileSync } from 'node:fs';

export interface Figure {
  name: string;
  value: number;
  unit: string;
  /** The target the figure is read against, in words ("≤ 10 KB gzipped"). */
  target?: string;
  /** Whether the figure is within its target, when it has one. */
  withinTarget?: boolean;
}

/** Prints a benchmark's figures as a table and keeps them in .output/bench/<name>.json. */
export function report(bench: string, figures: Figure[]): void {
  const lines = figures.map((f) => {
    const verdict = f.withinTarget === undefined ? '' : f.withinTarget ? '  ok' : '  OVER TARGET';
    return `  ${f.name.padEnd(48)} ${String(f.value).padStart(10)} ${f.unit.padEnd(6)} ${f.target ?? ''}${verdict}`;
  });
  console.log(`\n${bench}\n${lines.join('\n')}\n`);
  mkdirSync('.output/bench', { recursive: true });
  writeFileSync(`.output/bench/${bench}.json`, JSON.stringify(figures, null, 2));
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
