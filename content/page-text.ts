/** Text as a person reads it: text nodes joined by spaces, without scripts and styles. */

const SKIPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);
const MAX_CHARS = 4000;

/** Spaces of every kind (no-break, thin, narrow) as one plain space. */
export function plainSpaces(text: string): string {
  return text.replace(/[\s\u00a0\u2009\u202f]+/g, ' ').trim();
}

/** The element's text, with a space where elements meet ("<b>1,2</b><i>GB</i>" reads "1,2 GB"). */
export function textOf(element: Element, maxChars = MAX_CHARS): string {
  const doc = element.ownerDocument;
  const walker = doc.createTreeWalker(element, 4 /* NodeFilter.SHOW_TEXT */);
  const parts: string[] = [];
  let length = 0;
  for (let node = walker.nextNode(); node && length < maxChars; node = walker.nextNode()) {
    if (SKIPPED.has(node.parentElement?.tagName ?? '')) continue;
    const value = node.nodeValue ?? '';
    parts.push(value);
    length += value.length;
  }
  return plainSpaces(parts.join(' '));
}

/** Every visible-text node under root whose text matches, in document order. */
export function textNodesMatching(root: Node, test: (text: string) => boolean): Text[] {
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, 4);
  const found: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (SKIPPED.has(node.parentElement?.tagName ?? '')) continue;
    if (test(node.nodeValue ?? '')) found.push(node as Text);
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
    if (label) parts.push(textOf(label, 300));
  }
  // <label> names only labelable elements (<meter>, <progress>, inputs), which list their labels:
  // no search of the whole document for label[for].
  for (const label of (element as { labels?: NodeListOf<HTMLLabelElement> | null }).labels ?? [])
    parts.push(textOf(label, 300));
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
