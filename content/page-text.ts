/**
 * Text as a person reads it in Apple's interface: text nodes joined by spaces, without code,
 * styles, templates, hidden or aria-hidden parts, and without people's own content (list items,
 * grid tiles, captions, editable text: SELECTORS.peoplesContent).
 */
import { SELECTORS } from './signatures';

const MAX_CHARS = 4000;
const SKIPPED_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);
const NOT_READ = `${SELECTORS.neverRead.css},${SELECTORS.peoplesContent.css}`;
// NodeFilter's values (the global is not there in every context the readers run in).
const SHOW_ELEMENT_AND_TEXT = 0x1 | 0x4;
const ACCEPT = 1;
const REJECT = 2;
const SKIP = 3;

/**
 * The text without what it quotes: Apple's notices name people's albums and files in quotes
 * ("Delete “Holidays”?", "Uploading “IMG_2041.jpg”"), and a name is never Apple's word. From the
 * first opening quote to the last closing one, so nested quotes go too.
 */
export function unquoted(text: string): string {
  return text.replace(/["“„«「『].*["”“»」』]/gs, ' ');
}

/** Spaces of every kind (no-break, thin, narrow) as one plain space. */
export function plainSpaces(text: string): string {
  return text.replace(/[\s\u00a0\u2009\u202f]+/g, ' ').trim();
}

/** Elements whose subtree is never read: code, hidden parts, people's content. */
function skipsSubtree(node: Node): number {
  if (node.nodeType !== 1) return ACCEPT;
  return (node as Element).matches(NOT_READ) ? REJECT : SKIP;
}

/**
 * The element's text, with a space where elements meet ("<b>1,2</b><i>GB</i>" reads "1,2 GB"),
 * leaving out what is never read inside it.
 */
export function textOf(element: Element, maxChars = MAX_CHARS): string {
  const doc = element.ownerDocument;
  const walker = doc.createTreeWalker(element, SHOW_ELEMENT_AND_TEXT, { acceptNode: skipsSubtree });
  const parts: string[] = [];
  let length = 0;
  for (let node = walker.nextNode(); node && length < maxChars; node = walker.nextNode()) {
    const value = node.nodeValue ?? '';
    parts.push(value);
    length += value.length;
  }
  return plainSpaces(parts.join(' '));
}

/**
 * Whether an element is Apple's interface as people see it: not inside code, a hidden or
 * aria-hidden part or people's own content, rendered, and not placed off the page.
 */
export function isReadable(element: Element | null): element is Element {
  if (!element || element.closest(NOT_READ)) return false;
  const shown = element as Element & { checkVisibility?: (options?: object) => boolean };
  if (shown.checkVisibility && !shown.checkVisibility({ opacityProperty: true, visibilityProperty: true }))
    return false;
  // Off-screen text (moved left of or above the page, or clipped to a pixel) is not shown to
  // anyone. A box of no size at all tells nothing (a document that is not laid out).
  const box = element.getBoundingClientRect();
  if (box.width === 0 && box.height === 0) return true;
  const view = element.ownerDocument.defaultView;
  const x = view?.scrollX ?? 0;
  const y = view?.scrollY ?? 0;
  return box.right + x > 0 && box.bottom + y > 0 && (box.width > 1 || box.height > 1);
}

/**
 * Every text node under root whose text matches and that people see in Apple's interface
 * (isReadable), in document order. The test comes first: the layout check runs for matches only.
 */
export function textNodesMatching(root: Node, test: (text: string) => boolean): Text[] {
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  const found: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (SKIPPED_TAGS.has(node.parentElement?.tagName ?? '')) continue;
    if (test(node.nodeValue ?? '') && isReadable(node.parentElement)) found.push(node as Text);
  }
  return found;
}

/** A label worth reading for an element: ARIA name, value text, a <label>, its title. */
export function accessibleText(element: Element): string {
  const doc = element.ownerDocument;
  const parts = [
    element.getAttribute('aria-label'),
    element.getAttribute('aria-valuetext'),
    element.getAttribute('title'),
  ];
  for (const id of (element.getAttribute('aria-labelledby') ?? '').split(/\s+/)) {
    const label = id ? doc.getElementById(id) : null;
    if (isReadable(label)) parts.push(textOf(label, 300));
  }
  // <label> names only labelable elements (<meter>, <progress>, inputs), which list their labels:
  // no search of the whole document for label[for].
  for (const label of (element as { labels?: NodeListOf<HTMLLabelElement> | null }).labels ?? [])
    if (isReadable(label)) parts.push(textOf(label, 300));
  return plainSpaces(parts.filter(Boolean).join(' '));
}

/** The accessible text plus the text of the nearest ancestor with a short text ("nearby label"). */
export function labelAround(element: Element, maxChars = 300): string {
  let nearby = '';
  for (let el = element.parentElement, depth = 0; el && depth < 3; el = el.parentElement, depth++) {
    const text = textOf(el, maxChars + 1);
    if (text.length > maxChars) break;
    nearby = text;
  }
  return plainSpaces(`${accessibleText(element)} ${nearby}`);
}
