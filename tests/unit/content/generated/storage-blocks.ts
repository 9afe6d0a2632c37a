/**
 * Generators of iCloud.com pages for the precision/recall measure (../precision-recall.test.ts):
 * (a) Apple's storage block on the settings view, over the seven languages and the ways it may be
 * worded and marked up; (b) decoys — text that people or strangers write (mail, file and album
 * names, captions, notes, phishing) and text nobody sees (hidden, script) — placed in every frame
 * role. The wording here is written from Apple's published phrasing and the facts about the page,
 * not from the readers' patterns: the measure is of text the readers were not tuned to.
 */
import fc from 'fast-check';
import type { FrameRole } from '@/lib/frame-role';
import { PLAN_SIZES_BYTES } from '@/lib/readings/units';

export type Lang = 'en' | 'de' | 'fr' | 'es' | 'it' | 'ja' | 'zh-hans';
const LANGS: readonly Lang[] = ['en', 'de', 'fr', 'es', 'it', 'ja', 'zh-hans'];

const LOCALES: Record<Lang, string[]> = {
  en: ['en-US', 'en-GB', 'en-AU'],
  de: ['de-DE', 'de-AT', 'de-CH'],
  fr: ['fr-FR', 'fr-CA', 'fr-BE'],
  es: ['es-ES'],
  it: ['it-IT'],
  ja: ['ja-JP'],
  'zh-hans': ['zh-Hans', 'zh-CN'],
};

/** The page's words around the storage block, per language. */
const WORDS: Record<
  Lang,
  { storage: string[]; plan: (size: string) => string; free: string; manage: string; title: string }
> = {
  en: {
    storage: ['iCloud Storage', 'Storage', 'iCloud storage'],
    plan: (size) => `iCloud+ with ${size}`,
    free: 'iCloud (Free)',
    manage: 'Manage',
    title: 'Account Settings',
  },
  de: {
    storage: ['iCloud-Speicher', 'Speicher', 'Speicherplatz'],
    plan: (size) => `iCloud+ mit ${size}`,
    free: 'iCloud (kostenlos)',
    manage: 'Verwalten',
    title: 'Accounteinstellungen',
  },
  fr: {
    storage: ['Stockage iCloud', 'Stockage'],
    plan: (size) => `iCloud+ avec ${size}`,
    free: 'iCloud (gratuit)',
    manage: 'Gérer',
    title: 'Réglages du compte',
  },
  es: {
    storage: ['Almacenamiento de iCloud', 'Almacenamiento'],
    plan: (size) => `iCloud+ con ${size}`,
    free: 'iCloud (gratis)',
    manage: 'Gestionar',
    title: 'Configuración de la cuenta',
  },
  it: {
    storage: ['Spazio di archiviazione iCloud', 'Archiviazione'],
    plan: (size) => `iCloud+ con ${size}`,
    free: 'iCloud (gratuito)',
    manage: 'Gestisci',
    title: 'Impostazioni account',
  },
  ja: {
    storage: ['iCloudストレージ', 'ストレージ'],
    plan: (size) => `iCloud+ ${size}`,
    free: 'iCloud（無料）',
    manage: '管理',
    title: 'アカウント設定',
  },
  'zh-hans': {
    storage: ['iCloud 储存空间', '储存空间'],
    plan: (size) => `iCloud+ ${size}`,
    free: 'iCloud（免费）',
    manage: '管理',
    title: '账户设置',
  },
};

/** "{u} of {t} used" and friends: u = used, a = available, t = the plan. */
const LINES: Record<Lang, { used: string[]; available: string[] }> = {
  en: {
    used: ['{u} of {t} used', '{u} of {t} Used', '{u} used of {t}', 'You’ve used {u} of {t}'],
    available: ['{a} available of {t}', '{a} of {t} available'],
  },
  de: {
    used: ['{u} von {t} belegt', '{u} von {t} verwendet', '{u} von {t} genutzt'],
    available: ['{a} von {t} verfügbar', 'Noch {a} von {t} verfügbar'],
  },
  fr: {
    used: ['{u} sur {t} utilisés', '{u} utilisés sur {t}'],
    available: ['{a} disponibles sur {t}', '{a} sur {t} disponibles'],
  },
  es: {
    used: ['{u} de {t} usados', '{u} de {t} utilizados', '{u} de {t} en uso'],
    available: ['{a} disponibles de {t}'],
  },
  it: {
    used: ['{u} di {t} utilizzati', '{u} su {t} in uso'],
    available: ['{a} disponibili su {t}', '{a} di {t} disponibili'],
  },
  ja: { used: ['{t}中{u}使用済み', '{t}中 {u} を使用中'], available: ['{t}中{a}利用可能'] },
  'zh-hans': { used: ['已使用 {u}（共 {t}）', '已使用 {u}，共 {t}'], available: ['可用 {a}（共 {t}）'] },
};

