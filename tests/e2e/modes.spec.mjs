// Practice modes driven by the learner's history: timed exams on a controlled clock,
// mistakes, topic focus, spaced review across days, comparisons, sharing and print.
import { test, expect } from './test.mjs';
import AxeBuilder from '@axe-core/playwright';
import { RUN_LENGTH, answer, bank, currentQuestion, start, takeQuiz, topicName } from './helpers.mjs';

const DAY = 24 * 60 * 60 * 1000;
const T0 = new Date('2026-11-25T09:00:00Z');
test.use({ timezoneId: 'UTC' });

async function axe(page, where) {
  const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa']).analyze();
  expect(violations.map((v) => `${v.id} ${v.nodes.map((n) => n.target).join()}`), where).toEqual([]);
}

async function setHidden(page, hidden) {
  await page.evaluate((hidden) => {
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => (hidden ? 'hidden' : 'visible') });
    document.dispatchEvent(new Event('visibilitychange'));
  }, hidden);
}

/**
 * Moves the paused clock on until the start screen no longer says "Loading…", then taps
 * `button`. The core is fetched after the start screen's first frame and its work yields
 * through timers, so with a paused clock it waits until time is moved; one fixed step could
 * end before the app had even drawn (a reload under load), leaving the tap waiting forever.
 */
async function tapWhenReady(page, button) {
  await expect(button).toBeVisible();
  await expect
    .poll(async () => {
      await page.clock.runFor(100);
      return page.getByText('Loading…').count();
    })
    .toBe(0);
  await button.click();
}

test('a timed exam shows its clock, pauses while hidden, survives a reload and ends on time', async ({ page }) => {
  // Paused: only runFor moves time, so every second is accounted for.
  await page.clock.install({ time: T0 });
  // A little ahead of T0, so the pause never lands in the clock's past.
  await page.clock.pauseAt(new Date(T0.getTime() + 60_000));
  await page.goto('./?mode=exam&minutes=2&count=3');
  await tapWhenReady(page, page.getByRole('button', { name: 'Start quiz' }));
  await expect(page.getByRole('heading', { name: /^Question 1 of \d+$/ })).toBeVisible();
  const timer = page.getByTestId('timer');
  await expect(timer).toContainText('Time left: 2:00');
  await expect(page.getByRole('timer')).toHaveText('2:00');

  await page.clock.runFor(30_000);
  await expect(timer).toContainText('1:30');
  await setHidden(page, true);
  await page.clock.runFor(45_000);
  await setHidden(page, false);
  await expect(timer, 'no time passes while the page is hidden').toContainText('1:30');

  const first = await currentQuestion(page);
  await answer(page, first, true);
  await page.getByRole('button', { name: 'Next question' }).click();
  await expect(page.getByTestId('feedback'), 'exams give no feedback').toBeEmpty();
  await page.clock.runFor(10_000);
  await expect(timer).toContainText('1:20');

  await page.reload();
  await tapWhenReady(page, page.getByRole('button', { name: /^Resume \(question 2 of 3\)$/ }));
  await expect(timer, 'a reload keeps the time left').toContainText(/1:(20|19)/);

  await page.clock.runFor(81_000);
  await expect(page.getByRole('heading', { name: 'Your results' })).toBeVisible();
  await expect(page.getByTestId('time-up')).toHaveText('Time ran out before every question was answered.');
  await expect(page.getByTestId('score-line')).toHaveText('You scored 1 of 3 (33%).');
  await expect(page.getByTestId('review').locator('> li').filter({ hasText: 'Not answered' })).toHaveCount(2);
  await expect(page.getByTestId('announcer')).toContainText('You scored 1 of 3 (33%)');
});

test('the timed exam screen passes axe', async ({ page }) => {
  await page.goto('./?mode=exam&minutes=2&count=3');
  await tapWhenReady(page, page.getByRole('button', { name: 'Start quiz' }));
  await expect(page.getByRole('heading', { name: /^Question 1 of \d+$/ })).toBeVisible();
  await expect(page.getByTestId('timer')).toBeVisible();
  await axe(page, 'timed exam question');
});

test('my mistakes holds exactly the missed questions, until they are right twice in a row', async ({ page }) => {
  await page.goto('./?shuffle=off');
  await expect(page.getByText('No mistakes to review yet.')).toBeVisible();
  await start(page);
  const asked = await takeQuiz(page, (i) => i % 4 !== 0);
  const missed = asked.filter((a) => !a.right).map((a) => a.q.id).sort();
  await page.getByRole('button', { name: 'Back to start' }).click();

  await page.getByRole('button', { name: `Review my mistakes (${missed.length} questions)` }).click();
  const run = await takeQuiz(page, () => true, missed.length);
  expect(run.map(({ q }) => q.id).sort()).toEqual(missed);
  await page.getByRole('button', { name: 'Back to start' }).click();
  await expect(page.getByRole('button', { name: `Review my mistakes (${missed.length} questions)` }), 'one right answer is not enough').toBeVisible();
  await page.getByRole('button', { name: /^Review my mistakes/ }).click();
  await takeQuiz(page, () => true, missed.length);
  await page.getByRole('button', { name: 'Back to start' }).click();
  await expect(page.getByText('No mistakes to review yet.')).toBeVisible();
});

