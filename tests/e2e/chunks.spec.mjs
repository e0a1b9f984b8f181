// The question, results and progress screens are wasm chunks split off the main module.
// The start screen must work without them, they must arrive on their own once the page is
// idle, and a chunk that cannot be fetched must say so and lose nothing.
// Service workers are blocked here, so every chunk request is the page's own.
import { test, expect } from '@playwright/test';
import { expectNoAxeViolations } from './helpers.mjs';

test.use({ serviceWorkers: 'block' });

const CHUNK = /\/(split_|chunk_)[^/]*\.wasm$/;
const question1 = /^Question 1 of \d+$/;

test('the start screen works while the chunks are held back, and they then arrive unasked', async ({ page }) => {
  const held = [];
  let release = false;
  await page.route(CHUNK, (route) => (release ? route.continue() : held.push(route)));
  await page.goto('./');
  const startButton = page.getByRole('button', { name: 'Start quiz' });
  await expect(startButton).toBeEnabled();
  await expect(page.getByRole('heading', { name: 'What it covers' })).toBeVisible();
  // The idle preload has asked for chunks, but none has been answered.
  await expect.poll(() => held.length).toBeGreaterThan(0);

  // Let them through; once every split screen is in, no network is needed to go on.
  const arrived = new Set();
  page.on('requestfinished', (request) => {
    const name = new URL(request.url()).pathname.split('/').pop();
    if (name.startsWith('split_')) arrived.add(name.replace(/-[0-9a-f]{16}\.wasm$/, ''));
  });
  release = true;
  for (const route of held) await route.continue();
  await expect.poll(() => [...arrived].sort()).toEqual(['split_progress', 'split_question', 'split_results']);

  await page.route('**/*', (route) => route.abort());
  await startButton.click();
  await expect(page.getByRole('heading', { name: question1 })).toBeVisible();
});

test('a chunk that cannot be fetched is explained, the attempt is kept, and Retry loads it', async ({ page }) => {
  let blocked = true;
  await page.route(CHUNK, (route) => (blocked ? route.abort() : route.continue()));
  await page.goto('./');
  await page.getByRole('button', { name: 'Start quiz' }).click();

  const failed = page.getByTestId('chunk-failed');
  await expect(failed).toBeVisible();
  await expect(failed).toHaveAttribute('role', 'alert');
  await expect(failed).toContainText('could not be downloaded');
  await expect(failed.getByRole('button', { name: 'Retry' })).toBeFocused();
  await expectNoAxeViolations(page, 'chunk failed');

  // The start screen needs no chunk, and the attempt that was started waits there.
  await failed.getByRole('button', { name: 'Back to start' }).click();
  const resume = page.getByRole('button', { name: /^Resume \(question 1 of \d+\)$/ });
  await expect(resume).toBeVisible();
  await resume.click();

  // Still blocked: the message comes back, and a failed retry keeps it.
  await expect(page.getByTestId('chunk-failed')).toBeVisible();
  await page.getByTestId('chunk-failed').getByRole('button', { name: 'Retry' }).click();
  await expect(page.getByTestId('chunk-failed')).toBeVisible();

  blocked = false;
  await page.getByTestId('chunk-failed').getByRole('button', { name: 'Retry' }).click();
  await expect(page.getByRole('heading', { name: question1 })).toBeVisible();
  await expect(page.getByTestId('chunk-failed')).toHaveCount(0);
});
