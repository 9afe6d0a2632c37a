import { describe, expect, it } from 'vitest';
import { progressDataParts } from '@/lib/guides/progress-data';
import { openGuidesDb, readStoredContent, saveOutcome, saveStepProgress, seedGuides } from '@/lib/guides/db';
import { GUIDES } from '@/lib/guides/content';
import { clearMyData, exportMyData } from '@/lib/my-data';

const NOW = Date.UTC(2026, 5, 10, 12);

async function tickSomeSteps() {
  const db = await openGuidesDb();
  await seedGuides(db, GUIDES, NOW);
  const guide = GUIDES[0]!;
  await saveStepProgress(db, { guideId: guide.id, stepId: guide.steps[0]!.id, done: true, at: NOW });
  await saveOutcome(db, { guideId: guide.id, outcome: 'fixed', at: NOW });
  db.close();
  return guide;
}

describe('guide progress in my data', () => {
  it('is part of the export', async () => {
    const guide = await tickSomeSteps();
    const data = await exportMyData(NOW, progressDataParts);
    expect(data.guideProgress).toEqual({
      steps: [{ guideId: guide.id, stepId: guide.steps[0]!.id, done: true, at: NOW }],
      outcomes: [{ guideId: guide.id, outcome: 'fixed', at: NOW }],
    });
  });

  it('is cleared with my data, while the guides themselves stay', async () => {
    await tickSomeSteps();
    await clearMyData(progressDataParts);
    expect(await progressDataParts.readGuideProgress()).toEqual({ steps: [], outcomes: [] });
    const db = await openGuidesDb();
    expect((await readStoredContent(db)).guides).toHaveLength(GUIDES.length);
    db.close();
  });
});