const COMMA_LANGS: readonly Lang[] = ['de', 'fr', 'es', 'it'];
const UNITS: Record<Lang, string[]> = {
  en: ['B', 'KB', 'MB', 'GB', 'TB'],
  de: ['B', 'KB', 'MB', 'GB', 'TB'],
  fr: ['o', 'Ko', 'Mo', 'Go', 'To'],
  es: ['B', 'KB', 'MB', 'GB', 'TB'],
  it: ['B', 'KB', 'MB', 'GB', 'TB'],
  ja: ['B', 'KB', 'MB', 'GB', 'TB'],
  'zh-hans': ['B', 'KB', 'MB', 'GB', 'TB'],
};
const SPACES = [' ', '\u00a0', '\u2009', '\u202f', ''];

/** HTML-escapes text placed in a page. */
export function escape(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

interface Shown {
  html: string;
  bytes: number;
}

/** A quantity as Apple writes it: one unit that keeps the number under 1000, 0–2 decimals. */
function quantity(bytes: number, lang: Lang, decimals: number, space: string, split: boolean): Shown {
  let power = 0;
  while (power < 4 && bytes / 1024 ** power >= 1000) power++;
  const value = Number((bytes / 1024 ** power).toFixed(decimals));
  let number = value.toFixed(decimals);
  if (COMMA_LANGS.includes(lang)) number = number.replace('.', ',');
  const unit = UNITS[lang][power]!;
  const html = split
    ? `<b>${number}</b>${space ? escape(space) : ''}<i>${unit}</i>`
    : `${number}${space}${unit}`;
  return { html, bytes: Math.round(value * 1024 ** power) };
}

function planLabel(total: number, lang: Lang, space: string): string {
  const power = total >= 2 ** 40 ? 4 : 3;
  return `${total / 1024 ** power}${space}${UNITS[lang][power]}`;
}

export interface GenuineBlock {
  lang: Lang;
  html: string;
  locale: string | null;
  usedBytes: number;
  totalBytes: number;
  describe: string;
}

const surroundings = fc.constantFrom(
  '',
  '<nav aria-label="Settings"><a href="#">Account</a> <a href="#">Security</a></nav>',
  '<section><h2>Devices</h2><ul><li>iPhone 15 · iOS 18.2</li><li>MacBook Air · macOS 15.1</li></ul></section>',
  '<section><h2>Family Sharing</h2><p>3 members · 2 invitations</p></section>',
  '<section><h2>Sign-In and Security</h2><p>Two-factor authentication: on</p></section>',
  '<footer><p>Copyright © 2026 Apple Inc. All rights reserved.</p></footer>',
);

/** (a) Apple's storage block on the account settings view. */
export const genuineBlock: fc.Arbitrary<GenuineBlock> = fc
  .record({
    lang: fc.constantFrom(...LANGS),
    localeKnown: fc.boolean(),
    localeIndex: fc.nat(),
    total: fc.constantFrom(...PLAN_SIZES_BYTES),
    fraction: fc.double({ min: 0.0005, max: 1.05, noNaN: true }),
    decimals: fc.constantFrom(0, 1, 1, 2),
    space: fc.constantFrom(...SPACES),
    split: fc.constantFrom('none', 'quantities', 'numbers', 'words'),
    context: fc.constantFrom('storage', 'plan', 'both'),
    form: fc.constantFrom('used', 'used', 'available'),
    lineIndex: fc.nat(),
    storageIndex: fc.nat(),
    headingLevel: fc.constantFrom('h2', 'h3', 'div'),
    labelled: fc.boolean(),
    meter: fc.constantFrom(false, false, false, true),
    before: surroundings,
    after: surroundings,
  })
  .map((g): GenuineBlock => {
    const words = WORDS[g.lang];
    const locales = LOCALES[g.lang];
    const locale = g.localeKnown ? locales[g.localeIndex % locales.length]! : null;
    const usedRaw = Math.max(1, Math.round(g.total * g.fraction));
    const available = g.form === 'available';
    const shown = quantity(
      available ? Math.max(0, g.total - usedRaw) : usedRaw,
      g.lang,
      g.decimals,
      g.space,
      g.split === 'numbers',
    );
    const total = planLabel(g.total, g.lang, g.space);
    const lines = LINES[g.lang][g.form];
    const template = lines[g.lineIndex % lines.length]!;
    const wrap = (html: string) => (g.split === 'quantities' ? `<span>${html}</span>` : html);
    let line = template
      .replace('{u}', wrap(shown.html))
      .replace('{a}', wrap(shown.html))
      .replace('{t}', wrap(escape(total)));
    if (g.split === 'words')
      line = line
        .split(' ')
        .map((w) => `<span>${w}</span>`)
        .join(' ');
    const storageWord = words.storage[g.storageIndex % words.storage.length]!;
    const planName = g.total === 5 * 2 ** 30 ? words.free : words.plan(planLabel(g.total, g.lang, ' '));
    const heading = g.context === 'storage' ? storageWord : planName;
    const tag = g.headingLevel;
    const headings =
      `<${tag}${g.labelled ? ' id="storage-heading"' : ''}>${escape(heading)}</${tag}>` +
      (g.context === 'both' ? `<p>${escape(storageWord)}</p>` : '');
    const usedBytes = available ? g.total - shown.bytes : shown.bytes;
    const meter = g.meter
      ? `<div role="progressbar" aria-valuemin="0" aria-valuemax="${g.total}" aria-valuenow="${usedBytes}"` +
        ` aria-label="${escape(heading)}"></div>`
      : '';
    const section =
      `<section${g.labelled ? ' aria-labelledby="storage-heading"' : ''}>${headings}` +
      `<p>${line}</p>${meter}<button type="button">${escape(words.manage)}</button></section>`;
    return {
      lang: g.lang,
      locale,
      html: `${g.before}<main><h1>${escape(words.title)}</h1>${section}</main>${g.after}`,
      usedBytes,
      totalBytes: g.total,
      describe: `${g.lang}/${locale ?? '?'} ${g.context} ${g.form} split=${g.split} "${template}"`,
    };
  });

/** (b) Decoys: what people and strangers write, and what nobody sees. */
const DECOY_TEXTS = [
  'Your iCloud storage is full',
  'Your iCloud storage is almost full.',
  'ACTION REQUIRED: iCloud storage full – verify your account now',
  'Final notice: your iCloud storage is full, photos will be deleted',
  'iCloud storage is full checklist',
  'iPhone storage is full',
  'Dein iCloud-Speicher ist voll',
  'Dein iCloud-Speicher ist fast voll',
  'Votre stockage iCloud est plein',
  'Votre stockage iCloud est presque plein',
  'Tu almacenamiento de iCloud está lleno',
  'Lo spazio di archiviazione iCloud è pieno',
  'iCloudストレージがいっぱいです',
  'iCloud 储存空间已满',
  'iCloud Storage: 199 GB of 200 GB used',
  'iCloud storage 49.9 GB of 50 GB used',
  'iCloud+ with 50 GB · 49.9 GB of 50 GB used',
  'iCloud-Speicher: 4,9 GB von 5 GB belegt',
  'Stockage iCloud : 199 Go sur 200 Go utilisés',
  'iCloudストレージ：5 GB中4.9 GB使用済み',
  '已使用 49.8 GB（共 50 GB）iCloud 储存空间',
  'Uploading 3 of 10 items · 30%',
  'Uploading 7 of 12 items',
  'Can’t upload 4 items. Your iCloud storage is full.',
  'Upgrade to iCloud+',
  'You used 2 GB of your 5 GB data plan',
  'IMG_2041.HEIC · 3.2 MB · 4032 × 3024',
  'Invoice 50 GB of 200 GB.pdf',
  'Backup 12/31 at 10:00 · 1.2 GB',
];

const DECOY_SHAPES: ((t: string) => string)[] = [
  (t) => t,
  (t) => `Re: ${t}`,
  (t) => `Fwd: ${t}`,
  (t) => `${t}.pdf`,
  (t) => `${t}.jpg`,
  (t) => `${t} 📷`,
  (t) => `“${t}”`,
];

/** Where people's text sits in a frame: by kind of content. */
const CONTENT_PLACES: ((t: string) => string)[] = [
  (t) => `<ul aria-label="Messages"><li><b>iCloud</b> ${t}</li></ul>`,
  (t) => `<div role="list"><div role="listitem">${t}</div></div>`,
  (t) => `<div role="grid"><div role="row"><div role="gridcell" aria-label="${t}">${t}</div></div></div>`,
  (t) => `<ui-list-item>${t}</ui-list-item>`,
  (t) => `<figure><figcaption>${t}</figcaption></figure>`,
  (t) => `<textarea aria-label="Caption">${t}</textarea>`,
  (t) => `<div contenteditable="true">${t}</div>`,
  (t) => `<div role="textbox">${t}</div>`,
  (t) => `<div role="option">${t}</div>`,
];

/** Text nobody sees: never read anywhere. */
const UNSEEN_PLACES: ((t: string) => string)[] = [
  (t) => `<script type="application/json">{"subject":"${t}"}</script>`,
  (t) => `<script>window.preview = "${t}";</script>`,
  (t) => `<style>/* ${t} */</style>`,
  (t) => `<template><div role="alert">${t}</div></template>`,
  (t) => `<noscript>${t}</noscript>`,
  (t) => `<div hidden><p>${t}</p></div>`,
  (t) => `<div role="alert" hidden>${t}</div>`,
  (t) => `<div aria-hidden="true"><p>${t}</p></div>`,
  (t) => `<div role="status" aria-hidden="true">${t}</div>`,
  (t) => `<div style="display:none"><p>${t}</p></div>`,
  (t) => `<div role="alert" style="visibility:hidden">${t}</div>`,
];

/**
 * Where a name or a message shows in a frame outside any list: a heading, a paragraph, a mail
 * open in the reading pane, a dialog that quotes the name. Only frames that read no page text
 * (and Photos, for names Apple quotes) may hold these.
 */
const OPEN_PLACES: ((t: string) => string)[] = [
  (t) => `<h1>${t}</h1>`,
  (t) => `<p>${t}</p>`,
  (t) => `<article><h2>${t}</h2><p>Dear customer, ${t}. Click here.</p></article>`,
  (t) => `<div role="alert">${t}</div>`,
  (t) => `<div role="dialog"><h2>${t}</h2><button>OK</button></div>`,
  (t) => `<div role="status">${t}</div>`,
  (t) => `<table><tr><td>${t}</td><td>3.2 MB</td></tr></table>`,
];

/** In Photos, Apple names people's albums and files in its notices inside quotes. */
const QUOTED_IN_NOTICE: ((t: string) => string)[] = [
  (t) => `<div role="dialog"><h2>Delete “${t}”?</h2><button>Delete</button></div>`,
  (t) => `<div role="status">Uploading “${t}.jpg”</div>`,
  (t) => `<div role="alertdialog"><p>Share “${t}” with others?</p></div>`,
];

/**
 * People's album and file names that hold Apple's storage-full words, as Photos shows them inside
 * its own notices without quotes (in a line of their own making, or in an element of their own).
 */
const NAMES_WITH_APPLES_WORDS = [
  'Storage is full',
  'iCloud storage full',
  'My iCloud storage is full 2024',
  'Your iCloud storage is full.png',
  'Trip – storage full',
  'Dein iCloud-Speicher ist voll',
  'Votre stockage iCloud est plein',
  'iCloudストレージがいっぱい',
  'iCloud 储存空间已满.jpg',
];

/**
 * People's file and album names that hold an upload count, as Photos shows them inside its own
 * notices without quotes: only Apple's own upload line is progress.
 */
const NAMES_WITH_COUNTS = [
  'Uploading 3 of 10.jpg',
  'Uploading 3 of 10',
  'Uploading 3 of 10 items',
  'Upload 2 of 5 – Paris',
  'Uploading 45%',
  'IMG 1 of 12 uploading',
  '3 von 10 Objekten werden hochgeladen.heic',
  'Importation : 3 sur 10 – Lyon',
  'Subiendo 3 de 10 fotos.png',
  'Caricamento 3 su 10 Roma',
  '10 項目中 3 アップロード旅行',
  '正在上传 3/10 旅行.jpg',
];

const NAME_IN_NOTICE: ((t: string) => string)[] = [
  (t) => `<div role="dialog"><h2>Delete ${t}?</h2><button>Delete</button></div>`,
  (t) => `<div role="dialog"><h2>Delete <b>${t}</b>?</h2><button>Delete</button></div>`,
  (t) => `<div role="status">Added 3 photos to ${t}</div>`,
  (t) => `<div role="alert"><p>Couldn’t share ${t}. Try again later.</p></div>`,
  (t) => `<div role="alertdialog"><p>Remove <span>${t}</span> from the album?</p></div>`,
  (t) => `<div aria-live="polite">Moved to ${t}</div>`,
];

/**
 * Apple-like lines in Photos outside any of Apple's notices: a header, a plain banner, and a live
 * region around the library (too large to be a notice).
 */
const OUTSIDE_NOTICE: ((t: string) => string)[] = [
  (t) => `<header><p>${t}</p></header>`,
  (t) => `<div class="banner"><span>${t}</span></div>`,
  (t) =>
    `<div aria-live="polite"><div class="tiles">${Array.from({ length: 60 }, (_, i) => `<span>IMG_${4000 + i}.HEIC</span>`).join(' ')}</div><p>${t}</p></div>`,
];

export interface FrameSpec {
  role: FrameRole['kind'];
  url: string;
  top: boolean;
  /** The page's own chrome for that frame: Apple's interface with nothing to read. */
  chrome: (inner: string) => string;
}

export const FRAMES: FrameSpec[] = [
  {
    role: 'shell',
    url: 'https://www.icloud.com/',
    top: true,
    chrome: (inner) => `<div id="root"><nav><a href="/photos/">Photos</a></nav><main>${inner}</main></div>`,
  },
  {
    role: 'shell',
    url: 'https://www.icloud.com/mail/',
    top: true,
    chrome: (inner) => `<div id="root"><nav><a href="/photos/">Photos</a></nav><main>${inner}</main></div>`,
  },
  {
    role: 'settings',
    url: 'https://www.icloud.com/settings/',
    top: true,
    chrome: (inner) => `<main><h1>Account Settings</h1><section><h2>Devices</h2>${inner}</section></main>`,
  },
  {
    role: 'photos',
    url: 'https://www.icloud.com/applications/photos3/current/en-us/index.html?rootDomain=www#/albums',
    top: false,
    chrome: (inner) => `<ui-main-pane><header><h1>Albums</h1></header>${inner}</ui-main-pane>`,
  },
  ...[
    'mail2',
    'iclouddrive',
    'notes3',
    'pages',
    'numbers',
    'keynote',
    'reminders',
    'contacts',
    'calendar',
  ].map((app): FrameSpec => ({
    role: 'app',
    url: `https://www.icloud.com/applications/${app}/current/en-us/index.html`,
    top: false,
    chrome: (inner) => `<ui-main-pane>${inner}</ui-main-pane>`,
  })),
];

export interface Decoy {
  frame: FrameSpec;
  html: string;
  describe: string;
}

export const decoy: fc.Arbitrary<Decoy> = fc
  .record({
    frame: fc.constantFrom(...FRAMES),
    texts: fc.array(
      fc.record({
        text: fc.constantFrom(...DECOY_TEXTS),
        shape: fc.nat(),
        place: fc.nat(),
        kind: fc.constantFrom('content', 'unseen', 'open', 'name-in-notice'),
      }),
      { minLength: 1, maxLength: 4 },
    ),
  })
  .map(({ frame, texts }): Decoy => {
    const parts = texts.map(({ text, shape, place, kind }) => {
      // In Photos, a name with Apple's words or an upload count inside one of Apple's notices,
      // unquoted.
      if (kind === 'name-in-notice' && frame.role === 'photos') {
        const names = [...NAMES_WITH_APPLES_WORDS, ...NAMES_WITH_COUNTS];
        const name = escape(names[shape % names.length]!);
        return { html: NAME_IN_NOTICE[place % NAME_IN_NOTICE.length]!(name), text: name };
      }
      const shaped = escape(DECOY_SHAPES[shape % DECOY_SHAPES.length]!(text));
      // Text out in the open is people's only where no page text is read (and, in Photos, where
      // Apple quotes a name); the settings view is Apple's own interface there.
      const places =
        kind === 'unseen'
          ? UNSEEN_PLACES
          : kind === 'content' || frame.role === 'settings'
            ? CONTENT_PLACES
            : frame.role === 'photos'
              ? [...QUOTED_IN_NOTICE, ...OPEN_PLACES.slice(0, 3), ...OUTSIDE_NOTICE]
              : OPEN_PLACES;
      return { html: places[place % places.length]!(shaped), text: shaped };
    });
    return {
      frame,
      html: frame.chrome(parts.map((p) => p.html).join('')),
      describe: `${frame.url} ← ${parts.map((p) => p.html).join(' | ')}`,
    };
  });
