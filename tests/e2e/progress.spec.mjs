// Progress that survives anything: resume, migration, newer data, other tabs,
// export/import/reset, and questions that left the bank.
import { test, expect } from './test.mjs';
import { readFileSync } from 'node:fs';
import { RUN_LENGTH, answer, currentQuestion, expectNoAxeViolations, rewriteStorageBeforeLoad, squash, start, takeQuiz } from './helpers.mjs';

const KEY = 'pmo-leader-quiz:default:pmo-leader';
const fixture = (name) => readFileSync(new URL(`../fixtures/storage/${name}`, import.meta.url), 'utf8');
const saved = (page) => page.evaluate((key) => JSON.parse(localStorage.getItem(key)), KEY);

async function answerAndCheck(page, right = true) {
  const q = await currentQuestion(page);
  await answer(page, q, right);
  await page.getByRole('button', { name: 'Check answer' }).click();
  await expect(page.getByTestId('feedback')).not.toBeEmpty();
  return q;
}

test('a reload mid-attempt offers to resume at the same question, order and answers', async ({ page }) => {
  await page.goto('./');
  await start(page);
  const first = await answerAndCheck(page, false);
  await page.getByRole('button', { name: 'Next question' }).click();
  const second = await answerAndCheck(page, true);
  await page.getByRole('button', { name: 'Next question' }).click();
  const third = await currentQuestion(page);
  const optionsBefore = await page.locator('.choice-text, .statement-text').allTextContents();
  // A save waits for the frame that shows the change, so the stored copy may lag a moment.
  await expect.poll(async () => (await saved(page))?.current?.position).toBe(2);

  await page.reload();
  await expect(page.getByText('You have an unfinished attempt.')).toBeVisible();
  await page.getByRole('button', { name: `Resume (question 3 of ${RUN_LENGTH})` }).click();
  await expect(page.getByRole('heading', { name: `Question 3 of ${RUN_LENGTH}` })).toBeFocused();
  expect((await currentQuestion(page)).id).toBe(third.id);
  expect(await page.locator('.choice-text, .statement-text').allTextContents()).toEqual(optionsBefore);

  for (let i = 2; i < RUN_LENGTH; i++) {
    await answerAndCheck(page, true);
    await page.getByRole('button', { name: i === RUN_LENGTH - 1 ? 'See results' : 'Next question' }).click();
  }
  const review = page.getByTestId('review').locator('> li');
  await expect(review.nth(0)).toContainText('Incorrect');
  // Compared as read: markers left out, no white space between blocks.
  expect(squash(await review.nth(0).textContent())).toContain(squash(first.prompt));
  expect(squash(await review.nth(1).textContent())).toContain(squash(second.prompt));
  await expect(page.getByTestId('score-line')).toHaveText(`You scored ${RUN_LENGTH - 1} of ${RUN_LENGTH} (91%).`);
});

test('a reload during feedback resumes with the feedback still showing', async ({ page }) => {
  await page.goto('./');
  await start(page);
  const q = await answerAndCheck(page, true);
  await page.reload();
  await page.getByRole('button', { name: /^Resume \(question 1 of/ }).click();
  await expect(page.getByRole('button', { name: 'Next question' })).toBeVisible();
  expect(squash(await page.getByTestId('feedback').textContent())).toContain(squash(q.explanation));
  await expectNoAxeViolations(page, 'resumed feedback');
});

test('starting new keeps the history', async ({ page }) => {
  await page.goto('./');
  await start(page);
  await takeQuiz(page, () => true);
  await page.getByRole('button', { name: 'Back to start' }).click();
  await start(page);
  await answerAndCheck(page);
  await page.reload();
  await page.getByRole('button', { name: 'Start new' }).click();
  await expect(page.getByRole('heading', { name: `Question 1 of ${RUN_LENGTH}` })).toBeVisible();
  await page.reload();
  await expect(page.getByText('Attempts so far: 1')).toBeVisible();
  expect((await saved(page)).history).toHaveLength(1);
});

test('an answer checked just before the page is hidden is saved at once', async ({ page }) => {
  await page.goto('./');
  await start(page);
  await answer(page, await currentQuestion(page), true);
  // Check, then hide the page in the same task: the save that waits for the next frame
  // has not run yet, so only the save on hiding (a phone locked, the app switched) can
  // have stored the answer when this returns.
  const stored = await page.evaluate((key) => {
    [...document.querySelectorAll('button')].find((b) => b.textContent.trim() === 'Check answer').click();
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'hidden' });
    document.dispatchEvent(new Event('visibilitychange', { bubbles: true }));
    return JSON.parse(localStorage.getItem(key))?.current?.items[0]?.response ?? null;
  }, KEY);
  expect(stored, 'the first answer is in storage').not.toBeNull();
});

