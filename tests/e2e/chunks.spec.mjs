// The first download is the start screen alone. The core chunk (bank, storage, the
// question screen) and the results screen are fetched as soon as the start screen is up;
// the progress screen is fetched when the page is idle. The start screen must draw and
// take a tap before any of them arrives, show saved progress without them, and say so
// when one cannot be fetched, losing nothing.
// Service workers are blocked here, so every chunk request is the page's own.
import { test, expect } from './test.mjs';
import { answer, currentQuestion, checkAndNext, expectNoAxeViolations, holdBack } from './helpers.mjs';

test.use({ serviceWorkers: 'block' });

const CHUNK = /\/(split_|chunk_)[^/]*\.wasm$/;
const question = (n) => new RegExp(`^Question ${n} of \\d+$`);

/** Holds every chunk request until `release()`, and notes which split screens arrive. */
async function holdChunks(page) {
  const { held, release } = await holdBack(page, CHUNK);
  const arrived = new Set();
  page.on('requestfinished', (request) => {
    const name = new URL(request.url()).pathname.split('/').pop();
    if (name.startsWith('split_')) arrived.add(name.replace(/-[0-9a-f]{8,16}\.wasm$/, ''));
  });
  return {
    held,
    arrived: () => [...arrived].sort(),
    release,
  };
}

test('the start screen draws and takes a tap before any chunk arrives; the rest then works offline', async ({ page }) => {
  const chunks = await holdChunks(page);
  await page.goto('./?count=2&shuffle=off');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('PMO Leader Quiz');
  await expect(page.getByText('2 questions · pass mark 70%')).toBeVisible();
  await expect(page.getByText('No attempts yet.')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'What it covers' })).toBeVisible();
  // The core is asked for at once, but nothing has been answered.
  await expect.poll(() => chunks.held.length).toBeGreaterThan(0);

  await page.getByRole('button', { name: 'Start quiz' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Loading…' })).toBeVisible();
  await chunks.release();
  await expect(page.getByRole('heading', { name: question(1) })).toBeVisible();
  await expect(page.getByText('Loading…')).toHaveCount(0);
  await expect.poll(chunks.arrived).toEqual(['split_core', 'split_progress', 'split_results']);

  // Everything is in: the run, its results and the progress screen need no network.
  await page.route('**/*', (route) => route.abort());
  for (const [i, last] of [[1, false], [2, true]]) {
    await expect(page.getByRole('heading', { name: question(i) })).toBeVisible();
    await answer(page, await currentQuestion(page), true);
    await checkAndNext(page, last);
  }
  await expect(page.getByRole('heading', { name: 'Your results' })).toBeVisible();
  await page.getByRole('button', { name: 'Back to start' }).click();
  await expect(page.getByTestId('best-score')).toContainText('2 of 2');
  await page.getByRole('button', { name: 'Your progress' }).click();
  await expect(page.getByRole('heading', { name: 'Your progress' })).toBeVisible();
});

test('saved progress shows before any chunk arrives, and Resume tapped early resumes', async ({ page }) => {
  await page.goto('./?count=3&shuffle=off');
  await page.getByRole('button', { name: 'Start quiz' }).click();
  await answer(page, await currentQuestion(page), true);
  await checkAndNext(page);
  await expect(page.getByRole('heading', { name: question(2) })).toBeVisible();

  const chunks = await holdChunks(page);
  await page.reload();
  const resume = page.getByRole('button', { name: 'Resume (question 2 of 3)' });
  await expect(resume).toBeVisible();
  await expect(page.getByRole('button', { name: 'Start new' })).toBeVisible();
  await expect.poll(() => chunks.held.length).toBeGreaterThan(0);
  await resume.click();
  await expect(page.getByRole('status').filter({ hasText: 'Loading…' })).toBeVisible();
  await chunks.release();
  await expect(page.getByRole('heading', { name: question(2) })).toBeVisible();
});

test('a core that cannot be fetched is explained, and Retry carries out the tap that was waiting', async ({ page }) => {
  let blocked = true;
  await page.route(CHUNK, (route) => (blocked ? route.abort() : route.continue()));
  await page.goto('./');
  const failed = page.getByTestId('core-failed');
  await expect(failed).toBeVisible();
  await expect(failed).toHaveAttribute('role', 'alert');
  await expect(failed).toContainText('could not be downloaded');
  await expect(page.getByRole('button', { name: 'Start quiz' })).toBeEnabled();
  await expectNoAxeViolations(page, 'core failed');

  // A tap tries again; still blocked, the message comes back.
  await page.getByRole('button', { name: 'Start quiz' }).click();
  await expect(failed).toBeVisible();

  blocked = false;
  await failed.getByRole('button', { name: 'Retry' }).click();
  await expect(page.getByRole('heading', { name: question(1) })).toBeVisible();
  await expect(failed).toHaveCount(0);
});

test('a screen that cannot be fetched is explained, keeps the way back, and Retry loads it', async ({ page }) => {
  let blocked = true;
  await page.route(/\/split_progress-[^/]*\.wasm$/, (route) => (blocked ? route.abort() : route.continue()));
  await page.goto('./');
  await page.getByRole('button', { name: 'Your progress' }).click();

  const failed = page.getByTestId('chunk-failed');
  await expect(failed).toBeVisible();
  await expect(failed).toHaveAttribute('role', 'alert');
  await expect(failed).toContainText('could not be downloaded');
  await expect(failed.getByRole('button', { name: 'Retry' })).toBeFocused();
  await expectNoAxeViolations(page, 'chunk failed');

  await failed.getByRole('button', { name: 'Back to start' }).click();
  await expect(page.getByRole('button', { name: 'Start quiz' })).toBeVisible();
  await page.getByRole('button', { name: 'Your progress' }).click();
  await expect(page.getByTestId('chunk-failed')).toBeVisible();
  await page.getByTestId('chunk-failed').getByRole('button', { name: 'Retry' }).click();
  await expect(page.getByTestId('chunk-failed')).toBeVisible();

  blocked = false;
  await page.getByTestId('chunk-failed').getByRole('button', { name: 'Retry' }).click();
  await expect(page.getByRole('heading', { name: 'Your progress' })).toBeVisible();
  await expect(page.getByTestId('chunk-failed')).toHaveCount(0);
});

test('a bank that arrives after the core: Start waits for it, and the run counts its questions', async ({ page }) => {
  // src/boot.rs fetches the bank beside the core; here the core wins the race.
  const bankFile = await holdBack(page, /\/content\/bank\.en\.json$/);
  const core = page.waitForResponse(/split_core-[0-9a-f]+\.wasm$/);
  await page.goto('./');
  await core;
  await page.waitForTimeout(500);
  await expect(page.getByText('12 questions · pass mark 70%')).toBeVisible();
  await page.getByRole('button', { name: 'Start quiz' }).click();
  await expect(page.getByText('0 questions', { exact: false })).toHaveCount(0);
  await bankFile.release();
  await expect(page.getByRole('heading', { name: 'Question 1 of 12' })).toBeVisible();
});
