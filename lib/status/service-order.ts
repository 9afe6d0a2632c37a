/**
 * The order in which services are listed everywhere (snapshot, notices, tooltips): iCloud Photos
 * first — what this extension is most about — then the rest of the catalogue, then every other
 * service in the feed's own order.
 */
import { ICLOUD_SERVICES } from './catalogue';

const ORDER: readonly string[] = [
  'photos',
  ...ICLOUD_SERVICES.map((s) => s.id).filter((id) => id !== 'photos'),
];

export function serviceRank(serviceId: string): number {
  const i = ORDER.indexOf(serviceId);
  return i === -1 ? ORDER.length : i;
}

/** A stable sort by serviceRank (others keep their relative order). */
export function inServiceOrder<T>(items: readonly T[], idOf: (item: T) => string): T[] {
  return items
    .map((item, index) => ({ item, index, rank: serviceRank(idOf(item)) }))
    .sort((a, b) => a.rank - b.rank || a.index - b.index)
    .map((x) => x.item);
}
