// Renders the app icons (committed under src/web/icons/) from one SVG, in Debian's
// Chromium. Run by hand when the icon changes: node tools/make-icons.mjs
import { chromium } from '../tests/e2e/node_modules/@playwright/test/index.mjs';
import { writeFileSync } from 'node:fs';

// A check mark over three stacked bars: a quiz about running many projects.
const mark = `
  <rect x="132" y="150" width="248" height="44" rx="22" fill="#fff" opacity=".55"/>
  <rect x="132" y="234" width="248" height="44" rx="22" fill="#fff" opacity=".75"/>
  <rect x="132" y="318" width="150" height="44" rx="22" fill="#fff"/>
  <path d="M300 352 l36 36 l72 -96" fill="none" stroke="#fff" stroke-width="40" stroke-linecap="round" stroke-linejoin="round"/>`;
const svg = (maskable) => `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512">
  <rect width="512" height="512" rx="${maskable ? 0 : 112}" fill="#3346c9"/>
  <g transform="${maskable ? 'translate(51 51) scale(.8)' : ''}">${mark}</g></svg>`;

const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage();
for (const [name, size, maskable] of [
  ['icon-192.png', 192, false],
  ['icon-512.png', 512, false],
  ['maskable-192.png', 192, true],
  ['maskable-512.png', 512, true],
  ['apple-touch-icon.png', 180, true],
]) {
  await page.setViewportSize({ width: size, height: size });
  await page.setContent(`<style>html,body{margin:0;background:transparent}</style>${svg(maskable).replace('<svg ', `<svg width="${size}" height="${size}" `)}`);
  writeFileSync(new URL(`../src/web/icons/${name}`, import.meta.url), await page.screenshot({ omitBackground: true }));
}
writeFileSync(new URL('../src/web/icons/icon.svg', import.meta.url), svg(false));
await browser.close();
