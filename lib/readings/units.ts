/**
 * Storage quantities as iCloud.com writes them ("1,2 GB", "540.9 MB", "45,3 Go"), in binary units
 * as Apple's API counts them (1 GB = 2^30 bytes), and the closed set of Apple's plan sizes.
 */

const GIB = 2 ** 30;
const TIB = 2 ** 40;

/** Apple's iCloud plans (and the legacy 20 GB and 1 TB): a total must be one of these. */
export const PLAN_SIZES_BYTES: readonly number[] = [5, 20, 50, 200]
  .map((g) => g * GIB)
  .concat([1, 2, 6, 12].map((t) => t * TIB));

export function isPlanSize(bytes: number): boolean {
  return PLAN_SIZES_BYTES.includes(bytes);
}

const UNIT_POWERS: Record<string, number> = {
  b: 0,
  o: 0,
  byte: 0,
  bytes: 0,
  kb: 1,
  ko: 1,
  mb: 2,
  mo: 2,
  gb: 3,
  go: 3,
  tb: 4,
  to: 4,
};

/** A number followed by a unit; spaces of any kind (no-break, thin) may sit inside and between. */
export const QUANTITY =
  /(\d{1,3}(?:[.,\s\u00a0\u2009\u202f]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?)[\s\u00a0\u2009\u202f]*(bytes?|[KMGT]B|[KMGT]o|B|o)(?![A-Za-z\u00C0-\u024F])/gi;

/**
 * Turns "1,2" into 1.2 given whether the page writes decimal commas (null: unknown, then a single
 * separator followed by exactly three digits is read as a thousands separator).
 */
export function parseNumber(text: string, decimalComma: boolean | null): number | null {
  const compact = text.replace(/[\s\u00a0\u2009\u202f]/g, '');
  let comma = decimalComma;
  if (comma === null) {
    const last = Math.max(compact.lastIndexOf(','), compact.lastIndexOf('.'));
    const separators = compact.match(/[.,]/g) ?? [];
    const mixed = compact.includes(',') && compact.includes('.');
    const thousandsOnly = !mixed && (separators.length > 1 || compact.length - last - 1 === 3);
    if (last < 0) comma = false;
    else if (thousandsOnly) return parseNumber(compact.replace(/[.,]/g, ''), false);
    else comma = compact[last] === ',';
  }
  const normal = comma ? compact.replace(/\./g, '').replace(',', '.') : compact.replace(/,/g, '');
  if (!/^\d+(\.\d+)?$/.test(normal)) return null;
  const value = Number(normal);
  return Number.isFinite(value) ? value : null;
}

export interface Quantity {
  bytes: number;
  /** Where the quantity starts and ends in the text. */
  index: number;
  end: number;
}

/** Every quantity with a storage unit in the text, in order, in bytes. */
export function findQuantities(text: string, decimalComma: boolean | null): Quantity[] {
  const found: Quantity[] = [];
  for (const match of text.matchAll(QUANTITY)) {
    const value = parseNumber(match[1] ?? '', decimalComma);
    const power = UNIT_POWERS[(match[2] ?? '').toLowerCase()];
    if (value === null || power === undefined) continue;
    found.push({
      bytes: Math.round(value * 1024 ** power),
      index: match.index,
      end: match.index + match[0].length,
    });
  }
  return found;
}

/** Languages whose pages write decimal commas; null when the language is not known. */
export function writesDecimalComma(locale: string | null): boolean | null {
  if (!locale) return null;
  const [lang, region] = locale.toLowerCase().split(/[-_]/);
  if (lang === 'es' && region && ['mx', 'us', 'pr', 'gt', 'hn', 'ni', 'pa', 'sv', 'do'].includes(region))
    return false;
  if (
    ['de', 'fr', 'es', 'it', 'pt', 'nl', 'da', 'sv', 'nb', 'fi', 'pl', 'ru', 'tr', 'cs'].includes(lang ?? '')
  )
    return true;
  if (['en', 'ja', 'zh', 'ko', 'th', 'he'].includes(lang ?? '')) return false;
  return null;
}
