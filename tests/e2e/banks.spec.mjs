// Provider banks loaded with ?bank=, every question type answered right and wrong,
// broken banks explained, and bank text never run as HTML.
import { test, expect } from './test.mjs';
import { readFileSync } from 'node:fs';
import { expectNoAxeViolations } from './helpers.mjs';
import { PORT } from './playwright.config.mjs';

const example = JSON.parse(readFileSync(new URL('../../examples/bank/example-bank.json', import.meta.url), 'utf8'));
const [single, trueFalse, multiple, categorise] = example.questions;

async function check(page) {
  await page.getByRole('button', { name: 'Check answer' }).click();
}

async function next(page, last = false) {
  await page.getByRole('button', { name: last ? 'See results' : 'Next question' }).click();
}

const statement = (page, text) => page.getByRole('group', { name: text, exact: true });

test('a provider bank served beside the quiz replaces the built-in one', async ({ page }) => {
  await page.goto('./?bank=example-bank.json&shuffle=off');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(example.title);
  await expect(page.getByText(example.description)).toBeVisible();
  await expect(page.getByText('4 questions · pass mark 70%')).toBeVisible();
  for (const topic of example.topics) await expect(page.getByRole('listitem').filter({ hasText: topic.name })).toBeVisible();
});

test('each question type scores right and wrong answers as documented', async ({ page }) => {
  await page.goto('./?bank=example-bank.json&shuffle=off');
  await page.getByRole('button', { name: 'Start quiz' }).click();
  const feedback = page.getByTestId('feedback');

  // Single choice, right.
  await expect(page.locator('.prompt')).toHaveText(single.prompt);
  await page.getByRole('radio', { name: single.choices[0].text }).check();
  await check(page);
  await expect(feedback).toContainText('Correct');
  await expect(feedback).toContainText(single.explanation);
  await next(page);

  // True/false, wrong: the statement is false and we say true.
  await expect(page.locator('.prompt')).toHaveText(trueFalse.prompt);
  await expect(page.getByRole('radio')).toHaveCount(2);
  await page.getByRole('radio', { name: 'True' }).check();
  await check(page);
  await expect(feedback).toContainText('Incorrect');
  await expect(feedback).toContainText('Correct answer: False');
  await next(page);

  // Multiple response, half right: all or nothing gives zero, and every choice explains itself.
  await expect(page.locator('.prompt')).toHaveText(multiple.prompt);
  await expect(page.getByText('Select all that apply.')).toBeVisible();
  await page.getByRole('checkbox', { name: multiple.choices[0].text }).check();
  await check(page);
  await expect(feedback).toContainText('Incorrect');
  for (const choice of multiple.choices) {
    await expect(page.locator('.choice').filter({ hasText: choice.text })).toContainText(choice.feedback);
  }
  await expect(page.locator('.choice.is-correct')).toHaveCount(2);
  await next(page);

  // Categorise by tapping: three of four placed right earns three quarters.
  await expect(page.locator('.prompt')).toHaveText(categorise.prompt);
  for (const [i, item] of categorise.items.entries()) {
    const bucket = i === 3 ? 1 - item.bucket : item.bucket;
    await statement(page, item.text).getByText(categorise.buckets[bucket], { exact: true }).click();
  }
  await check(page);
  await expect(feedback).toContainText('Partly correct');
  await expect(feedback).toContainText('3 of 4 placed correctly');
  await expect(statement(page, categorise.items[3].text)).toContainText(`belongs in ${categorise.buckets[categorise.items[3].bucket]}`);
  await next(page, true);

  // 1 + 0 + 0 + 0.75 = 1.75 of 4, shown rounded down.
  await expect(page.getByTestId('score-line')).toHaveText('You scored 1.7 of 4 (43%).');
  const rows = page.getByTestId('topic-scores').locator('tbody tr');
  await expect(rows.filter({ hasText: 'Roles' })).toContainText('1 / 2 (50%)');
  await expect(rows.filter({ hasText: 'Everyday practice' })).toContainText('0.7 / 2 (37%)');
  await expectNoAxeViolations(page, 'results of a provider bank');
});

