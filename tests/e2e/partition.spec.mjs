// What learners keep when the quiz is embedded, as docs/EMBEDDING.md's table says, checked in
// Chromium with third-party storage partitioning on, as in real Chrome 115+ (the
// chromium-partitioned project; Playwright's defaults turn partitioning off).
import { test, expect } from './test.mjs';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { serve } from './server.mjs';
import { answer, currentQuestion } from './helpers.mjs';
import { PORT, PREFIX } from './playwright.config.mjs';

const QUIZ = `http://127.0.0.1:${PORT}${PREFIX}`;
const hostDir = fileURLToPath(new URL('../engines/host/', import.meta.url));
let host;
test.beforeAll(async () => {
  host = await serve({ root: hostDir, prefix: '/' });
});
test.afterAll(async () => host.close());

const readme = readFileSync(new URL('../../docs/EMBEDDING.md', import.meta.url), 'utf8');

/** The quiz in the provider page at `origin`, on namespace `ns`, one question long. */
async function embedAt(page, origin, ns) {
  await page.goto(`${origin}/host.html?quiz=${encodeURIComponent(QUIZ)}&count=1&namespace=${ns}`);
  return page.frameLocator('#quiz iframe');
}

async function finishOneQuestion(quiz) {
  await quiz.getByRole('button', { name: 'Start quiz' }).click();
  await answer(quiz, await currentQuestion(quiz), true);
  await quiz.getByRole('button', { name: 'Check answer' }).click();
  await quiz.getByRole('button', { name: 'See results' }).click();
  await expect(quiz.getByTestId('score-line')).toHaveText('You scored 1 of 1 (100%).');
}

const BEST = 'Your best score: 1 of 1 (100%)';

test('same site: one record across the embedding page and the quiz opened directly', async ({ page }) => {
  expect(readme).toContain('one record, across all your pages that embed the quiz and when it is opened directly');
  // 127.0.0.1 on two ports: another origin, but the same site.
  const quiz = await embedAt(page, `http://127.0.0.1:${host.port}`, 'same');
  await finishOneQuestion(quiz);
  await page.goto(`${QUIZ}?count=1&ns=same`);
  await expect(page.getByTestId('best-score')).toHaveText(BEST);
});

test('cross-site: a separate record for each site that embeds the quiz', async ({ page }) => {
  expect(readme).toContain('A separate record for each site that embeds it');
  const quiz = await embedAt(page, `http://localhost:${host.port}`, 'cross');
  await expect(quiz.getByTestId('storage-notice'), 'storage works, partitioned').toHaveCount(0);
  await finishOneQuestion(quiz);
  // Kept for this site: the same provider page shows it on the next visit.
  const again = await embedAt(page, `http://localhost:${host.port}`, 'cross');
  await expect(again.getByTestId('best-score')).toHaveText(BEST);
  // Opened directly, the quiz has its own record, without the embedded run.
  await page.goto(`${QUIZ}?count=1&ns=cross`);
  await expect(page.getByRole('button', { name: 'Start quiz' })).toBeVisible();
  await expect(page.getByTestId('best-score')).toHaveCount(0);
  // And a second site that embeds it starts from nothing too.
  const other = await embedAt(page, `http://other.localhost:${host.port}`, 'cross');
  await expect(other.getByRole('button', { name: 'Start quiz' })).toBeVisible();
  await expect(other.getByTestId('best-score')).toHaveCount(0);
});
