/**
 * The shape of a locale as iCloud.com names one ("en-us", "de_DE", "zh-Hans-CN"): a language and up
 * to two subtags. The content script takes a page's locale only in this shape, and the background
 * accepts a reading's locale only in this shape.
 */
export const LOCALE_TAG = /^[a-z]{2,3}(?:[-_][a-z0-9]{2,8}){0,2}$/i;
