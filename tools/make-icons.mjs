// Render the PNG icons in public/icons/ from public/icons/icon.svg with
// headless Chromium (playwright-core). Run: node tools/make-icons.mjs
//
// Variants:
//   icon-192/512, favicon-32   the SVG as is (rounded square, transparent corners)
//   icon-maskable-512          full-bleed square, glyph shrunk to 80% so it sits
//                              well inside the maskable safe zone (circle of 40% radius)
//   apple-touch-icon (180)     full-bleed square (iOS rounds the corners itself and
//                              shows transparency as black)
import { readFileSync, writeFileSync } from 'node:fs';
import { chromium } from 'playwright-core';

const DIR = new URL('../public/icons/', import.meta.url);
const CHROMIUM = process.env.CHROME_PATH || '/usr/bin/chromium';
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--no-first-run'];

const svg = readFileSync(new URL('icon.svg', DIR), 'utf8');
if (!/<rect id="bg"[^>]*rx="\d+"/.test(svg) || !svg.includes('<g id="glyph">')) {
  throw new Error('icon.svg must contain <rect id="bg" ... rx="..."> and <g id="glyph">');
}
const fullBleed = (scale) =>
  svg
    .replace(/(<rect id="bg"[^>]*?)rx="\d+"/, '$1rx="0"')
    .replace('<g id="glyph">', `<g id="glyph" transform="translate(256 256) scale(${scale}) translate(-256 -256)">`);

const jobs = [
  ['favicon-32.png', 32, svg],
  ['icon-192.png', 192, svg],
  ['icon-512.png', 512, svg],
  ['icon-maskable-512.png', 512, fullBleed(0.8)],
  ['apple-touch-icon.png', 180, fullBleed(1)],
];

const browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
try {
  const page = await browser.newPage({ deviceScaleFactor: 1 });
  for (const [name, size, source] of jobs) {
    await page.setViewportSize({ width: size, height: size });
    const src = 'data:image/svg+xml;base64,' + Buffer.from(source).toString('base64');
    await page.setContent(
      `<html><body style="margin:0;background:transparent"><img src="${src}" width="${size}" height="${size}" style="display:block"></body></html>`,
    );
    await page.locator('img').evaluate((img) => img.decode());
    const png = await page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
    writeFileSync(new URL(name, DIR), png);
    console.log(`make-icons: public/icons/${name} (${size}x${size}, ${png.length} bytes)`);
  }
} finally {
  await browser.close();
}
