/**
 * The shape of the fix guidance: guides (checklists), the status-message explainer, the "things
 * not to do" and background notes. Content lives in lib/guides/content/; this file only says
 * what an entry is.
 */
import type { ConditionId } from '../conditions/ids';
import type { Platform } from '../settings';

/** General problems a person may come with, beside the conditions the extension detects. */
export const GENERAL_TOPICS = ['uploads-stuck', 'sync-not-working'] as const;
export type GeneralTopic = (typeof GENERAL_TOPICS)[number];

/** What a guide helps with: a detected condition or a general problem. */
export type GuideTopic = ConditionId | GeneralTopic;

/** Fact ids of the guidance facts (tests/fixtures/guidance-fact-ids.ts): causes, status lines, fixes,
 * don'ts, good to know. */
export type CauseId = `C${number}`;
export type FactId = CauseId | `S${number}` | `F${number}` | `N${number}` | `K${number}`;

export type Effort = 'quick' | 'moderate' | 'drastic';

/** Safe, or a caution that must be spelled out to the person before they act. */
export type Risk = { level: 'safe' } | { level: 'caution'; caution: string };

export interface AppleArticle {
  /** Apple's id for a support article; absent for pages that are not articles (System Status). */
  id?: AppleArticleId;
  title: string;
  /** https only; Apple's redirecting short forms where they exist. */
  url: string;
}

/** Apple's id of a support article: the older HT form or the newer number ("HT204247", "101559"). */
export type AppleArticleId = string;

/** What a guide's steps rest on; a guide with neither is not published. */
export interface GuideSources {
  /** Apple's support articles the steps were checked against, by Apple's id. */
  apple: AppleArticleId[];
  /** Facts of the guidance facts file the guide covers as a whole (steps may add their own). */
  facts: FactId[];
}

/**
 * The system versions whose menus and labels a guide's steps were written and checked for, per
 * platform ("iOS 26", "macOS 26"): every platform of the guide names at least one.
 */
export type CheckedFor = Partial<Record<Platform, string[]>>;

export interface GuideStep {
  /** Stable within its guide: progress is stored under it. */
  id: string;
  /** What to do, in words that fit every platform the step applies to. */
  text: string;
  /** The same step where menus differ, per platform; falls back to `text`. */
  variants?: Partial<Record<Platform, string>>;
  /** The platforms this step applies to; all of the guide's platforms when absent. */
  platforms?: Platform[];
  /** Shown before the step, and acknowledged before it can be ticked. */
  caution?: string;
  /** Optional extra line: why this helps or what to expect. */
  note?: string;
  facts?: FactId[];
}

export interface Guide {
  /** Stable: stored, linked as guide.html#<id>. */
  id: string;
  title: string;
  /** One sentence. */
  summary: string;
  /** Why this helps: the cause behind it, in a few plain sentences. */
  why: string;
  topics: GuideTopic[];
  causes: CauseId[];
  platforms: Platform[];
  effort: Effort;
  risk: Risk;
  steps: GuideStep[];
  /** Apple's own pages, linked beside the guide as "Apple's article". */
  appleArticles: AppleArticle[];
  /** Extra words people search with ("battery" for Low Power Mode). */
  keywords: string[];
  sources: GuideSources;
  checkedFor: CheckedFor;
}

/** A status line a device shows, what it means and what to do. */
export interface StatusMessage {
  id: string;
  /** The words as the device shows them. */
  shows: string[];
  meaning: string;
  whatToDo: string;
  /** Guides that help when this message sticks around. */
  guideIds: string[];
  facts: FactId[];
}

/** A short note: a thing not to do, or something good to know. */
export interface Note {
  id: string;
  title: string;
  text: string;
  guideIds: string[];
  facts: FactId[];
}

/** Reference pages beside the guides; opened as guide.html#<id>. */
export type ReferenceId = 'status-messages' | 'things-not-to-do' | 'good-to-know';
