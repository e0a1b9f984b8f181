import { test, expect } from './test.mjs';
import { RUN_LENGTH, rewriteStorageBeforeLoad, start, takeQuiz } from './helpers.mjs';

const KEY = 'pmo-leader-quiz:default:pmo-leader';

test('when localStorage throws on access, the quiz still runs and says progress will not be kept', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      configurable: true,
      get() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
  });
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto('./');
  await expect(page.getByTestId('storage-notice')).toContainText('not letting the quiz save');
  await start(page);
  await takeQuiz(page, () => true);
  await expect(page.getByTestId('score-line')).toHaveText(`You scored ${RUN_LENGTH} of ${RUN_LENGTH} (100%).`);
  expect(errors).toEqual([]);
});

test('unreadable saved progress is backed up, and the learner is told', async ({ page }) => {
  await page.goto('./');
  await rewriteStorageBeforeLoad(page, KEY, () => '{"version":2,"best":');
  await expect(page.getByTestId('storage-notice')).toContainText('could not be read');
  const backup = await page.evaluate((key) => localStorage.getItem(`${key}:backup`), KEY);
  expect(backup).toBe('{"version":2,"best":');

  await page.getByRole('button', { name: 'Dismiss' }).click();
  await expect(page.getByTestId('storage-notice')).toHaveCount(0);
  await start(page);
  await takeQuiz(page, () => true);
  await page.reload();
  await expect(page.getByTestId('best-score')).toBeVisible();
  expect(await page.evaluate((key) => localStorage.getItem(`${key}:backup`), KEY)).toBe('{"version":2,"best":');
});

test('a failed write is reported and the quiz goes on', async ({ page }) => {
  await page.addInitScript(() => {
    Storage.prototype.setItem = function () {
      throw new DOMException('Quota exceeded', 'QuotaExceededError');
    };
  });
  await page.goto('./');
  await start(page);
  await takeQuiz(page, () => true);
  await expect(page.getByTestId('storage-notice')).toContainText('could not be saved');
  await expect(page.getByTestId('score-line')).toBeVisible();
});
