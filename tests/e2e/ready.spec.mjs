// A learner who sees the quiz ready can finish a whole run with no network (issue 18), and
// is told when it is available offline. The first test: on a slow network the network is
// cut the moment Start is enabled; the run, its results and the review must still work.
// The slow network is a route that holds every wasm chunk for a second: CDP throttling was tried, but the chunks' fetches escaped it here
// and the window closed by luck. At the cut, held and later requests are aborted, the
// page goes offline and the server stops. Service workers are blocked: what Start
// promises must hold from what the page itself has, not from a worker's cache.
import { test, expect } from './test.mjs';
import { fileURLToPath } from 'node:url';
import { serve } from './server.mjs';
import { port } from './playwright.config.mjs';
import { answer, checkAndNext, currentQuestion, expectNoAxeViolations, holdBack } from './helpers.mjs';

const dist = fileURLToPath(new URL('../../dist/', import.meta.url));
const CHUNK = /\/(split_|chunk_)[^/]*\.wasm$/;
const SLOW_MS = 1000;

test('once Start is enabled, a whole run with its results and review needs no network', async ({ browser }) => {
  test.setTimeout(90_000);
  const server = await serve({ root: dist, prefix: '/quiz/', port: port(13) });
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  let online = true;
  await page.route(CHUNK, async (route) => {
    await new Promise((ok) => setTimeout(ok, SLOW_MS));
    await (online ? route.continue() : route.abort('internetdisconnected'));
  });
  const failed = [];
  page.on('requestfailed', (r) => failed.push(new URL(r.url()).pathname.split('/').pop()));

  await page.goto(`${server.url}?count=3&shuffle=off`);
  const startButton = page.getByRole('button', { name: 'Start quiz' });
  // Ready as a learner sees it: Start shown, not disabled, and not described as
  // loading. Watched every frame, so the cut comes at once, not at the next poll.
  await page.waitForFunction(
    () => {
      const start = [...document.querySelectorAll('button')].find((b) => b.textContent.trim() === 'Start quiz');
      if (!start || start.disabled || start.closest('[aria-disabled="true"], [aria-busy="true"]')) return false;
      const described = (start.getAttribute('aria-describedby') ?? '').split(/\s+/).map((id) => document.getElementById(id)?.textContent ?? '');
      const statuses = [...document.querySelectorAll('[role="status"]')].map((s) => s.textContent);
      return ![...described, ...statuses].some((text) => text.includes('Loading'));
    },
    null,
    { polling: 'raf', timeout: 30_000 },
  );

  online = false;
  await context.setOffline(true);
  await server.close();

  await startButton.click();
  for (const [i, last] of [[1, false], [2, false], [3, true]]) {
    await expect(page.getByRole('heading', { name: `Question ${i} of 3` })).toBeVisible();
    await answer(page, await currentQuestion(page), i !== 2);
    await checkAndNext(page, last);
  }
  await expect(page.getByRole('heading', { name: 'Your results' })).toBeVisible();
  await expect(page.getByTestId('score-line')).toHaveText('You scored 2 of 3 (66%).');
  await expect(page.getByTestId('review').locator('.review-item')).not.toHaveCount(0);
  await expect(page.getByTestId('chunk-failed')).toHaveCount(0);
  await expect(page.getByTestId('core-failed')).toHaveCount(0);
  // Whatever failed after the cut, none of it was code the run needed.
  expect(failed.filter((f) => /^split_(core|results)|^chunk_/.test(f))).toEqual([]);
  await context.close();
});

test('Start says it is loading, accessibly, until the results screen is in too', async ({ browser }) => {
  const server = await serve({ root: dist, prefix: '/quiz/', port: port(14) });
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  const results = await holdBack(page, /\/split_results-[^/]*\.wasm$/);
  await page.goto(server.url);
  const startButton = page.getByRole('button', { name: 'Start quiz' });
  await expect(startButton).toBeVisible();
  await expect.poll(() => results.held.length).toBeGreaterThan(0);
  // The core alone is not enough: a run ends on the results screen.
  await expect(startButton).toHaveAccessibleDescription('Loading…');
  await expect(page.getByRole('status').filter({ hasText: 'Loading…' })).toBeVisible();
  // Not disabled: it keeps keyboard focus, and a tap waits for the code.
  await startButton.focus();
  await expect(startButton).toBeFocused();
  await expectNoAxeViolations(page, 'start, loading');
  await results.release();
  await expect(startButton).toHaveAccessibleDescription('');
  await expect(startButton).toBeFocused();
  await expect(page.getByText('Loading…')).toHaveCount(0);
  await context.close();
  await server.close();
});

test('the start screen says "Available offline" once the service worker holds every file, and not before', async ({ browser }) => {
  const server = await serve({ root: dist, prefix: '/quiz/', port: port(15) });
  const blocked = await browser.newContext({ serviceWorkers: 'block' });
  const without = await blocked.newPage();
  await without.goto(server.url);
  await expect(without.getByRole('button', { name: 'Your progress' })).toBeVisible();
  await expect(without.getByTestId('offline-ready')).toHaveCount(0);
  await blocked.close();

  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${server.url}?lang=es`);
  await expect(page.getByTestId('offline-ready')).toHaveText('Disponible sin conexión: este cuestionario ya funciona sin internet.');
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.goto(server.url);
  await expect(page.getByTestId('offline-ready')).toHaveText('Available offline: this quiz now works without a connection.');
  await expectNoAxeViolations(page, 'start, available offline');
  await context.close();
  await server.close();
});
