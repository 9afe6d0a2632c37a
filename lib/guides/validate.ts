/**
 * Turns an unknown value (a record read back from IndexedDB) into a Guide, or says what is wrong
 * with it. The bundled content is checked with the same rules in the unit tests.
 */
import { PLATFORMS, type Platform } from '../settings';
import { isGuideTopic } from './topics';
import type {
  AppleArticle,
  CauseId,
  CheckedFor,
  Effort,
  FactId,
  Guide,
  GuideSources,
  GuideStep,
  Risk,
} from './types';
import { isRecord } from '../is-record';

type Result<T> = { ok: true; value: T } | { ok: false; problems: string[] };

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const FACT = /^[CSFNK][1-9][0-9]?$/;
/** Apple's support article ids: "HT" and six digits, or the newer plain numbers. */
const APPLE_ARTICLE_ID = /^(?:HT[0-9]{6}|[0-9]{6})$/;
const EFFORTS: readonly Effort[] = ['quick', 'moderate', 'drastic'];

const isText = (v: unknown): v is string => typeof v === 'string' && v.trim().length > 0;
const isPlatform = (v: unknown): v is Platform => (PLATFORMS as readonly unknown[]).includes(v);
const isFact = (v: unknown): v is FactId => typeof v === 'string' && FACT.test(v);
const isCause = (v: unknown): v is CauseId => isFact(v) && v.startsWith('C');
const isAppleArticleId = (v: unknown): v is string => typeof v === 'string' && APPLE_ARTICLE_ID.test(v);

function isHttpsUrl(v: unknown): v is string {
  if (typeof v !== 'string') return false;
  try {
    return new URL(v).protocol === 'https:';
  } catch {
    return false;
  }
}

function listOf<T>(v: unknown, check: (x: unknown) => x is T): T[] | null {
  return Array.isArray(v) && v.every(check) ? v : null;
}

function parseRisk(v: unknown, problems: string[]): Risk | null {
  if (isRecord(v) && v.level === 'safe') return { level: 'safe' };
  if (isRecord(v) && v.level === 'caution' && isText(v.caution))
    return { level: 'caution', caution: v.caution };
  problems.push('risk must be safe, or caution with the caution spelled out');
  return null;
}

function parseArticle(v: unknown): AppleArticle | null {
  if (!isRecord(v) || !isText(v.title) || !isHttpsUrl(v.url)) return null;
  if (v.id === undefined) return { title: v.title, url: v.url };
  return isAppleArticleId(v.id) ? { id: v.id, title: v.title, url: v.url } : null;
}

function parseSources(v: unknown, problems: string[]): GuideSources | null {
  const apple = isRecord(v) ? listOf(v.apple, isAppleArticleId) : null;
  const facts = isRecord(v) ? listOf(v.facts, isFact) : null;
  if (!apple || !facts) {
    problems.push('sources must list Apple article ids and fact ids');
    return null;
  }
  if (apple.length === 0 && facts.length === 0) {
    problems.push('sources must name at least one Apple article or fact');
    return null;
  }
  return { apple, facts };
}

function parseCheckedFor(v: unknown, platforms: Platform[], problems: string[]): CheckedFor | null {
  const entries = isRecord(v) ? Object.entries(v) : null;
  const ok =
    entries !== null &&
    entries.every(
      ([k, versions]) => isPlatform(k) && platforms.includes(k) && listOf(versions, isText)?.length,
    ) &&
    platforms.every((p) => entries.some(([k]) => k === p));
  if (!ok) {
    problems.push('checkedFor must name the system versions checked for each of the guide’s platforms');
    return null;
  }
  return v as CheckedFor;
}

