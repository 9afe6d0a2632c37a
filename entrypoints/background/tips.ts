import { browser } from 'wxt/browser';
import { readConditionInput } from '@/lib/condition-input';
import { evaluateConditions } from '@/lib/conditions/evaluate';
import { isConditionId } from '@/lib/conditions/ids';
import { toneOf } from '@/lib/conditions/overview';
import type { Condition } from '@/lib/conditions/types';
import { conditionHref, planGuideHref } from '@/lib/guides/route';
import { isIcloudContentSender, type SenderLike } from '@/lib/sender';
import { serialQueue } from '@/lib/serial';
import { updateSettings } from '@/lib/settings';
import { tipSnoozesItem } from '@/lib/state-items';
import { parseTipRequest, type TipRequest, type TipsReply, type TipTone } from '@/lib/tips/messages';
import { selectTips, snooze, type TipSnoozes } from '@/lib/tips/select';
import { fixesFor } from './fixes';

// The card offers one fix, as its one primary action; the guide lists the rest.
const FIXES_PER_TIP = 1;

/** The card's severity cue, from the same badge colour the evaluator gave the popup and badge. */
function tipTone(condition: Condition): TipTone {
  const tone = toneOf(condition);
  return tone === 'red' || tone === 'amber' || tone === 'grey' ? tone : 'info';
}

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
  const [input, snoozes] = await Promise.all([readConditionInput(now), readSnoozes()]);
  const conditions = evaluateConditions(input);
  const tips = selectTips(conditions, app, { enabled: input.settings.tipsOnIcloud, snoozes, now }).slice(
    0,
    1,
  );
  const fixes = tips.length > 0 ? await fixesFor(tips, input) : {};
  return {
    tips: tips.map((condition) => ({
      condition: condition.id,
      tone: tipTone(condition),
      sentence: condition.sentence,
      fixes: (fixes[condition.id] ?? [])
        .slice(0, FIXES_PER_TIP)
        .map((fix) => ({ guideId: fix.guideId, title: fix.title })),
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
      // The guide opens within the problem's plan, so its page can lead back to the other fixes.
      const where = request.guideId
        ? planGuideHref(request.condition, request.guideId)
        : conditionHref(request.condition);
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
