/**
 * The toolbar button as Chrome draws it in every popup state: the built extension's icon with the
 * badge text, background and text colour it set (read back through `chrome.action`), on light and
 * dark toolbar strips at 1× and 2×, with the tooltip beside it:
 * .output/screenshots/badge-states-1x.png and badge-states-2x.png.
 */
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { EXTENSION_DIR } from '../e2e/harness';
import { enterState, POPUP_STATES } from '../e2e/popup-states';
import { SCREENSHOT_DIR, useSeededExtension } from './shoot';

/** Chrome's toolbar in its light and dark themes. */
const TOOLBARS = ['#ffffff', '#f1f3f4', '#202124', '#35363a'];

interface Drawn {
  state: string;
  text: string;
  background: number[];
  textColour: number[];
  title: string;
}

const css = (rgba: number[]) => `rgba(${rgba[0]}, ${rgba[1]}, ${rgba[2]}, ${(rgba[3] ?? 255) / 255})`;
const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/**
 * One row per state: the toolbar button (28 px, icon 16 px) on each strip, the badge at its
 * bottom right in Chrome's shape (rounded box, bold 9 px text, at least as wide as tall), and the
 * tooltip text. `scale` draws everything at that many device pixels per CSS pixel.
 */
function page(rows: Drawn[], icon: string, scale: number): string {
  const px = (n: number) => `${n * scale}px`;
  const button = (row: Drawn, bar: string) => `
    <td style="background:${bar};padding:${px(6)} ${px(10)}">
      <div style="position:relative;width:${px(28)};height:${px(28)}">
        <img src="${icon}" style="position:absolute;left:${px(6)};top:${px(6)};width:${px(16)};height:${px(16)}">
        ${
          row.text
            ? `<span style="position:absolute;right:${px(-2)};bottom:${px(1)};min-width:${px(12)};height:${px(12)};
                padding:0 ${px(2)};box-sizing:border-box;border-radius:${px(2)};background:${css(row.background)};
                color:${css(row.textColour)};font:700 ${px(9)}/${px(12)} system-ui,sans-serif;text-align:center">${escape(row.text)}</span>`
            : ''
        }
      </div>
    </td>`;
  return `<!doctype html><meta charset="utf-8">
    <body style="margin:0;background:#fff;font:${px(11)}/1.35 system-ui,sans-serif;color:#202124">
    <table style="border-collapse:collapse">
      <tr><th style="text-align:left;padding:${px(4)}">state</th>${TOOLBARS.map((b) => `<th style="padding:${px(4)};font-weight:400">${b}</th>`).join('')}<th style="text-align:left;padding:${px(4)}">tooltip</th></tr>
      ${rows
        .map(
          (row) => `<tr style="border-top:1px solid #dadce0">
            <td style="padding:${px(4)};white-space:nowrap">${escape(row.state)}</td>
            ${TOOLBARS.map((bar) => button(row, bar)).join('')}
            <td style="padding:${px(4)};white-space:pre-line;max-width:${px(420)}">${escape(row.title)}</td>
          </tr>`,
        )
        .join('')}
    </table></body>`;
}

describe('badge screenshots', () => {
  const harness = useSeededExtension();

  it('draws the toolbar button in every state, light and dark, 1× and 2×', async () => {
    const h = harness();
    const rows: Drawn[] = [];
    for (const state of POPUP_STATES) {
      await enterState(await h.worker(), state, Date.now());
      await expect.poll(async () => (await h.badge()).text, { timeout: 10_000 }).toBe(state.badge);
      const drawn = await (
        await h.worker()
      ).evaluate(async () => ({
        text: await chrome.action.getBadgeText({}),
        background: await chrome.action.getBadgeBackgroundColor({}),
        textColour: await chrome.action.getBadgeTextColor({}),
        title: await chrome.action.getTitle({}),
      }));
      rows.push({ state: state.name, ...drawn });
    }
    for (const scale of [1, 2]) {
      const png = await readFile(`${EXTENSION_DIR}icon/${16 * scale}.png`);
      const icon = `data:image/png;base64,${png.toString('base64')}`;
      const shot = await h.context.newPage();
      await shot.setViewportSize({ width: 1000 * scale, height: 400 });
      await shot.setContent(page(rows, icon, scale));
      await shot.screenshot({ path: `${SCREENSHOT_DIR}badge-states-${scale}x.png`, fullPage: true });
      await shot.close();
    }
    expect(rows.map((r) => r.text)).toEqual(POPUP_STATES.map((s) => s.badge));
  });
});
