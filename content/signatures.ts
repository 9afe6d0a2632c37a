/**
 * Everything the readers recognise on iCloud.com — selectors, attributes, URL patterns and phrases
 * per language — as data. The fixture(s) under tests/fixtures/icloud/ each entry is tested against
 * are listed beside it in test-only data (tests/unit/page-knowledge.ts), and
 * tests/unit/content/signatures.test.ts checks every one. The addresses of iCloud.com (routes,
 * frame paths, the settings page) are in lib/icloud-routes.ts, where the background can read them
 * too. When Apple changes the page, the fix belongs in one of the two.
 */

export type Lang = 'en' | 'de' | 'fr' | 'es' | 'it' | 'ja' | 'zh-hans';
export const LANGS: readonly Lang[] = ['en', 'de', 'fr', 'es', 'it', 'ja', 'zh-hans'];

export interface Phrase {
  re: RegExp;
}
export interface Selector {
  css: string;
}
export type Phrases = Record<Lang, Phrase>;

/** The shell's app iframes (Photos, Mail …), named by data-name (the tips' idea of the app in view). */
export const APP_FRAME: Selector = { css: 'iframe.child-application[data-name]' };

export const SELECTORS = {
  /** Progress elements: upload progress in Photos, the storage meter in settings. */
  progress: {
    css: '[role="progressbar"],[role="meter"],progress,meter',
  },
  /** Only there when the Photos app shows a library (signed in). */
  photosLibrary: {
    css: 'ui-main-pane',
  },
  buttons: { css: 'ui-button,button,[role="button"],a' },
  /** The smallest container worth observing, per frame role, most specific first. */
  photosContainer: { css: 'ui-main-pane' },
  settingsContainer: {
    css: 'main,[role="main"]',
  },
  /**
   * Never read, anywhere: code, styles, templates and what the page hides from people and from
   * assistive technology.
   */
  neverRead: { css: 'script,style,template,noscript,[hidden],[aria-hidden="true"]' },
  /**
   * People's own content, or the page's items, even inside Apple's views: list items, grid tiles,
   * rows, captions, editable text. Storage and Photos text is never read from inside these.
   */
  peoplesContent: {
    css:
      'li,[role="listitem"],ui-list-item,[role="row"],[role="gridcell"],[role="grid"],[role="option"],' +
      '[role="treeitem"],figure,figcaption,[contenteditable],[role="textbox"],input,textarea',
  },
  /** Apple's notices around the Photos library: alerts, dialogs, status lines. */
  photosNotices: {
    css: '[role="alert"],[role="alertdialog"],[role="dialog"],dialog,[role="status"],[aria-live]',
  },
} satisfies Record<string, Selector>;

/**
 * What a person can press: the tip card keeps out of the way of these (content/tips/placement.ts).
 * Apart from SELECTORS so that the readers' script, which never needs it, does not carry it.
 */
export const CONTROLS: Selector = {
  css:
    'a[href], button, input, select, textarea, summary, [contenteditable=""], [contenteditable="true"], ' +
    '[role="button"], [role="link"], [role="menuitem"], [role="tab"], [role="checkbox"], [role="switch"], ' +
    '[tabindex]:not([tabindex="-1"]), ui-button',
};

/** Attributes read off the page. */
export const ATTRIBUTES = {
  locale: { name: 'data-cw-private-locale' },
  lang: { name: 'lang' },
};

/** The app frame's locale in its URL: /applications/photos3/current/<locale>/index.html. */
export const URL_LOCALE = /\/current\/([a-z]{2,3}(?:-[a-z0-9]{2,8})?)\//i;