function parseStep(v: unknown, guidePlatforms: Platform[], at: string, problems: string[]): GuideStep | null {
  if (!isRecord(v)) {
    problems.push(`${at} is not an object`);
    return null;
  }
  const before = problems.length;
  if (typeof v.id !== 'string' || !ID.test(v.id)) problems.push(`${at}.id must be a kebab-case id`);
  if (!isText(v.text)) problems.push(`${at}.text is empty`);
  const step: GuideStep = { id: String(v.id), text: String(v.text) };
  if (v.platforms !== undefined) {
    const platforms = listOf(v.platforms, isPlatform);
    if (!platforms || platforms.length === 0 || platforms.some((p) => !guidePlatforms.includes(p))) {
      problems.push(`${at}.platforms must be a non-empty subset of the guide's platforms`);
    } else step.platforms = platforms;
  }
  if (v.variants !== undefined) {
    const ok =
      isRecord(v.variants) && Object.entries(v.variants).every(([k, text]) => isPlatform(k) && isText(text));
    if (!ok) problems.push(`${at}.variants must map platforms to text`);
    else step.variants = v.variants as Partial<Record<Platform, string>>;
  }
  for (const key of ['caution', 'note'] as const) {
    if (v[key] === undefined) continue;
    if (!isText(v[key])) problems.push(`${at}.${key} is empty`);
    else step[key] = v[key];
  }
  if (v.facts !== undefined) {
    const facts = listOf(v.facts, isFact);
    if (!facts) problems.push(`${at}.facts must be fact ids`);
    else step.facts = facts;
  }
  return problems.length === before ? step : null;
}

export function parseGuide(v: unknown): Result<Guide> {
  const problems: string[] = [];
  if (!isRecord(v)) return { ok: false, problems: ['not an object'] };
  if (typeof v.id !== 'string' || !ID.test(v.id)) problems.push('id must be a kebab-case id');
  for (const key of ['title', 'summary', 'why'] as const)
    if (!isText(v[key])) problems.push(`${key} is empty`);
  if (isText(v.summary) && v.summary.trim().split(/(?<=[.!?])\s+(?=[A-Z])/).length > 1) {
    problems.push('summary must be one sentence');
  }
  const topics = listOf(v.topics, isGuideTopic);
  if (!topics || topics.length === 0) problems.push('topics must be a non-empty list of topics');
  const causes = listOf(v.causes, isCause);
  if (!causes) problems.push('causes must be cause ids (C1…)');
  const platforms = listOf(v.platforms, isPlatform);
  if (!platforms || platforms.length === 0) problems.push('platforms must be a non-empty list of platforms');
  if (!EFFORTS.includes(v.effort as Effort)) problems.push('effort must be quick, moderate or drastic');
  const risk = parseRisk(v.risk, problems);
  const sources = parseSources(v.sources, problems);
  const checkedFor = parseCheckedFor(v.checkedFor, platforms ?? [], problems);
  const keywords = listOf(v.keywords, isText);
  if (!keywords) problems.push('keywords must be a list of words');
  const articles = Array.isArray(v.appleArticles) ? v.appleArticles.map(parseArticle) : null;
  if (!articles || articles.some((a) => a === null))
    problems.push('appleArticles must have titles and https links');

  const steps: GuideStep[] = [];
  if (!Array.isArray(v.steps) || v.steps.length === 0) problems.push('steps must not be empty');
  else {
    v.steps.forEach((s, i) => {
      const step = parseStep(s, platforms ?? [], `steps[${i}]`, problems);
      if (step) steps.push(step);
    });
    const ids = steps.map((s) => s.id);
    if (new Set(ids).size !== ids.length) problems.push('step ids must be unique within the guide');
  }
  if (problems.length > 0) return { ok: false, problems };
  return {
    ok: true,
    value: {
      id: v.id as string,
      title: v.title as string,
      summary: v.summary as string,
      why: v.why as string,
      topics: topics!,
      causes: causes!,
      platforms: platforms!,
      effort: v.effort as Effort,
      risk: risk!,
      steps,
      appleArticles: articles as AppleArticle[],
      keywords: keywords!,
      sources: sources!,
      checkedFor: checkedFor!,
    },
  };
}
