// The start screen's opening paints from plain HTML before the app runs (issue 18: it
// painted only once the main wasm ran), in the language the app will choose, and the app
// takes it over in place: the same words in the same boxes, and no layout shift.
import { test, expect } from './test.mjs';
import { readFileSync } from 'node:fs';
import { expectNoAxeViolations, holdBack } from './helpers.mjs';

const MAIN_WASM = /_bg\.wasm$/;
const bank = (lang) => JSON.parse(readFileSync(new URL(`../../src/content/bank.${lang}.json`, import.meta.url), 'utf8'));
const EN = bank('en');
const ES = bank('es');
const loading = (lang) => JSON.parse(readFileSync(new URL(`../../src/i18n/strings/${lang}.json`, import.meta.url), 'utf8')).messages.loading_screen;

/** What shows now: the bank's language (the heading's), the page title, the visible
 * heading and lead, and their boxes. The interface's language may differ (issue 26). */
function shown(page) {
  return page.evaluate(() => {
    const visible = (el) => el.getClientRects().length > 0;
    const box = (el) => el && Object.values(el.getBoundingClientRect().toJSON()).map(Math.round);
    const h1 = [...document.querySelectorAll('h1')].find(visible);
    const lead = [...document.querySelectorAll('.lead')].find(visible);
    return {
      lang: h1?.closest('[lang]')?.lang ?? null,
      title: document.title,
      h1: h1?.textContent ?? null,
      lead: lead?.textContent ?? null,
      boxes: [box(h1), box(lead)],
      loading: [...document.querySelectorAll('.boot')].some(visible),
    };
  });
}

/**
 * Opens `query` with the main wasm held back, reads what painted, then lets the app run
 * and reads what it drew. Also returns every layout shift from navigation on.
 */
async function takeOver(page, query, { axe = false } = {}) {
  const wasm = await holdBack(page, MAIN_WASM);
  await page.addInitScript(() => {
    window.__shifts = [];
    new PerformanceObserver((list) => window.__shifts.push(...list.getEntries().map((e) => e.value))).observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto(query);
  const before = await shown(page);
  const waiting = await page.evaluate(() => [...document.querySelectorAll('#boot [role="status"]')].find((s) => s.getClientRects().length > 0)?.textContent ?? null);
  expect(await page.evaluate(() => Boolean(document.getElementById('boot'))), 'the app has not run yet').toBe(true);
  if (axe) await expectNoAxeViolations(page, 'static start');
  await wasm.release();
  await page.waitForFunction(() => !document.getElementById('boot') && document.querySelector('#main .lead'));
  await expect(page.locator('.actions button').first()).toBeVisible();
  const after = await shown(page);
  return { before, waiting, after, shifts: await page.evaluate(() => window.__shifts) };
}

/** The opening painted in `lang` before the app ran, and the app took it over in place. */
function expectOpening({ before, after, shifts }, lang) {
  const copy = lang === 'es' ? ES : EN;
  expect(before).toMatchObject({ lang, title: copy.title, h1: copy.title, lead: copy.description, loading: false });
  expect(after, 'the app drew the same words in the same boxes').toEqual(before);
  expect(shifts, 'layout shifts').toEqual([]);
}

// No service worker: a page it controls fetches the wasm past page.route.
test.use({ viewport: { width: 375, height: 740 }, serviceWorkers: 'block' });

test.describe('in an English browser', () => {
  test.use({ locale: 'en-US' });

  test('the opening paints before the app and is taken over in place', async ({ page }) => {
    const opening = await takeOver(page, './?ns=prepaint', { axe: true });
    expectOpening(opening, 'en');
    expect(opening.waiting, 'says the rest is on its way').toBe('Loading…');
  });

  test('lang=es shows Spanish from the first paint', async ({ page }) => {
    expectOpening(await takeOver(page, './?ns=prepaint&lang=es'), 'es');
  });

  test('a lang with a region counts as its language, one the quiz lacks falls to the browser', async ({ page }) => {
    expectOpening(await takeOver(page, './?ns=prepaint&lang=es-MX'), 'es');
    await page.unrouteAll();
    expectOpening(await takeOver(page, './?ns=prepaint&lang=ja'), 'en');
  });

  test("a provider's bank keeps the loading line until its own text is read", async ({ page }) => {
    const { before, after } = await takeOver(page, './?ns=prepaint&bank=example-bank.json');
    expect(before).toMatchObject({ h1: null, lead: null, loading: true });
    const example = JSON.parse(readFileSync(new URL('../../examples/bank/example-bank.json', import.meta.url), 'utf8'));
    expect(after).toMatchObject({ h1: example.title, lead: example.description });
  });
});

test('until pre.js has chosen a copy, nothing shows: no flash of the loading line', async ({ page }) => {
  const pre = await holdBack(page, /\/pre-[0-9a-f]+\.js$/);
  await page.goto('./?ns=prepaint', { waitUntil: 'commit' });
  await page.waitForFunction(() => document.querySelectorAll('#boot [data-pre]').length > 0);
  expect(await page.evaluate(() => document.body.innerText.trim()), 'what the parser has so far shows').toBe('');
  await pre.release();
  await expect(page.getByRole('heading', { level: 1, name: EN.title })).toBeVisible();
  await expect(page.getByText('Loading the quiz…')).toBeHidden();
});

test.describe('in a Spanish browser', () => {
  test.use({ locale: 'es-MX' });

  test('the opening is Spanish from the first paint', async ({ page }) => {
    const opening = await takeOver(page, './?ns=prepaint', { axe: true });
    expectOpening(opening, 'es');
    expect(opening.waiting, 'says the rest is on its way').toBe(loading('es'));
  });

  test('lang=en, and lang=fr (a French interface over the Spanish bank) are honoured as the app honours them', async ({ page }) => {
    expectOpening(await takeOver(page, './?ns=prepaint&lang=en'), 'en');
    await page.unrouteAll();
    const french = await takeOver(page, './?ns=prepaint&lang=fr');
    expectOpening(french, 'es');
    expect(french.waiting, 'the loading line in the interface language').toBe(loading('fr'));
  });
});
