import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { currentApp } from '@/content/tips/current-app';

function load(html: string): void {
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  document.body.replaceChildren(...Array.from(parsed.body.childNodes));
}

describe('currentApp: the app the iCloud.com shell shows', () => {
  beforeEach(() => document.body.replaceChildren());

  it.each([
    ['/photos/', 'photos'],
    ['/mail/', 'mail'],
    ['/iclouddrive/', 'drive'],
    ['/settings/', 'settings'],
  ])('reads %s from the route', (path, app) => {
    expect(currentApp(document, path)).toBe(app);
  });

  it('reads the app iframe of the shell fixture when the route names no app', () => {
    load(readFileSync('tests/fixtures/icloud/shell-with-photos-iframe.html', 'utf8'));
    expect(currentApp(document, '/')).toBe('photos');
  });

  it('with a single app iframe, names it without asking the page for layout', () => {
    load(readFileSync('tests/fixtures/icloud/shell-with-photos-iframe.html', 'utf8'));
    const layout = vi.spyOn(HTMLElement.prototype, 'getClientRects');
    expect(currentApp(document, '/')).toBe('photos');
    expect(layout).not.toHaveBeenCalled();
    layout.mockRestore();
  });

  it('says other when the shell shows no app', () => {
    load('<main><h1>iCloud</h1></main>');
    expect(currentApp(document, '/')).toBe('other');
  });
});
