/** Renders Preact into a real (happy-dom) container and lets the test read it as a person would. */
import { render, type ComponentChild } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach } from 'vitest';

const mounted: HTMLElement[] = [];

afterEach(() => {
  for (const el of mounted.splice(0)) {
    render(null, el);
    el.remove();
  }
});

export function mount(ui: ComponentChild): HTMLElement {
  const container = document.createElement('div');
  document.body.append(container);
  mounted.push(container);
  void act(() => render(ui, container));
  return container;
}

/** Lets pending promises, effects and re-renders finish. */
export async function settle(): Promise<void> {
  for (let i = 0; i < 3; i++) {
    await act(async () => {
      await new Promise((resolve) => setTimeout(resolve, 0));
    });
  }
}

/** The text a person sees, with runs of white space collapsed. */
export function textOf(el: Element | null): string {
  return (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** The form control whose label (wrapping or `for`) contains the text. */
export function byLabel<T extends HTMLElement = HTMLInputElement>(root: ParentNode, text: string): T {
  for (const label of root.querySelectorAll('label')) {
    if (!textOf(label).includes(text)) continue;
    const id = label.getAttribute('for');
    const control = id
      ? root.querySelector(`#${CSS.escape(id)}`)
      : label.querySelector('input, select, textarea');
    if (control) return control as T;
  }
  throw new Error(`No control labelled "${text}"`);
}

export function byRole(root: ParentNode, role: string, name: string): HTMLElement {
  const implicit: Record<string, string> = { button: 'button', link: 'a[href]', heading: 'h1, h2, h3, h4' };
  const candidates = root.querySelectorAll<HTMLElement>(
    `[role="${role}"]${implicit[role] ? `, ${implicit[role]}` : ''}`,
  );
  for (const el of candidates) {
    const label = el.getAttribute('aria-label') ?? textOf(el);
    if (label.includes(name)) return el;
  }
  throw new Error(`No ${role} named "${name}"`);
}

export function typeInto(input: HTMLInputElement, value: string): void {
  void act(() => {
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

export function commit(input: HTMLInputElement | HTMLSelectElement, value?: string): void {
  void act(() => {
    if (value !== undefined) input.value = value;
    input.dispatchEvent(new Event('change', { bubbles: true }));
  });
}

export function click(el: HTMLElement): void {
  void act(() => el.click());
}
