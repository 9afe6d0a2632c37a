/**
 * Everything the readers recognise on iCloud.com — selectors, attributes, URL patterns and phrases
 * per language — as data, each entry with the fixture(s) under tests/fixtures/icloud/ it is tested
 * against (tests/unit/content/signatures.test.ts checks every one). When Apple changes the page,
 * the fix belongs here.
 */

export type Lang = 'en' | 'de' | 'fr' | 'es' | 'it' | 'ja' | 'zh-hans';
export const LANGS: readonly Lang[] = ['en', 'de', 'fr', 'es', 'it', 'ja', 'zh-hans'];

export interface Phrase {
  re: RegExp;
  fixtures: string[];
}
export interface Selector {
  css: string;
  fixtures: string[];
}
export type Phrases = Record<Lang, Phrase>;

const ALL_LANGS_FIXTURE = 'banners-storage-by-language.html';

export const SELECTORS = {
  /** The shell's app iframes (Photos, Mail …), named by data-name. */
  appFrame: { css: 'iframe.child-application[data-name]', fixtures: ['shell-with-photos-iframe.html'] },
  /** Progress elements: upload progress in Photos, the storage meter in settings. */
  progress: {
    css: '[role="progressbar"],[role="meter"],progress,meter',
    fixtures: ['settings-meter-aria.html', 'photos-upload-in-progress.html', 'photos-upload-stalled.html'],
  },
  /** Only there when the Photos app shows a library (signed in). */
  photosLibrary: {
    css: 'ui-main-pane',
    fixtures: [
      'photos-upload-in-progress.html',
      'photos-quota-error.html',
      'decoys-photo-sizes-and-dates.html',
    ],
  },
  buttons: { css: 'ui-button,button,[role="button"],a', fixtures: ['photos-signed-out.html'] },
  /** The smallest container worth observing, per frame role, most specific first. */
  photosContainer: { css: 'ui-main-pane', fixtures: ['photos-upload-in-progress.html'] },
  settingsContainer: {
    css: 'main,[role="main"]',
    fixtures: ['settings-en-storage.html', 'settings-meter-aria.html'],
  },
} satisfies Record<string, Selector>;

/** Attributes read off the page. */
export const ATTRIBUTES = {
  locale: { name: 'data-cw-private-locale', fixtures: ['shell-with-photos-iframe.html'] },
  lang: { name: 'lang', fixtures: ['settings-de-nearly-full.html'] },
};

/** The app frame's locale in its URL: /applications/photos3/current/<locale>/index.html. */
export const URL_LOCALE = /\/current\/([a-z]{2,3}(?:-[a-z0-9]{2,8})?)\//i;

