/**
 * Offline search across every guide and the reference pages: titles, summaries, steps (every
 * platform's wording), cautions and keywords. Every word of the query must begin a word there;
 * titles and keywords weigh more than step text.
 */
import type { Guide, Note, ReferenceId, StatusMessage } from './types';

export interface SearchHit {
  kind: 'guide' | 'reference';
  /** Guide id, or the reference page it lives on. */
  id: string;
  /** An anchor on the reference page, when the hit is one entry of it. */
  anchor?: string;
  title: string;
  summary: string;
  score: number;
}

interface Field {
  text: string;
  /** Words of the text; hyphenated words also without the hyphen ("wi-fi" → "wifi"). */
  words: string[];
  weight: number;
}

interface Doc {
  hit: Omit<SearchHit, 'score'>;
  fields: Field[];
}

export function normalise(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[‘’]/g, "'")
    .replace(/[‐-―]/g, '-')
    .toLowerCase();
}

const splitWords = (text: string) => text.split(/[^\p{L}\p{N}+]+/u).filter((w) => w.length > 0);

function field(raw: string, weight: number): Field {
  const text = normalise(raw);
  const words = splitWords(text);
  const joined = [...text.matchAll(/[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)+/gu)].map((m) => m[0].replace(/-/g, ''));
  return { text, words: [...words, ...joined], weight };
}

function guideDoc(g: Guide): Doc {
  return {
    hit: { kind: 'guide', id: g.id, title: g.title, summary: g.summary },
    fields: [
      field(g.title, 8),
      field(g.keywords.join(' · '), 6),
      field(g.summary, 4),
      field(g.why, 2),
      ...g.steps.flatMap((s) => [
        field(s.text, 1),
        ...Object.values(s.variants ?? {}).map((v) => field(v, 1)),
        field(s.note ?? '', 1),
        field(s.caution ?? '', 1),
      ]),
    ],
  };
}

function noteDoc(page: ReferenceId, n: Note): Doc {
  return {
    hit: { kind: 'reference', id: page, anchor: n.id, title: n.title, summary: n.text },
    fields: [field(n.title, 6), field(n.text, 2)],
  };
}

function statusDoc(m: StatusMessage): Doc {
  return {
    hit: {
      kind: 'reference',
      id: 'status-messages',
      anchor: m.id,
      title: `“${m.shows.join('” or “')}”`,
      summary: m.meaning,
    },
    fields: [field(m.shows.join(' · '), 6), field(m.meaning, 2), field(m.whatToDo, 2)],
  };
}

export interface SearchIndex {
  search(query: string, limit?: number): SearchHit[];
}

export function buildSearchIndex(
  guides: readonly Guide[],
  statusMessages: readonly StatusMessage[],
  notToDo: readonly Note[],
  goodToKnow: readonly Note[],
): SearchIndex {
  const docs: Doc[] = [
    ...guides.map(guideDoc),
    ...statusMessages.map(statusDoc),
    ...notToDo.map((n) => noteDoc('things-not-to-do', n)),
    ...goodToKnow.map((n) => noteDoc('good-to-know', n)),
  ];
  return {
    search(query, limit = 10) {
      const words = splitWords(normalise(query));
      if (words.length === 0) return [];
      const phrase = normalise(query).trim();
      const hits: SearchHit[] = [];
      for (const doc of docs) {
        let score = 0;
        for (const word of words) {
          const best = Math.max(
            0,
            ...doc.fields.filter((f) => f.words.some((w) => w.startsWith(word))).map((f) => f.weight),
          );
          if (best === 0) {
            score = 0;
            break;
          }
          score += best;
        }
        if (score === 0) continue;
        if (words.length > 1 && doc.fields[0]!.text.includes(phrase)) score += 4;
        hits.push({ ...doc.hit, score });
      }
      // Stable sort: equal scores keep the content's order (guides before reference entries).
      return hits.sort((a, b) => b.score - a.score).slice(0, limit);
    },
  };
}
