import { browser } from 'wxt/browser';
import { currentConditions } from '@/lib/conditions/current';
import { isConditionId } from '@/lib/conditions/ids';
import { rankGuides } from '@/lib/guides/rank';
import { isIcloudContentSender, type SenderLike } from '@/lib/sender';
import { serialQueue } from '@/lib/serial';
import { getSettings, updateSettings } from '@/lib/settings';
import { tipSnoozesItem } from '@/lib/state-items';
import { parseTipRequest, type TipRequest, type TipsReply } from '@/lib/tips/messages';
import { selectTips, snooze, type TipSnoozes } from '@/lib/tips/select';

const FIXES_PER_TIP = 2;

/** The background is the one writer of the snoozes; this queue keeps its writes whole. */
const snoozesInTurn = serialQueue();

/** Snoozes as stored, with anything that is not a condition id and a time dropped. */
async function readSnoozes(): Promise<TipSnoozes> {
  const raw: unknown = await tipSnoozesItem.getValue();
  if (typeof raw !== 'object' || raw === null) return {};
  return Object.fromEntries(
    Object.entries(raw).filter(([id, until]) => isConditionId(id) && typeof until === 'number'),
  );
}

async function tipsForPage(app: Extract<TipRequest, { type: 'tips-for-page' }>['app']): Promise<TipsReply> {
  const now = Date.now();
  const [conditions, settings, snoozes] = await Promise.all([
    currentConditions(now),
    getSettings(),
    readSnoozes(),
  ]);
  const tips = selectTips(conditions, app, { enabled: settings.tipsOnIcloud, snoozes, now });
  return {
    tips: tips.slice(0, 1).map((condition) => ({
      condition: condition.id,
      sentence: condition.sentence,
      fixes: rankGuides([condition.id], settings.platforms)
        .slice(0, FIXES_PER_TIP)
        .map((guide) => ({ guideId: guide.id, title: guide.title })),
    })),
  };
}

/**
 * Answers the iCloud.com shell's questions about tips. Only the top frame asks: one tip per page.
 * Returns undefined for anything that is not a tip request from there, so other listeners answer.
 */
export function handleTipRequest(raw: unknown, sender: SenderLike): Promise<unknown> | undefined {
  if (!isIcloudContentSender(sender, browser.runtime.id) || sender.frameId !== 0) return undefined;
  const request = parseTipRequest(raw);
  if (!request) return undefined;
  switch (request.type) {
    case 'tips-for-page':
      return tipsForPage(request.app);
    case 'snooze-tip':
      // Tabs snooze at the same moment: each read-modify-write waits for the one before.
      return snoozesInTurn(async () => {
        await tipSnoozesItem.setValue(snooze(await readSnoozes(), request.condition, Date.now()));
        return { ok: true };
      });
    case 'tips-off':
      return updateSettings({ tipsOnIcloud: false }).then(() => ({ ok: true }));
    case 'open-guide': {
      const where = request.guideId ? `#${request.guideId}` : `?condition=${request.condition}`;
      const tab = sender.tab;
      return browser.tabs
        .create({
          url: browser.runtime.getURL(`/guide.html${where}`),
          ...(typeof tab?.index === 'number' ? { index: tab.index + 1 } : {}),
          ...(typeof tab?.windowId === 'number' ? { windowId: tab.windowId } : {}),
        })
        .then(() => ({ ok: true }));
    }
  }
}

export function registerTips(): void {
  browser.runtime.onMessage.addListener((raw, sender, sendResponse: (reply: unknown) => void) => {
    const reply = handleTipRequest(raw, sender);
    if (!reply) return false;
    reply.then(sendResponse, () => sendResponse(null));
    return true;
  });
}