test('each question type can also be answered fully right, and categorise works by keyboard', async ({ page }) => {
  await page.goto('./?bank=example-bank.json&shuffle=off');
  await page.getByRole('button', { name: 'Start quiz' }).click();
  await page.getByRole('radio', { name: single.choices[0].text }).check();
  await check(page);
  await next(page);
  await page.getByRole('radio', { name: 'False' }).check();
  await check(page);
  await expect(page.getByTestId('feedback')).toContainText('Correct');
  await next(page);
  for (const choice of multiple.choices.filter((c) => c.correct)) await page.getByRole('checkbox', { name: choice.text }).check();
  await check(page);
  await expect(page.getByTestId('feedback')).toContainText('Correct');
  await next(page);

  await expect(page.getByRole('heading', { name: 'Question 4 of 4' })).toBeFocused();
  await expectNoAxeViolations(page, 'categorise question');
  for (const item of categorise.items) {
    await page.keyboard.press('Tab');
    if (item.bucket === 0) await page.keyboard.press('Space');
    else await page.keyboard.press('ArrowRight');
    await expect(statement(page, item.text).getByRole('radio', { name: categorise.buckets[item.bucket] })).toBeChecked();
  }
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Check answer' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('feedback')).toContainText('4 of 4 placed correctly');
  await expectNoAxeViolations(page, 'categorise feedback');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('score-line')).toHaveText('You scored 4 of 4 (100%).');
});

test('a broken bank lists every problem by question and field, and the built-in bank stays available', async ({ page }) => {
  const warnings = [];
  page.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()));
  await page.goto('./?bank=fixtures/broken-bank.json');
  const list = page.getByTestId('bank-problems');
  await expect(list).toBeVisible();
  for (const line of [
    'question no-correct, field "choices": has no choice marked correct',
    'question no-correct, field "type": has unknown type "essay"',
    'question no-correct, field "id": repeats an id used by an earlier question',
    'question empty-prompt, field "prompt": is empty',
    'question lost-topic, field "topic": names topic "history", which the bank does not list',
    'question long-choice, field "choices[1].text": is 95 characters long; the limit is 90',
    'question #6, field "id": is missing',
  ]) {
    await expect(list).toContainText(line);
  }
  expect(warnings.some((w) => w.includes('fixtures/broken-bank.json'))).toBe(true);
  await expectNoAxeViolations(page, 'bank problems');

  await page.getByRole('button', { name: 'Use the built-in questions instead' }).click();
  await expect(page.getByRole('button', { name: 'Start quiz' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('PMO Leader Quiz');
});

test('bad JSON is reported with its line and column', async ({ page }) => {
  await page.goto('./?bank=fixtures/bad-json.json');
  await expect(page.getByTestId('bank-problems')).toContainText('invalid JSON at line 5, column 3');
});

test('a missing bank file says so', async ({ page }) => {
  await page.goto('./?bank=fixtures/nowhere.json');
  await expect(page.getByTestId('bank-problems')).toContainText('the server answered HTTP 404');
});

test('a bank on another origin is refused before any request is made', async ({ page }) => {
  const requests = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.goto(`./?bank=http://127.0.0.2:${PORT}/quiz/example-bank.json`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('PMO Leader Quiz');
  await expect(page.getByRole('button', { name: 'Start quiz' })).toBeVisible();
  expect(requests.filter((u) => !u.startsWith(`http://127.0.0.1:${PORT}/`))).toEqual([]);
});

test('markup in a bank is shown as text and never runs', async ({ page }) => {
  const dialogs = [];
  page.on('dialog', async (d) => {
    dialogs.push(d.message());
    await d.dismiss();
  });
  await page.goto('./?bank=fixtures/script-bank.json');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('<script>window.__pwned = 1</script>Injected title');
  await expect(page.getByText('<img src=x onerror="window.__pwned = 2"> description')).toBeVisible();
  await expect(page.locator('.topic-list').getByText('<b>Bold</b> topic')).toBeVisible();
  await expect(page.getByLabel('Topic to focus on').locator('option')).toHaveText(['<b>Bold</b> topic']);
  await page.getByRole('button', { name: 'Start quiz' }).click();
  await expect(page.locator('.prompt')).toHaveText("<script>alert('prompt')</script> Which is safe?");
  await page.getByRole('radio', { name: "<img src=x onerror=alert('choice')>" }).check();
  await page.getByRole('button', { name: 'Check answer' }).click();
  await expect(page.getByTestId('feedback')).toContainText("<svg onload=alert('explanation')></svg> Text stays text.");
  await page.getByRole('button', { name: 'See results' }).click();
  await expect(page.getByTestId('review')).toContainText("<script>alert('prompt')</script> Which is safe?");
  await expect(page.getByTestId('review')).toContainText("<img src=x onerror=alert('choice')>");
  expect(await page.locator('main script, main img, main svg, main b, main a').count()).toBe(0);
  expect(await page.evaluate(() => window.__pwned)).toBeUndefined();
  expect(dialogs).toEqual([]);
});
