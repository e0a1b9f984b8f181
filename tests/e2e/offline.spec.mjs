// Offline after one visit, at the root and under a sub-path; updates that never
// interrupt an attempt; an installable manifest. Offline is proven by stopping the
// server, since setOffline does not cut a service worker's own fetches (playwright#2311).
import { chromium } from '@playwright/test';
import { test, expect } from './test.mjs';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { serve } from './server.mjs';
import { chromium as chromiumOptions, port } from './playwright.config.mjs';
import { RUN_LENGTH, answer, currentQuestion, start, takeQuiz } from './helpers.mjs';

const dist = fileURLToPath(new URL('../../dist/', import.meta.url));
const postbuild = fileURLToPath(new URL('../../tools/postbuild.mjs', import.meta.url));

async function waitForServiceWorker(page) {
  await page.evaluate(() => navigator.serviceWorker.ready);
  await expect.poll(() => page.evaluate(() => Boolean(navigator.serviceWorker.controller))).toBe(true);
  // Set once the worker has also kept the language files and bank this page used.
  await expect.poll(() => page.evaluate(() => Boolean(window.__pmoQuizOfflineReady))).toBe(true);
}

for (const [name, prefix, serverPort] of [['at the root', '/', port(8)], ['under a sub-path', '/training/quiz/', port(9)]]) {
  test(`after one visit ${name}, a whole run works with the server stopped`, async ({ browser }) => {
    const server = await serve({ root: dist, prefix, port: serverPort });
    const context = await browser.newContext();
    const page = await context.newPage();
    const foreign = [];
    page.on('request', (r) => !r.url().startsWith(`http://127.0.0.1:${serverPort}/`) && foreign.push(r.url()));
    await page.goto(server.url);
    await waitForServiceWorker(page);
    await server.close();

    const fromNetwork = [];
    page.on('response', (r) => !r.fromServiceWorker() && fromNetwork.push(r.url()));
    await page.reload();
    await start(page);
    await takeQuiz(page, (i) => i < 9);
    await expect(page.getByTestId('score-line')).toHaveText(`You scored 9 of ${RUN_LENGTH} (75%).`);
    await page.reload();
    await expect(page.getByTestId('best-score')).toHaveText(`Your best score: 9 of ${RUN_LENGTH} (75%)`);
    expect(fromNetwork, 'nothing reached the network while offline').toEqual([]);
    expect(foreign, 'no request to any other origin').toEqual([]);
    await context.close();
  });
}

