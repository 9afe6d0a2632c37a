import { LOCALE_TAG } from '@/lib/readings/locale';
import { ATTRIBUTES, URL_LOCALE } from './signatures';

/** The page's locale: the shell's build attribute, the app frame's URL, or <html lang>. */
export function pageLocale(doc: Document, url: string): string | null {
  const root = doc.documentElement;
  for (const c of [
    root?.getAttribute(ATTRIBUTES.locale.name),
    URL_LOCALE.exec(url)?.[1],
    root?.getAttribute(ATTRIBUTES.lang.name),
  ])
    if (c && LOCALE_TAG.test(c)) return c.toLowerCase().replace('_', '-');
  return null;
}
