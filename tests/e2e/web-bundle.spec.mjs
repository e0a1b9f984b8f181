// web.zip as a provider uses it: `quiz-bank package` with their own GIFT bank and a
// picture, unzipped onto a server under a sub-path, opened, taken, and taken again with
// the server stopped (offline after one visit: the bank and picture were precached).
import { test, expect } from './test.mjs';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { serve } from './server.mjs';
import { answer, checkAndNext, currentQuestion } from './helpers.mjs';
import { learn } from './oracle.mjs';
import { packaged } from './lms/package.mjs';

const SETTINGS = 'count=3&pass=60&shuffle=off';
let folder;

test.beforeAll(() => {
  ({ web: folder } = packaged({ settings: SETTINGS, title: 'Acme course', bank: 'tests/e2e/fixtures/provider/acme.gift', only: 'web' }));
  learn(JSON.parse(readFileSync(join(folder, 'bank', 'bank.json'), 'utf8')));
});

async function takeAll(page, rights) {
  await page.getByRole('button', { name: 'Start quiz' }).click();
  const chart = page.getByRole('img', { name: 'A square standing for the PMO board' });
  await expect(chart).toBeVisible();
  await expect.poll(() => chart.evaluate((img) => img.complete && img.naturalWidth)).toBeGreaterThan(0);
  for (const [i, right] of rights.entries()) {
    await answer(page, await currentQuestion(page), right);
    await checkAndNext(page, i === rights.length - 1);
  }
  await expect(page.getByRole('heading', { name: 'Your results' })).toBeVisible();
}

test('the web bundle runs the provider bank with its settings, then works offline', async ({ browser }) => {
  const readme = readFileSync(join(folder, 'README.txt'), 'utf8');
  expect(readme).toContain('embed.js');
  expect(readme).toContain('  count = 3\n');
  const server = await serve({ root: folder, prefix: '/acme/quiz/' });
  const context = await browser.newContext();
  const page = await context.newPage();
  const foreign = [];
  page.on('request', (r) => !r.url().startsWith(server.url) && foreign.push(r.url()));
  await page.goto(server.url);
  await expect(page).toHaveURL(/count=3&pass=60&shuffle=off&bank=bank%2Fbank\.json/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Acme course');
  await takeAll(page, [true, false, true]);
  await expect(page.getByTestId('score-line')).toHaveText('You scored 2 of 3 (66%).');
  await page.evaluate(() => navigator.serviceWorker.ready);
  await expect.poll(() => page.evaluate(() => Boolean(navigator.serviceWorker.controller))).toBe(true);
  await server.close();

  const fromNetwork = [];
  page.on('response', (r) => !r.fromServiceWorker() && fromNetwork.push(r.url()));
  await page.goto(server.url);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Acme course');
  await takeAll(page, [true, true, true]);
  await expect(page.getByTestId('score-line')).toHaveText('You scored 3 of 3 (100%).');
  expect(fromNetwork, 'nothing reached the network while offline').toEqual([]);
  expect(foreign, 'no request to any other origin').toEqual([]);
  await context.close();
});