test('a provider bank keeps working offline once it has been loaded', async ({ browser }) => {
  const fixtures = fileURLToPath(new URL('./fixtures/', import.meta.url));
  const server = await serve({ root: dist, prefix: '/quiz/', port: port(10), mounts: [{ prefix: '/quiz/fixtures/', root: fixtures }] });
  const page = await (await browser.newContext()).newPage();
  await page.goto(`${server.url}?bank=example-bank.json`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('PMO Onboarding Check');
  await waitForServiceWorker(page);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('PMO Onboarding Check');
  await server.close();
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('PMO Onboarding Check');
  await expect(page.getByText('4 questions · pass mark 70%')).toBeVisible();
});

test('the language in use, built in or a provider\'s, works offline after one visit; no other is downloaded', async ({ browser }) => {
  const fixtures = fileURLToPath(new URL('./fixtures/', import.meta.url));
  const strings = (path) => JSON.parse(readFileSync(new URL(path, import.meta.url), 'utf8')).messages;
  for (const [query, t, bank, offset] of [
    ['lang=es', strings('../../src/i18n/strings/es.json'), 'bank.es.json', 21],
    ['lang=de', strings('../../src/i18n/strings/de.json'), 'bank.en.json', 22],
    ['strings=fixtures/strings/nl.json', strings('./fixtures/strings/nl.json'), 'bank.en.json', 23],
  ]) {
    const server = await serve({ root: dist, prefix: '/quiz/', port: port(offset), mounts: [{ prefix: '/quiz/fixtures/', root: fixtures }] });
    const context = await browser.newContext();
    const page = await context.newPage();
    const json = [];
    page.on('request', (r) => r.url().endsWith('.json') && json.push(new URL(r.url()).pathname.replace('/quiz/', '')));
    await page.goto(`${server.url}?${query}`);
    await expect(page.getByRole('button', { name: t.start, exact: true })).toBeVisible();
    await waitForServiceWorker(page);
    const own = json.filter((p) => /^(strings|content)\//.test(p));
    expect(own.every((p) => p === `content/${bank}` || !p.startsWith('content/')), `only its own bank: ${own}`).toBe(true);
    expect(own.filter((p) => p.startsWith('strings/')).length, `at most its own strings: ${own}`).toBeLessThanOrEqual(1);
    await server.close();
    await page.reload();
    await page.getByRole('button', { name: t.start, exact: true }).click();
    await expect(page.locator('.prompt')).toBeVisible();
    await context.close();
  }
});

/** A copy of dist/ as a later release: a changed index.html, and sw.js rebuilt for it. */
function buildB() {
  const b = mkdtempSync(join(tmpdir(), 'quiz-b-'));
  cpSync(dist, b, { recursive: true });
  const html = join(b, 'index.html');
  writeFileSync(html, readFileSync(html, 'utf8').replace('<head>', '<head>\n    <meta name="pmo-quiz-build" content="B" />'));
  execFileSync('node', [postbuild, b]);
  return b;
}

test('a new version waits, never interrupts the attempt, and applies on request', async ({ browser }) => {
  const quizPort = port(11);
  let server = await serve({ root: dist, prefix: '/quiz/', port: quizPort });
  const page = await (await browser.newContext()).newPage();
  await page.goto(server.url);
  await waitForServiceWorker(page);
  await start(page);
  const first = await currentQuestion(page);
  await answer(page, first, true);
  await page.getByRole('button', { name: 'Check answer' }).click();
  await page.getByRole('button', { name: 'Next question' }).click();

  await server.close();
  server = await serve({ root: buildB(), prefix: '/quiz/', port: quizPort });
  await page.reload();
  // The old version still runs this visit, and the attempt is waiting where it was.
  await expect(page.locator('meta[name="pmo-quiz-build"]')).toHaveCount(0);
  await expect(page.getByRole('button', { name: `Resume (question 2 of ${RUN_LENGTH})` })).toBeVisible();
  const banner = page.getByTestId('update-banner');
  await expect(banner).toContainText('A new version of the quiz is ready');

  await page.getByRole('button', { name: `Resume (question 2 of ${RUN_LENGTH})` }).click();
  await expect(page.getByRole('heading', { name: `Question 2 of ${RUN_LENGTH}` })).toBeVisible();
  await expect(banner, 'never shown mid-question').toHaveCount(0);
  await page.reload();

  await page.getByRole('button', { name: 'Reload now' }).click();
  await expect(page.locator('meta[name="pmo-quiz-build"]')).toHaveAttribute('content', 'B');
  await expect(page.getByRole('button', { name: `Resume (question 2 of ${RUN_LENGTH})` })).toBeVisible();
  await page.getByRole('button', { name: `Resume (question 2 of ${RUN_LENGTH})` }).click();
  await expect(page.getByRole('heading', { name: `Question 2 of ${RUN_LENGTH}` })).toBeVisible();
  await server.close();
});

test('the new-version offer arrives below the screen and moves nothing the learner may be tapping', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 740 });
  await page.goto('./?ns=late-offer');
  const startButton = page.getByRole('button', { name: 'Start quiz' });
  // The core is in (it brings the links, and the offer itself): the screen is laid out.
  await expect(page.getByRole('button', { name: 'Your progress' })).toBeVisible();
  const before = await startButton.boundingBox();
  // What sw-register.js fires once a new version has installed, often seconds after load.
  await page.evaluate(() => {
    window.__pmoQuizUpdateReady = true;
    window.dispatchEvent(new CustomEvent('pmo-quiz:update-ready'));
  });
  const banner = page.getByTestId('update-banner');
  await expect(banner).toContainText('A new version of the quiz is ready');
  expect(await startButton.boundingBox(), 'Start did not move').toEqual(before);
  await expect(page.getByRole('button', { name: 'Reload now' })).toBeVisible();
  // Read after the screen, as it sits, and announced as a status.
  expect(await page.evaluate(() => {
    const offer = document.querySelector('[data-testid="update-banner"]');
    const start = [...document.querySelectorAll('button')].find((b) => b.textContent.trim() === 'Start quiz');
    return Boolean(start.compareDocumentPosition(offer) & Node.DOCUMENT_POSITION_FOLLOWING);
  })).toBe(true);
  await expect(banner).toHaveAttribute('role', 'status');
});