test('a focus run draws from one topic, and the weakest topic is suggested', async ({ page }) => {
  await page.goto('./?shuffle=off');
  await start(page);
  const asked = await takeQuiz(page, (i) => i >= 3);
  const weakest = asked[0].q.topic;
  await page.getByRole('button', { name: 'Back to start' }).click();
  await expect(page.getByText(`Suggested: ${topicName(weakest)}, your weakest topic so far.`)).toBeVisible();
  await expect(page.getByLabel('Topic to focus on')).toHaveValue(weakest);
  await page.getByLabel('Topic to focus on').selectOption('certifications');
  await axe(page, 'start screen with modes');
  await page.getByRole('button', { name: 'Focus on this topic' }).click();
  await expect(page.getByRole('heading', { name: `Question 1 of ${RUN_LENGTH}` })).toBeVisible();
  const focused = await takeQuiz(page, () => true);
  expect(focused.map(({ q }) => q.topic)).toEqual(Array(RUN_LENGTH).fill('certifications'));
  await expect(page.getByTestId('topic-scores').locator('tbody tr')).toHaveCount(1);
});

test('spaced review counts what is due as the days pass', async ({ page }) => {
  await page.clock.install({ time: T0 });
  await page.goto('./?shuffle=off&count=4');
  await start(page);
  await takeQuiz(page, (i) => i !== 0, 4);
  await page.getByRole('button', { name: 'Back to start' }).click();
  await expect(page.getByText('Nothing is due for spaced review today.')).toBeVisible();

  await page.clock.setSystemTime(new Date(T0.getTime() + DAY));
  await page.reload();
  await page.getByRole('button', { name: 'Spaced review: 4 questions due today' }).click();
  await takeQuiz(page, (i) => i !== 1, 4);
  await page.getByRole('button', { name: 'Back to start' }).click();
  await expect(page.getByText('Nothing is due for spaced review today.')).toBeVisible();

  // Day 2: only the one missed on day 1 (back in box 1). Day 3: the three in box 2 as well.
  await page.clock.setSystemTime(new Date(T0.getTime() + 2 * DAY));
  await page.reload();
  await expect(page.getByRole('button', { name: 'Spaced review: 1 question due today' })).toBeVisible();
  await page.clock.setSystemTime(new Date(T0.getTime() + 3 * DAY));
  await page.reload();
  await expect(page.getByRole('button', { name: 'Spaced review: 4 questions due today' })).toBeVisible();
});

test('results compare each topic with the last run and share a short summary', async ({ page, context }) => {
  test.setTimeout(120_000); // two whole runs
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('./?shuffle=off');
  await start(page);
  const first = await takeQuiz(page, () => false);
  await page.getByRole('button', { name: 'Try again' }).click();
  await takeQuiz(page, (i) => first[i].q.topic === 'responsibilities' || i === 0);
  const changes = page.getByTestId('changes');
  await expect(changes).toContainText('+3 in PMO leader responsibilities');
  await expect(changes).toContainText(`+1 in ${topicName(first[0].q.topic)}`);
  await expect(changes.locator('li')).toHaveCount(2);
  await axe(page, 'results with changes');

  await page.getByRole('button', { name: 'Share result' }).click();
  await expect(page.getByTestId('share-status')).toHaveText('Result copied. Paste it wherever you like.');
  const text = await page.evaluate(() => navigator.clipboard.readText());
  expect(text).toMatch(/^I scored 4 of 12 \(33%\) on PMO Leader Quiz, [A-Z][a-z]{2} \d{1,2}, 20\d\d\. /);
  for (const topic of bank.topics) expect(text).toContain(topic.name);
  expect(text).toContain('PMO leader responsibilities 3/3');
  expect(text).not.toMatch(/@|http/);
});

test('where the Web Share API exists it gets the summary', async ({ page }) => {
  await page.addInitScript(() => {
    navigator.share = (data) => {
      window.__shared = data;
      return Promise.resolve();
    };
  });
  await page.goto('./?count=1&shuffle=off');
  await start(page);
  await answer(page, await currentQuestion(page), true);
  await page.getByRole('button', { name: 'Check answer' }).click();
  await page.getByRole('button', { name: 'See results' }).click();
  await page.getByRole('button', { name: 'Share result' }).click();
  await expect.poll(() => page.evaluate(() => window.__shared)).toMatchObject({ title: 'PMO Leader Quiz' });
  expect((await page.evaluate(() => window.__shared)).text).toMatch(/^I scored 1 of 1 \(100%\)/);
});

test('the print stylesheet gives a clean one-page summary', async ({ page }) => {
  await page.goto('./?shuffle=off');
  await start(page);
  await takeQuiz(page, (i) => i % 2 === 0);
  await page.setViewportSize({ width: 794, height: 1123 });
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('button', { name: 'Try again' })).toBeHidden();
  await expect(page.getByTestId('review')).toBeHidden();
  await expect(page.getByTestId('topic-scores')).toBeVisible();
  await expect(page.getByTestId('score-line')).toBeVisible();
  await expect(page.getByText(/^Completed on /)).toBeVisible();
  const bottom = await page.evaluate(() => document.querySelector('main').getBoundingClientRect().bottom);
  expect(bottom, 'fits an A4 page at 96 dpi').toBeLessThanOrEqual(1123);
  await page.screenshot({ path: new URL('./screenshots/print-results.png', import.meta.url).pathname, fullPage: true });
});
