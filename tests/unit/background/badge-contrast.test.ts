/**
 * The toolbar badge must read at 16 px on light and dark toolbars: WCAG contrast of each badge
 * colour against its text (4.5:1, text) and against typical toolbars (3:1, non-text), and of the
 * icon against the same toolbars.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BADGE_COLOURS, BADGE_TEXT_COLOUR } from '@/entrypoints/background/badge';

/** Chrome's toolbar in its light and dark themes (the default and the incognito/dark frames). */
const TOOLBARS = {
  'light #ffffff': '#ffffff',
  'light #f1f3f4': '#f1f3f4',
  'dark #202124': '#202124',
  'dark #35363a': '#35363a',
} as const;

function luminance(hex: string): number {
  const channel = (i: number) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
}

/** WCAG 2 contrast ratio of two #rrggbb colours, 1 to 21. */
function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

describe('contrast', () => {
  it('measures as WCAG does', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
    expect(contrast('#ffffff', '#ffffff')).toBe(1);
  });
});

const colours = Object.entries(BADGE_COLOURS);

describe('the badge colours', () => {
  it.each(colours)('%s (%s) carries its text at 4.5:1 or more', (_, background) => {
    expect(contrast(background, BADGE_TEXT_COLOUR)).toBeGreaterThanOrEqual(4.5);
  });

  it.each(
    colours.flatMap(([name, colour]) =>
      Object.entries(TOOLBARS).map(([bar, hex]) => [name, colour, bar, hex]),
    ),
  )('%s (%s) stands out from the %s toolbar at 3:1 or more', (_, colour, __, toolbar) => {
    expect(contrast(colour, toolbar)).toBeGreaterThanOrEqual(3);
  });

  it('keeps red, amber and grey apart from one another', () => {
    const hues = new Set(Object.values(BADGE_COLOURS).map((c) => c.toLowerCase()));
    expect(hues.size).toBe(3);
  });
});

describe('the toolbar icon', () => {
  // The icon's own colours, as drawn: every fill and stroke of assets/icon.svg.
  const svg = readFileSync(resolve(process.cwd(), 'assets/icon.svg'), 'utf8');
  const iconColours = [...new Set([...svg.matchAll(/(?:fill|stroke)="(#[0-9a-f]{6})"/gi)].map((m) => m[1]!))];

  it('is drawn in known colours', () => {
    expect(iconColours.length).toBeGreaterThanOrEqual(2);
  });

  it.each(Object.entries(TOOLBARS))('has a shape at 3:1 or more against the %s toolbar', (_, toolbar) => {
    expect(Math.max(...iconColours.map((c) => contrast(c, toolbar)))).toBeGreaterThanOrEqual(3);
  });
});
