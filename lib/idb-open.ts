/**
 * How the extension opens each of its IndexedDB databases (through idb). A database is declared as
 * its list of versions, each the changes from the version before it: its version number is the
 * length of the list, and an upgrade applies the versions after the one found, so a database left
 * at any older version is brought up with its data kept. A connection that stands in the way of a
 * newer version (another page or the background of an updated build) closes itself and says so.
 *
 * Opened from the background and extension pages only: a content script's IndexedDB would be
 * iCloud.com's.
 */
import { openDB, type DBSchema, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';

/** The changes that make one version of a database from the version before it. */
export type SchemaVersion<S extends DBSchema> = (
  db: IDBPDatabase<S>,
  upgrade: IDBPTransaction<S, StoreNames<S>[], 'versionchange'>,
) => void;

export interface OpenCallbacks {
  /** Another connection (an open extension page) holds an older version open. */
  blocked?: () => void;
  /** This connection stands in the way of a newer version: it has been closed. */
  closedForUpgrade?: () => void;
  /** The browser closed the connection (storage cleared, disk trouble). */
  terminated?: () => void;
}

/** Async so that a browser that throws at `indexedDB.open` (access denied) rejects instead. */
export async function openVersioned<S extends DBSchema>(
  name: string,
  versions: readonly SchemaVersion<S>[],
  callbacks: OpenCallbacks = {},
): Promise<IDBPDatabase<S>> {
  return openDB<S>(name, versions.length, {
    upgrade(db, oldVersion, _newVersion, upgrade) {
      for (const version of versions.slice(oldVersion)) version(db, upgrade);
    },
    blocked() {
      callbacks.blocked?.();
    },
    blocking(_current, _blocked, event) {
      // Let the newer version in; the holder keeps what it has in memory and hears of it.
      (event.target as IDBDatabase).close();
      callbacks.closedForUpgrade?.();
    },
    terminated() {
      callbacks.terminated?.();
    },
  });
}
