/**
 * Service names as the feed spells them → canonical ids. Names are trimmed and entity-decoded
 * (a 2021 capture had `iCloud Account &amp; Sign In`; some names carry trailing spaces), then
 * matched case-insensitively against the catalogue and its aliases.
 */
import { ICLOUD_SERVICES } from './catalogue';

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
};

/** Decodes HTML entities once (named basics and numeric); unknown entities stay as written. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]{1,6}|#[0-9]{1,7}|[a-z]{2,6});/gi, (whole, ref: string) => {
    if (ref.startsWith('#')) {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff)
        ? String.fromCodePoint(code)
        : whole;
    }
    return NAMED_ENTITIES[ref.toLowerCase()] ?? whole;
  });
}

/** The name as people should see it: entity-decoded, trimmed, inner runs of space collapsed. */
export function cleanServiceName(raw: string): string {
  const decoded = raw.includes('&') ? decodeEntities(raw) : raw;
  // eslint-disable-next-line no-control-regex -- plain ASCII needs no Unicode normalisation
  const normalised = /^[\x00-\x7f]*$/.test(decoded) ? decoded : decoded.normalize('NFC');
  return normalised.replace(/\s+/g, ' ').trim();
}

function matchKey(name: string): string {
  return cleanServiceName(name).toLowerCase();
}

const CATALOGUE_BY_NAME: ReadonlyMap<string, string> = new Map(
  ICLOUD_SERVICES.flatMap((s) => [s.feedName, ...s.aliases].map((n) => [matchKey(n), s.id] as const)),
);

/** The catalogue id for a name already passed through cleanServiceName, or null when it is not an
 * iCloud-related service we know. */
export function catalogueIdForCleanName(clean: string): string | null {
  return CATALOGUE_BY_NAME.get(clean.toLowerCase()) ?? null;
}
