/**
 * Guide progress for "Export my data" and "Clear my data": ticked steps and "Did this fix it?"
 * answers, kept in the guides database (lib/guides/db.ts). The guides themselves stay: they are
 * the extension's content, not the person's data.
 */
import type { MyDataParts } from '../my-data';
import { clearProgress, openGuidesDb, readProgress } from './db';

export const progressDataParts: Required<MyDataParts> = {
  async readGuideProgress() {
    const db = await openGuidesDb();
    try {
      return await readProgress(db);
    } finally {
      db.close();
    }
  },
  async clearGuideProgress() {
    const db = await openGuidesDb();
    try {
      await clearProgress(db);
    } finally {
      db.close();
    }
  },
};