test('progress from the first release is migrated and kept', async ({ page }) => {
  await page.goto('./');
  await rewriteStorageBeforeLoad(page, 'pmo-leader-quiz/progress', () => fixture('v1.json'));
  await expect(page.getByTestId('best-score')).toHaveText('Your best score: 11 of 12 (91%)');
  await expect(page.getByText('Attempts so far: 2')).toBeVisible();
  await start(page);
  await answerAndCheck(page);
  await expect.poll(() => page.evaluate(() => localStorage.getItem('pmo-leader-quiz/progress'))).toBeNull();
  const data = await saved(page);
  expect(data.version).toBe(2);
  expect(data.history.map((a) => a.seed)).toEqual([4821998712399, 901234567890123]);
  expect(await page.evaluate(() => localStorage.getItem('pmo-leader-quiz/progress'))).toBeNull();
});

test('data from a newer version is never overwritten, and the learner is told', async ({ page }) => {
  const newer = fixture('v3-newer.json');
  await page.goto('./');
  await rewriteStorageBeforeLoad(page, KEY, () => newer);
  await expect(page.getByTestId('storage-notice')).toContainText('newer version');
  await start(page);
  await takeQuiz(page, () => true);
  expect(await page.evaluate((key) => localStorage.getItem(key), KEY)).toBe(newer);
});

test('the unreadable copy can be downloaded', async ({ page }) => {
  await page.goto('./');
  await rewriteStorageBeforeLoad(page, KEY, () => 'garbage{');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download the unreadable copy' }).click();
  const file = await download;
  expect(readFileSync(await file.path(), 'utf8')).toBe('garbage{');
  await expectNoAxeViolations(page, 'corrupt-storage notice');
});

test('two tabs writing in turn both keep their attempts', async ({ context }) => {
  const a = await context.newPage();
  const b = await context.newPage();
  await a.goto('./');
  await b.goto('./');
  await start(a);
  await takeQuiz(a, () => true);
  await start(b);
  await takeQuiz(b, () => false);
  await a.getByRole('button', { name: 'Try again' }).click();
  await answerAndCheck(a);
  const data = await saved(b);
  expect(data.history).toHaveLength(2);
  expect(data.history.map((h) => h.score.earned).sort((x, y) => x - y)).toEqual([0, RUN_LENGTH * 1000]);
  expect(data.best.earned).toBe(RUN_LENGTH * 1000);
  await b.getByRole('button', { name: 'Back to start' }).click();
  await expect(b.getByText('Attempts so far: 2')).toBeVisible();
  await expect(b.getByTestId('best-score')).toContainText(`${RUN_LENGTH} of ${RUN_LENGTH}`);
});

