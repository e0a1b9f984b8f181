// Shared steps for the end-to-end tests. The bank file is the oracle: a test reads the
// prompt on screen, looks the question up, and answers it right or wrong on purpose.
import { expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { RUN_LENGTH, picksFor, placementsFor, questionByPrompt } from './oracle.mjs';

export { RUN_LENGTH, bank, exampleBank, topicName, optionTexts, correctIndices, correctTexts, responseFor, squash } from './oracle.mjs';

/** The bank's question now on screen. */
export async function currentQuestion(page) {
  const prompt = (await page.locator('.prompt').first().textContent()).trim();
  const q = questionByPrompt(prompt);
  expect(q, `prompt on screen is in the bank: ${prompt}`).toBeTruthy();
  return q;
}

/** Picks a deliberately right or wrong answer by tapping labels, in a page or a frame;
 * `labels` are True and False in the interface's language. */
export async function answer(page, q, right, labels) {
  if (q.type === 'categorise') {
    for (const { statement, bucket } of placementsFor(q, right)) {
      await page.getByRole('group', { name: statement, exact: true }).getByText(bucket, { exact: true }).click();
    }
    return;
  }
  for (const label of picksFor(q, right, labels)) {
    await page.getByRole(q.type === 'multiple' ? 'checkbox' : 'radio', { name: label, exact: true }).check();
  }
}

/** Holds every request matching `pattern` until `release()`; `held` lists those waiting. */
export async function holdBack(page, pattern) {
  const held = [];
  let open = false;
  await page.route(pattern, (route) => (open ? route.continue() : held.push(route)));
  return {
    held,
    release: async () => {
      open = true;
      for (const route of held.splice(0)) await route.continue();
    },
  };
}

export async function start(page) {
  await page.getByRole('button', { name: 'Start quiz' }).click();
  await expect(page.getByRole('heading', { name: /^Question 1 of \d+$/ })).toBeVisible();
}

export async function checkAndNext(page, last = false) {
  await page.getByRole('button', { name: 'Check answer' }).click();
  await page.getByRole('button', { name: last ? 'See results' : 'Next question' }).click();
}

/**
 * Answers a whole run of `length` questions. `rightAt(i)` says whether question i (0-based)
 * is answered right. Returns what was asked and how it was answered.
 */
export async function takeQuiz(page, rightAt, length = RUN_LENGTH) {
  const asked = [];
  for (let i = 0; i < length; i++) {
    await expect(page.getByRole('heading', { name: `Question ${i + 1} of ${length}` })).toBeVisible();
    const q = await currentQuestion(page);
    const right = rightAt(i);
    await answer(page, q, right);
    await checkAndNext(page, i === length - 1);
    asked.push({ q, right });
  }
  await expect(page.getByRole('heading', { name: 'Your results' })).toBeVisible();
  return asked;
}

/** Runs axe-core with every rule, and fails with a readable list on any violation. */
export async function expectNoAxeViolations(page, screen) {
  const { violations } = await new AxeBuilder({ page }).analyze();
  const summary = violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
  expect(summary, `axe violations on the ${screen} screen`).toEqual([]);
}

/** No horizontal scrolling at the current viewport. */
export async function expectNoHorizontalScroll(page) {
  const { scroll, width, wide } = await page.evaluate(() => ({
    scroll: document.documentElement.scrollWidth,
    width: document.documentElement.clientWidth,
    wide: [...document.querySelectorAll('body *')]
      .filter((e) => e.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
      .map((e) => `${e.tagName.toLowerCase()}.${e.className} "${e.textContent.trim().slice(0, 30)}"`)
      .slice(0, 5),
  }));
  expect(scroll, `page width fits the viewport; too wide: ${wide.join(', ')}`).toBeLessThanOrEqual(width);
}

/**
 * Replaces saved data just before the app's next load, with no page of ours left
 * open to save over it. `change(raw)` gets the current raw value, returns the new one.
 */
export async function rewriteStorageBeforeLoad(page, key, change) {
  const raw = await page.evaluate((k) => localStorage.getItem(k), key);
  const next = change(raw);
  await page.goto('about:blank');
  await page.addInitScript(
    ([key, value]) => {
      if (location.protocol !== 'http:' || sessionStorage.getItem('rewritten')) return;
      sessionStorage.setItem('rewritten', '1');
      localStorage.setItem(key, value);
    },
    [key, next],
  );
  await page.goto('./');
}