test('a new version taken in one tab never reloads another tab mid-question', async ({ browser }) => {
  const quizPort = port(13);
  let server = await serve({ root: dist, prefix: '/quiz/', port: quizPort });
  const context = await browser.newContext();
  const asking = await context.newPage();
  await asking.goto(server.url);
  await waitForServiceWorker(asking);

  await server.close();
  server = await serve({ root: buildB(), prefix: '/quiz/', port: quizPort });
  const learning = await context.newPage();
  await learning.goto(server.url);
  await expect(learning.getByTestId('update-banner')).toContainText('A new version of the quiz is ready');
  await start(learning);
  await expect(learning.getByRole('heading', { name: `Question 1 of ${RUN_LENGTH}` })).toBeVisible();
  // Anything the page holds in memory is gone if it reloads.
  await learning.evaluate(() => (window.__sameVisit = true));

  await asking.reload();
  await asking.getByRole('button', { name: 'Reload now' }).click();
  await expect(asking.locator('meta[name="pmo-quiz-build"]')).toHaveAttribute('content', 'B');
  await expect.poll(() => learning.evaluate(() => navigator.serviceWorker.controller?.state), 'B now serves the other tab too').toBe('activated');
  await expect(learning.getByRole('heading', { name: `Question 1 of ${RUN_LENGTH}` })).toBeVisible();
  expect(await learning.evaluate(() => window.__sameVisit === true), 'the learner\'s tab was not reloaded').toBe(true);

  // Once the run is over, its own "Reload now" still works, though nothing is left waiting.
  await takeQuiz(learning, () => true);
  await learning.getByRole('button', { name: 'Reload now' }).click();
  await expect(learning.locator('meta[name="pmo-quiz-build"]')).toHaveAttribute('content', 'B');
  await server.close();
  await context.close();
});

test('the manifest makes the app installable, with icons that resolve', async () => {
  const server = await serve({ root: dist, prefix: '/training/quiz/', port: port(12) });
  // A persistent profile: Chromium never offers installation in incognito contexts.
  const context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'quiz-profile-')), chromiumOptions);
  const page = await context.newPage();
  await page.goto(server.url);
  await waitForServiceWorker(page);
  const href = await page.locator('link[rel="manifest"]').getAttribute('href');
  const manifestUrl = new URL(href, server.url).href;
  const manifest = await (await page.request.get(manifestUrl)).json();
  expect(manifest).toMatchObject({ name: 'PMO Leader Quiz', short_name: 'PMO Quiz', display: 'standalone', start_url: './', scope: './' });
  expect(new URL(manifest.start_url, manifestUrl).href).toBe(server.url);
  for (const size of ['192x192', '512x512']) {
    for (const purpose of ['any', 'maskable']) {
      const icon = manifest.icons.find((i) => i.sizes === size && i.purpose === purpose);
      expect(icon, `${purpose} icon ${size}`).toBeTruthy();
      const response = await page.request.get(new URL(icon.src, manifestUrl).href);
      expect(response.status()).toBe(200);
      expect(response.headers()['content-type']).toBe('image/png');
    }
  }
  const cdp = await page.context().newCDPSession(page);
  const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
  expect(installabilityErrors).toEqual([]);
  await context.close();
  await server.close();
});
