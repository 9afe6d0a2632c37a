// Exports assets/icon.svg to the PNG sizes the stores and toolbars use (public/icon/<size>.png).
// Run after changing the SVG: npm run icons
import { readFile, writeFile, mkdir } from 'node:fs/promises';
import { Resvg } from '@resvg/resvg-js';

const SIZES = [16, 32, 48, 128];
const svg = await readFile(new URL('../assets/icon.svg', import.meta.url), 'utf8');
const outDir = new URL('../public/icon/', import.meta.url);
await mkdir(outDir, { recursive: true });
for (const size of SIZES) {
  const png = new Resvg(svg, { fitTo: { mode: 'width', value: size } }).render().asPng();
  await writeFile(new URL(`${size}.png`, outDir), png);
  console.log(`public/icon/${size}.png (${png.length} bytes)`);
}