/** Network endpoints the main-world listener watches (checked against e2e site pages). */
export const NETWORK = {
  storageUsageInfo: {
    re: /^https:\/\/(?:p\d+-)?setup\.icloud\.com(?:\.cn)?\/setup\/ws\/1\/storageUsageInfo(?:[?#]|$)/,
  },
  /** CloudKit's record writes: the only CloudKit answers whose body is read (for a quota refusal). */
  cloudKitModify: {
    re: /^https:\/\/p\d+-ckdatabasews\.icloud\.com(?:\.cn)?\/database\/1\/[^?#]*\/records\/modify(?:[?#]|$)/,
  },
  /** The Photos web app's upload steps (PHOTOS_UPLOAD below); the first group is the step. */
  photosUpload: {
    re: /^https:\/\/[a-z0-9-]+\.icloud\.com(?:\.cn)?\/(?:[^?#]*\/)?photosupload\/(createUploadUrl|putAsset|uploadStatus)(?:[?#]|$)/,
  },
} satisfies Record<string, Phrase>;

/** CloudKit's `serverErrorCode` for a write refused for quota (for a record or the request). */
export const CLOUDKIT_QUOTA_CODE = 'QUOTA_EXCEEDED';

/**
 * The Photos web app's uploads since August 2026, on the account's `photosupload` host (from the
 * setup answer's `webservices.photosupload.url`): createUploadUrl → the bytes to a content host →
 * putAsset (per-file results) → uploadStatus (progress per upload job). The old upload endpoint
 * answers 410 and is not watched. The steps' address is NETWORK.photosUpload.
 */
export const PHOTOS_UPLOAD = {
  /** A putAsset file status: Apple took the file (and gave it an upload job). */
  accepted: 200,
  /** A putAsset file status: the library already has the file. */
  duplicate: 409,
  /** Error codes that name a quota refusal in a putAsset file's response; nothing else does. */
  quotaCodes: ['QUOTA_EXCEEDED'] as readonly string[],
};

/** Words that make a block of text about storage at all. */
export const STORAGE_WORDS: Phrases = {
  en: { re: /storage/i },
  de: { re: /speicher/i },
  fr: { re: /stockage/i },
  es: { re: /almacenamiento/i },
  it: { re: /spazio|archiviazione/i },
  ja: { re: /ストレージ/ },
  'zh-hans': { re: /储存空间|存储空间/ },
};

/**
 * Apple's names of the plan ("iCloud+ with 50 GB", "iCloud+ mit 50 GB", "50 GBのiCloud+") and of
 * the free tier: a usage line under the plan's name is about storage as much as one under the
 * word "storage". The plan-size rule still decides which quantity is the total.
 */
export const PLAN_NAMES: Phrases = {
  en: { re: /icloud\+ (?:with )?\d|\bicloud \(?free\)?|\bfree (?:plan|tier)\b/i },
  de: { re: /icloud\+ (?:mit )?\d|\bicloud \(?kostenlos|\bkostenlose[rs]? (?:tarif|plan|speicherplan)/i },
  fr: { re: /icloud\+ (?:avec )?\d|\bicloud \(?gratuit|\b(?:forfait|offre) gratuite?\b/i },
  es: { re: /icloud\+ (?:con )?\d|\bicloud \(?gratis|\bplan gratuito\b/i },
  it: { re: /icloud\+ (?:con )?\d|\bicloud \(?gratuito|\b(?:piano|livello) gratuito\b/i },
  ja: { re: /icloud\+ ?\d|\d ?[GT]B ?の ?icloud\+|icloud ?[（(]?無料|無料プラン/i },
  'zh-hans': { re: /icloud\+ ?\d|\d ?[GT]B ?的? ?icloud\+|icloud ?[（(]?免费|免费(?:方案|计划|套餐)/i },
};

/** "… used": the quantities count what is used. */
export const USED_WORDS: Phrases = {
  en: { re: /\bused\b/i },
  de: { re: /belegt|verwendet|genutzt/i },
  fr: { re: /utilisé/i },
  es: { re: /usad[oa]s?\b|utilizad[oa]s?\b|en uso/i },
  it: { re: /utilizzat[oi]|in uso/i },
  ja: { re: /使用済み|使用中/ },
  'zh-hans': { re: /已使用|已用/ },
};

/**
 * The words between two quantities that make them "X of Y" (or "Y中X", "X（共 Y", "X available of
 * Y", "X utilisés sur Y": what is used or left can be a plan size too).
 */
export const OF_BETWEEN: Phrase = {
  re: /^\s*(?:(?:available|used|verfügbar|belegt|disponibles?|disponibili|utilisés?|usados?|utilizzati)\s+)?(?:of|von|sur|de|di|su|\/|中|中的|（共|\(共|，共|,\s*共)\s*$/i,
};

/** "… available": the quantities count what is left. */
export const AVAILABLE_WORDS: Phrases = {
  en: { re: /\bavailable\b/i },
  de: { re: /verfügbar/i },
  fr: { re: /disponibles?\b/i },
  es: { re: /disponibles?\b/i },
  it: { re: /disponibil[ei]\b/i },
  ja: { re: /利用可能/ },
  'zh-hans': { re: /可用/ },
};

export const FULL_PHRASES: Phrases = {
  en: {
    re: /storage is full|storage full/i,
  },
  de: { re: /speicher(?:platz)? ist voll/i },
  fr: { re: /stockage icloud est plein/i },
  es: { re: /almacenamiento de icloud está lleno/i },
  it: { re: /archiviazione icloud è pieno/i },
  ja: { re: /ストレージがいっぱい/ },
  'zh-hans': { re: /储存空间已满|存储空间已满/ },
};

/**
 * Apple's storage-full sentence as one of its notices in Photos says it: the sentence begins with
 * it ("Can’t upload 4 items. Your iCloud storage is full." — the second sentence), and it ends
 * there or goes on after a comma. A sentence that only holds the words — a name Apple shows
 * without quotes, "Delete Storage is full?", "Added 3 photos to Trip storage is full" — is not it.
 */
export const NOTICE_FULL_SENTENCES: Phrases = {
  en: { re: /^(?:your )?(?:icloud )?storage (?:is )?full(?:\s*[,;:–—]|$)/i },
  de: { re: /^(?:dein |ihr )?(?:icloud-?)?speicher(?:platz)? ist voll(?:\s*[,;:–—]|$)/i },
  fr: { re: /^(?:votre )?stockage icloud est plein(?:\s*[,;:–—]|$)/i },
  es: { re: /^(?:tu |su )?almacenamiento de icloud está lleno(?:\s*[,;:–—]|$)/i },
  it: { re: /^(?:lo )?(?:spazio di )?archiviazione icloud è pieno(?:\s*[,;:–—]|$)/i },
  ja: { re: /^(?:icloud ?)?ストレージがいっぱい(?:です)?(?:[、，,]|$)/i },
  'zh-hans': { re: /^(?:icloud ?)?(?:储存|存储)空间已满(?:[，,]|$)/i },
};

/** Where one sentence of a notice ends. */
export const SENTENCE_END: Phrase = { re: /[.!?。！？]+(?:\s+|$)|\n/ };

/** Apple's notices are short: an element with more text than this is a region, not a notice. */
export const MAX_NOTICE_CHARS = 400;

export const ALMOST_FULL_PHRASES: Phrases = {
  en: { re: /storage is (?:almost|nearly) full/i },
  de: { re: /speicher(?:platz)? ist fast voll/i },
  fr: { re: /stockage icloud est presque plein/i },
  es: { re: /almacenamiento de icloud está casi lleno/i },
  it: { re: /archiviazione icloud è quasi pieno/i },
  ja: { re: /ストレージがほぼいっぱい/ },
  'zh-hans': { re: /(?:储存|存储)空间(?:即将用完|即将用满|快满了|几乎已满)/ },
};

/** An upgrade offer: the person is not on the largest plan. */
export const UPGRADE_PHRASES: Phrases = {
  en: { re: /upgrade to icloud\+/i },
  de: { re: /auf icloud\+ upgraden|icloud\+ upgraden/i },
  fr: { re: /passer à icloud\+/i },
  es: { re: /(?:actualizar|mejorar) a icloud\+/i },
  it: { re: /passa a icloud\+/i },
  ja: { re: /icloud\+にアップグレード/i },
  'zh-hans': { re: /升级(?:到|至)\s?icloud\+/i },
};

/** The signed-out Photos page: a Sign In button … */
export const SIGN_IN_PHRASES: Phrases = {
  en: { re: /^sign in$/i },
  de: { re: /^anmelden$/i },
  fr: { re: /^se connecter$/i },
  es: { re: /^iniciar sesión$/i },
  it: { re: /^accedi$/i },
  ja: { re: /^サインイン$/ },
  'zh-hans': { re: /^登录$/ },
};

/** … next to the sentence that the page lets you view and share your photos. */
export const SIGNED_OUT_PHRASES: Phrases = {
  en: { re: /view and share (?:your )?photos/i },
  de: { re: /fotos .*(?:ansehen|anzeigen) und teilen/i },
  fr: { re: /(?:affiche[rz]|voir|voyez) et partage[rz] (?:vos )?photos/i },
  es: { re: /(?:ver|visualizar) y compartir (?:tus )?fotos/i },
  it: { re: /(?:visualizzare|vedere) e condividere (?:le tue )?foto/i },
  ja: { re: /写真.*(?:表示|閲覧).*共有/ },
  'zh-hans': { re: /查看和共享.*照片|照片.*查看和共享/ },
};

/**
 * Words that make a progress element or a line of text about an upload. A line in a notice with no
 * progress element begins with one of them or with its count (content/read-photos.ts), so the
 * Chinese one includes the line's 正在 ("正在上传 3/10 个项目").
 */
export const UPLOAD_WORDS: Phrases = {
  en: { re: /upload/i },
  de: { re: /hochgeladen|hochladen|upload/i },
  fr: { re: /import|téléversement|chargement/i },
  es: { re: /subiendo|carga|subida/i },
  it: { re: /caricament|caricando/i },
  ja: { re: /アップロード/ },
  'zh-hans': { re: /正在上传|上传/ },
};

/** Counts of items in an upload line: "3 of 10", "3 von 10", "3/10", "10 項目中 3". */
export const UPLOAD_COUNT = {
  usedFirst: {
    re: /(\d+)\s*(?:of|von|sur|de|di|su|\/|／)\s*(\d+)/i,
  },
  totalFirst: { re: /(\d+)\s*(?:項目中|个项目中|个中)\s*(\d+)/ },
} satisfies Record<string, Phrase>;

/**
 * What follows the count in Apple's upload line: its word for the items ("3 of 10 items", "3 von
 * 10 Objekten", "3/10 个项目"), or the end of the line (UPLOAD_COUNT_ENDS_LINE). A file's name goes
 * on (".jpg", " – Paris").
 */
export const UPLOAD_ITEM_WORDS: Phrases = {
  en: { re: /^\s*(?:items?|photos?|videos?|files?)\b/i },
  de: { re: /^\s*(?:objekte|elemente|fotos|videos|dateien|foto|video|datei)/i },
  fr: { re: /^\s*(?:éléments?|photos?|vidéos?|fichiers?)/i },
  es: { re: /^\s*(?:elementos?|fotos?|vídeos?|archivos?)/i },
  it: { re: /^\s*(?:elementi|elemento|foto|video|file)/i },
  ja: { re: /^\s*(?:項目|枚|件)/ },
  'zh-hans': { re: /^\s*(?:个项目|个|项|张)/ },
};

/** The count ends Apple's upload line, perhaps before a percentage ("3 of 10 · 30%"). */
export const UPLOAD_COUNT_ENDS_LINE = {
  re: /^\s*(?:[·•|–—-]\s*\d{1,3}(?:[.,]\d+)?\s*%)?\s*$/,
} satisfies Phrase;

export const PERCENT = {
  re: /(\d{1,3}(?:[.,]\d+)?)\s*%/,
} satisfies Phrase;

/** Any of a table's phrases matches: the language whose phrase matched. */
export function matchesAny(phrases: Phrases, text: string): Lang | null {
  for (const lang of LANGS) if (phrases[lang].re.test(text)) return lang;
  return null;
}

const combined = new WeakMap<Phrases, RegExp>();

/**
 * Whether any of a table's phrases may occur: one scan of a long text instead of one per language,
 * a quick check before a closer look. Word boundaries are left out, so it also finds a phrase in a
 * page's raw text, where elements meet without a space ("…used</p><p>Your…" reads "usedYour").
 */
export function occursIn(phrases: Phrases, text: string): boolean {
  let re = combined.get(phrases);
  if (!re) {
    const sources = LANGS.map((l) => `(?:${phrases[l].re.source.replaceAll('\\b', '')})`);
    re = new RegExp(sources.join('|'), 'i');
    combined.set(phrases, re);
  }
  return re.test(text);
}
