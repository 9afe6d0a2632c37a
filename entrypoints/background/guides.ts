import { browser } from 'wxt/browser';
import { GUIDES } from '@/lib/guides/content';
import { openGuidesDb, seedGuides } from '@/lib/guides/db';

/** Writes the bundled guides into IndexedDB at install and update; the content version decides. */
export async function seedBundledGuides(now: number): Promise<'seeded' | 'unchanged' | 'failed'> {
  try {
    const db = await openGuidesDb();
    try {
      return await seedGuides(db, GUIDES, now);
    } finally {
      db.close();
    }
  } catch (error) {
    // The guide page seeds on open too, and falls back to the bundled guides: never crash here.
    console.warn('Cloud Checkup: could not seed the fix guides', error);
    return 'failed';
  }
}

export function registerGuideSeeding(): void {
  browser.runtime.onInstalled.addListener(() => {
    void seedBundledGuides(Date.now());
  });
}