/** Network endpoints the main-world listener watches (checked against e2e site pages). */
export const NETWORK = {
  storageUsageInfo: {
    re: /^https:\/\/(?:p\d+-)?setup\.icloud\.com(?:\.cn)?\/setup\/ws\/1\/storageUsageInfo(?:[?#]|$)/,
    fixtures: ['site/readers/api/index.html', 'site/readers/api-xhr/index.html'],
  },
  /** CloudKit's record writes: the only CloudKit answers whose body is read (for a quota refusal). */
  cloudKitModify: {
    re: /^https:\/\/p\d+-ckdatabasews\.icloud\.com(?:\.cn)?\/database\/1\/[^?#]*\/records\/modify(?:[?#]|$)/,
    fixtures: ['site/applications/photos3/current/en-us/upload-quota.html'],
  },
} satisfies Record<string, Phrase>;

/** CloudKit's `serverErrorCode` for a write refused for quota (for a record or the request). */
export const CLOUDKIT_QUOTA_CODE = 'QUOTA_EXCEEDED';

/**
 * The Photos web app's uploads since August 2026, on the account's `photosupload` host (from the
 * setup answer's `webservices.photosupload.url`): createUploadUrl → the bytes to a content host →
 * putAsset (per-file results) → uploadStatus (progress per upload job). The old upload endpoint
 * answers 410 and is not watched. `url`'s first group is the step.
 */
export const PHOTOS_UPLOAD = {
  url: {
    re: /^https:\/\/[a-z0-9-]+\.icloud\.com(?:\.cn)?\/(?:[^?#]*\/)?photosupload\/(createUploadUrl|putAsset|uploadStatus)(?:[?#]|$)/,
    fixtures: ['site/applications/photos3/current/en-us/upload-web.html'],
  },
  /** A putAsset file status: Apple took the file (and gave it an upload job). */
  accepted: 200,
  /** A putAsset file status: the library already has the file. */
  duplicate: 409,
  /** Error codes that name a quota refusal in a putAsset file's response; nothing else does. */
  quotaCodes: ['QUOTA_EXCEEDED'] as readonly string[],
};

/** Words that make a block of text about storage at all. */
export const STORAGE_WORDS: Phrases = {
  en: { re: /storage/i, fixtures: ['settings-en-storage.html', 'settings-meter-aria.html'] },
  de: { re: /speicher/i, fixtures: ['settings-de-nearly-full.html'] },
  fr: { re: /stockage/i, fixtures: ['settings-fr-storage.html'] },
  es: { re: /almacenamiento/i, fixtures: ['settings-es-storage.html'] },
  it: { re: /spazio|archiviazione/i, fixtures: ['settings-it-storage.html'] },
  ja: { re: /ストレージ/, fixtures: ['settings-ja-storage.html'] },
  'zh-hans': { re: /储存空间|存储空间/, fixtures: ['settings-zh-hans-storage.html'] },
};

/** "… used": the quantities count what is used. */
export const USED_WORDS: Phrases = {
  en: { re: /\bused\b/i, fixtures: ['settings-en-storage.html'] },
  de: { re: /belegt|verwendet|genutzt/i, fixtures: ['settings-de-nearly-full.html'] },
  fr: { re: /utilisé/i, fixtures: ['settings-fr-storage.html'] },
  es: { re: /usad[oa]s?\b|utilizad[oa]s?\b|en uso/i, fixtures: ['settings-es-storage.html'] },
  it: { re: /utilizzat[oi]|in uso/i, fixtures: ['settings-it-storage.html'] },
  ja: { re: /使用済み|使用中/, fixtures: ['settings-ja-storage.html'] },
  'zh-hans': { re: /已使用|已用/, fixtures: ['settings-zh-hans-storage.html'] },
};

/** The words between two quantities that make them "X of Y" (or "Y中X", "X（共 Y"). */
export const OF_BETWEEN: Phrase = {
  re: /^\s*(?:of|von|sur|de|di|su|\/|中|中的|（共|\(共|，共|,\s*共)\s*$/i,
  fixtures: ['settings-en-storage.html', 'settings-de-nearly-full.html', 'settings-ja-storage.html'],
};

/** "… available": the quantities count what is left. */
export const AVAILABLE_WORDS: Phrases = {
  en: { re: /\bavailable\b/i, fixtures: ['settings-en-available.html'] },
  de: { re: /verfügbar/i, fixtures: [ALL_LANGS_FIXTURE] },
  fr: { re: /disponibles?\b/i, fixtures: [ALL_LANGS_FIXTURE] },
  es: { re: /disponibles?\b/i, fixtures: [ALL_LANGS_FIXTURE] },
  it: { re: /disponibil[ei]\b/i, fixtures: [ALL_LANGS_FIXTURE] },
  ja: { re: /利用可能/, fixtures: [ALL_LANGS_FIXTURE] },
  'zh-hans': { re: /可用/, fixtures: [ALL_LANGS_FIXTURE] },
};

export const FULL_PHRASES: Phrases = {
  en: {
    re: /storage is full|storage full/i,
    fixtures: ['banner-storage-full.html', 'photos-quota-error.html'],
  },
  de: { re: /speicher(?:platz)? ist voll/i, fixtures: [ALL_LANGS_FIXTURE] },
  fr: { re: /stockage icloud est plein/i, fixtures: [ALL_LANGS_FIXTURE] },
  es: { re: /almacenamiento de icloud está lleno/i, fixtures: [ALL_LANGS_FIXTURE] },
  it: { re: /archiviazione icloud è pieno/i, fixtures: [ALL_LANGS_FIXTURE] },
  ja: { re: /ストレージがいっぱい/, fixtures: [ALL_LANGS_FIXTURE] },
  'zh-hans': { re: /储存空间已满|存储空间已满/, fixtures: [ALL_LANGS_FIXTURE] },
};

export const ALMOST_FULL_PHRASES: Phrases = {
  en: { re: /storage is (?:almost|nearly) full/i, fixtures: ['banner-almost-full.html'] },
  de: { re: /speicher(?:platz)? ist fast voll/i, fixtures: ['settings-de-nearly-full.html'] },
  fr: { re: /stockage icloud est presque plein/i, fixtures: [ALL_LANGS_FIXTURE] },
  es: { re: /almacenamiento de icloud está casi lleno/i, fixtures: [ALL_LANGS_FIXTURE] },
  it: { re: /archiviazione icloud è quasi pieno/i, fixtures: [ALL_LANGS_FIXTURE] },
  ja: { re: /ストレージがほぼいっぱい/, fixtures: [ALL_LANGS_FIXTURE] },
  'zh-hans': { re: /(?:储存|存储)空间(?:即将用完|即将用满|快满了|几乎已满)/, fixtures: [ALL_LANGS_FIXTURE] },
};

/** An upgrade offer: the person is not on the largest plan. */
export const UPGRADE_PHRASES: Phrases = {
  en: { re: /upgrade to icloud\+/i, fixtures: ['banner-storage-full.html'] },
  de: { re: /auf icloud\+ upgraden|icloud\+ upgraden/i, fixtures: [ALL_LANGS_FIXTURE] },
  fr: { re: /passer à icloud\+/i, fixtures: [ALL_LANGS_FIXTURE] },
  es: { re: /(?:actualizar|mejorar) a icloud\+/i, fixtures: [ALL_LANGS_FIXTURE] },
  it: { re: /passa a icloud\+/i, fixtures: [ALL_LANGS_FIXTURE] },
  ja: { re: /icloud\+にアップグレード/i, fixtures: [ALL_LANGS_FIXTURE] },
  'zh-hans': { re: /升级(?:到|至)\s?icloud\+/i, fixtures: [ALL_LANGS_FIXTURE] },
};

/** The signed-out Photos page: a Sign In button … */
export const SIGN_IN_PHRASES: Phrases = {
  en: { re: /^sign in$/i, fixtures: ['photos-signed-out.html'] },
  de: { re: /^anmelden$/i, fixtures: [ALL_LANGS_FIXTURE] },
  fr: { re: /^se connecter$/i, fixtures: [ALL_LANGS_FIXTURE] },
  es: { re: /^iniciar sesión$/i, fixtures: [ALL_LANGS_FIXTURE] },
  it: { re: /^accedi$/i, fixtures: [ALL_LANGS_FIXTURE] },
  ja: { re: /^サインイン$/, fixtures: [ALL_LANGS_FIXTURE] },
  'zh-hans': { re: /^登录$/, fixtures: [ALL_LANGS_FIXTURE] },
};

/** … next to the sentence that the page lets you view and share your photos. */
export const SIGNED_OUT_PHRASES: Phrases = {
  en: { re: /view and share (?:your )?photos/i, fixtures: ['photos-signed-out.html'] },
  de: { re: /fotos .*(?:ansehen|anzeigen) und teilen/i, fixtures: [ALL_LANGS_FIXTURE] },
  fr: { re: /(?:affiche[rz]|voir|voyez) et partage[rz] (?:vos )?photos/i, fixtures: [ALL_LANGS_FIXTURE] },
  es: { re: /(?:ver|visualizar) y compartir (?:tus )?fotos/i, fixtures: [ALL_LANGS_FIXTURE] },
  it: { re: /(?:visualizzare|vedere) e condividere (?:le tue )?foto/i, fixtures: [ALL_LANGS_FIXTURE] },
  ja: { re: /写真.*(?:表示|閲覧).*共有/, fixtures: [ALL_LANGS_FIXTURE] },
  'zh-hans': { re: /查看和共享.*照片|照片.*查看和共享/, fixtures: [ALL_LANGS_FIXTURE] },
};

/** Words that make a progress element or a line of text about an upload. */
export const UPLOAD_WORDS: Phrases = {
  en: { re: /upload/i, fixtures: ['photos-upload-in-progress.html', 'photos-upload-stalled.html'] },
  de: { re: /hochgeladen|hochladen|upload/i, fixtures: [ALL_LANGS_FIXTURE] },
  fr: { re: /import|téléversement|chargement/i, fixtures: [ALL_LANGS_FIXTURE] },
  es: { re: /subiendo|carga|subida/i, fixtures: [ALL_LANGS_FIXTURE] },
  it: { re: /caricament|caricando/i, fixtures: [ALL_LANGS_FIXTURE] },
  ja: { re: /アップロード/, fixtures: [ALL_LANGS_FIXTURE] },
  'zh-hans': { re: /上传/, fixtures: [ALL_LANGS_FIXTURE] },
};

/** Counts of items in an upload line: "3 of 10", "3 von 10", "3/10", "10 項目中 3". */
export const UPLOAD_COUNT = {
  usedFirst: {
    re: /(\d+)\s*(?:of|von|sur|de|di|su|\/|／)\s*(\d+)/i,
    fixtures: ['photos-upload-in-progress.html'],
  },
  totalFirst: { re: /(\d+)\s*(?:項目中|个项目中|个中)\s*(\d+)/, fixtures: [ALL_LANGS_FIXTURE] },
} satisfies Record<string, Phrase>;

export const PERCENT = {
  re: /(\d{1,3}(?:[.,]\d+)?)\s*%/,
  fixtures: ['photos-upload-stalled.html'],
} satisfies Phrase;

/** Photos routes in the hash (#/recents …) and the view each one is. */
export const PHOTOS_VIEWS: Record<string, string> = {
  recents: 'library',
  library: 'library',
  favorites: 'favorites',
  albums: 'albums',
  album: 'albums',
  memories: 'memories',
  mediatypes: 'media-types',
  recentlydeleted: 'recently-deleted',
  'recently-deleted': 'recently-deleted',
  hidden: 'hidden',
  shared: 'shared',
  sharedalbums: 'shared',
};

/** Any of a table's phrases matches: the language whose phrase matched. */
export function matchesAny(phrases: Phrases, text: string): Lang | null {
  for (const lang of LANGS) if (phrases[lang].re.test(text)) return lang;
  return null;
}

const combined = new WeakMap<Phrases, RegExp>();

/** Whether any of a table's phrases occurs: one scan of a long text instead of one per language. */
export function occursIn(phrases: Phrases, text: string): boolean {
  let re = combined.get(phrases);
  if (!re) {
    re = new RegExp(LANGS.map((l) => `(?:${phrases[l].re.source})`).join('|'), 'i');
    combined.set(phrases, re);
  }
  return re.test(text);
}