test('export, reset and import round-trip the same history', async ({ page }) => {
  test.setTimeout(120_000); // two whole runs and two axe scans
  await page.goto('./');
  await start(page);
  await takeQuiz(page, (i) => i % 2 === 0);
  await page.getByRole('button', { name: 'Try again' }).click();
  await takeQuiz(page, () => true);
  await page.getByRole('button', { name: 'Back to start' }).click();
  await page.getByRole('button', { name: 'Your progress' }).click();
  await expect(page.getByRole('heading', { name: 'Your progress' })).toBeFocused();
  const history = page.getByTestId('history').locator('tbody tr');
  await expect(history).toHaveCount(2);
  const rowsBefore = await history.allTextContents();
  await expect(page.getByTestId('mastery').locator('li')).toHaveCount(4);
  await expectNoAxeViolations(page, 'progress');
  const before = await saved(page);

  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export progress' }).click();
  const exportPath = await (await downloading).path();
  const exportedText = readFileSync(exportPath, 'utf8');
  expect(exportedText, 'laid out for people to read').toMatch(/^\{\n {2}"app": "pmo-leader-quiz",\n/);
  const exported = JSON.parse(exportedText);
  expect(exported.quiz).toBe('pmo-leader');

  await page.getByRole('button', { name: 'Reset all progress' }).click();
  await expect(page.getByRole('alertdialog')).toContainText('cannot be undone');
  await expectNoAxeViolations(page, 'reset confirmation');
  await page.getByRole('button', { name: 'Delete everything' }).click();
  await expect(page.getByTestId('data-status')).toHaveText('All progress on this device has been deleted.');
  await expect(page.getByText('No finished attempts yet.')).toBeVisible();
  expect(await saved(page), 'nothing is left in storage').toBeNull();

  await page.getByLabel('Import progress from a file').setInputFiles(exportPath);
  await expect(page.getByTestId('data-status')).toHaveText('Import complete: 2 new attempts added.');
  await expect(history).toHaveCount(2);
  expect(await history.allTextContents()).toEqual(rowsBefore);
  await expect.poll(async () => (await saved(page))?.history).toEqual(before.history);

  await page.getByLabel('Import progress from a file').setInputFiles(exportPath);
  await expect(page.getByTestId('data-status')).toHaveText('Import complete: 0 new attempts added.');
  await expect(history).toHaveCount(2);
});

test('a bad import file is refused with a clear reason and nothing changes', async ({ page }) => {
  await page.goto('./');
  await start(page);
  await takeQuiz(page, () => true);
  await page.getByRole('button', { name: 'Back to start' }).click();
  await page.getByRole('button', { name: 'Your progress' }).click();
  const input = page.getByLabel('Import progress from a file');
  await input.setInputFiles({ name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('not json at all') });
  await expect(page.getByTestId('data-status')).toHaveText('That file is not JSON. Choose a file exported from this quiz.');
  const other = JSON.stringify({ app: 'pmo-leader-quiz', quiz: 'someone-else', exported_at: 0, data: { version: 2 } });
  await input.setInputFiles({ name: 'other.json', mimeType: 'application/json', buffer: Buffer.from(other) });
  await expect(page.getByTestId('data-status')).toHaveText('That file holds progress for a different quiz (someone-else).');
  await expect(page.getByTestId('history').locator('tbody tr')).toHaveCount(1);
});

test('a saved attempt with questions the bank no longer has resumes without them', async ({ page }) => {
  await page.goto('./');
  await start(page);
  await answerAndCheck(page);
  await page.getByRole('button', { name: 'Next question' }).click();
  await rewriteStorageBeforeLoad(page, KEY, (raw) => {
    const data = JSON.parse(raw);
    data.current.items[0].question = 'retired-question';
    data.current.items[5].question = 'another-retired-one';
    return JSON.stringify(data);
  });
  await expect(page.getByTestId('storage-notice')).toContainText('2 questions from your unfinished attempt are no longer in this quiz');
  await page.getByRole('button', { name: `Resume (question 1 of ${RUN_LENGTH - 2})` }).click();
  await expect(page.getByRole('heading', { name: `Question 1 of ${RUN_LENGTH - 2}` })).toBeVisible();
});
