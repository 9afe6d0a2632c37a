/**
 * Messages for tips on iCloud.com, between the shell frame's content script and the background.
 * Versioned and validated like every content message (lib/messages.ts); the background also
 * checks the sender. The background decides what applies; the page only asks and acts.
 */
import { isConditionId, type ConditionId } from '../conditions/ids';
import { ICLOUD_APPS, type IcloudApp } from './apps';
import { isRecord } from '../is-record';

export const TIP_MESSAGE_VERSION = 1;

const GUIDE_ID = /^[a-z0-9-]{1,60}$/;

export type TipRequest =
  | { v: 1; type: 'tips-for-page'; app: IcloudApp }
  | { v: 1; type: 'snooze-tip'; condition: ConditionId }
  | { v: 1; type: 'tips-off' }
  | { v: 1; type: 'open-guide'; condition: ConditionId; guideId?: string };

/** A fix offered on the tip: a guide to open. */
export interface TipFix {
  guideId: string;
  title: string;
}

/** How serious the tip's condition is, as the evaluator's badge colour says; drawn as icon and tint. */
export type TipTone = 'red' | 'amber' | 'grey' | 'info';
const TONES: readonly TipTone[] = ['red', 'amber', 'grey', 'info'];

/** What the page draws for one tip; plain text only (rendered as text, never as HTML). */
export interface TipView {
  condition: ConditionId;
  tone: TipTone;
  sentence: string;
  fixes: TipFix[];
}

export interface TipsReply {
  tips: TipView[];
}

export function parseTipRequest(value: unknown): TipRequest | null {
  if (!isRecord(value) || value.v !== TIP_MESSAGE_VERSION) return null;
  switch (value.type) {
    case 'tips-for-page':
      return typeof value.app === 'string' && (ICLOUD_APPS as readonly string[]).includes(value.app)
        ? { v: 1, type: 'tips-for-page', app: value.app as IcloudApp }
        : null;
    case 'snooze-tip':
      return isConditionId(value.condition) ? { v: 1, type: 'snooze-tip', condition: value.condition } : null;
    case 'tips-off':
      return { v: 1, type: 'tips-off' };
    case 'open-guide': {
      if (!isConditionId(value.condition)) return null;
      if (value.guideId === undefined) return { v: 1, type: 'open-guide', condition: value.condition };
      return typeof value.guideId === 'string' && GUIDE_ID.test(value.guideId)
        ? { v: 1, type: 'open-guide', condition: value.condition, guideId: value.guideId }
        : null;
    }
    default:
      return null;
  }
}

const MAX_TIPS = 3;
const MAX_FIXES = 2;
const MAX_TEXT = 400;

function text(value: unknown): string | null {
  return typeof value === 'string' && value.length > 0 && value.length <= MAX_TEXT ? value : null;
}

/** The page side checks the background's reply too: a reply it cannot read draws no tip. */
export function parseTipsReply(value: unknown): TipsReply | null {
  if (!isRecord(value) || !Array.isArray(value.tips)) return null;
  const tips: TipView[] = [];
  for (const raw of value.tips.slice(0, MAX_TIPS)) {
    if (!isRecord(raw) || !isConditionId(raw.condition)) return null;
    const sentence = text(raw.sentence);
    if (!sentence || !Array.isArray(raw.fixes)) return null;
    const fixes: TipFix[] = [];
    for (const fix of raw.fixes.slice(0, MAX_FIXES)) {
      if (!isRecord(fix)) return null;
      const title = text(fix.title);
      if (!title || typeof fix.guideId !== 'string' || !GUIDE_ID.test(fix.guideId)) return null;
      fixes.push({ guideId: fix.guideId, title });
    }
    // A tone it does not know is drawn as plain information, never as a stronger warning.
    const tone = (TONES as readonly unknown[]).includes(raw.tone) ? (raw.tone as TipTone) : 'info';
    tips.push({ condition: raw.condition, tone, sentence, fixes });
  }
  return { tips };
}
