// The interface in the learner's language (issue 26): the five built-in translations run a
// whole quiz with no English left on screen; a provider's strings file adds a language
// (Dutch), right to left included (Arabic); broken files leave the quiz working, with the
// console saying what and where; counted messages follow each language's plural rules.
import { test, expect } from './test.mjs';
import { readFileSync } from 'node:fs';
import { expectNoAxeViolations, expectNoHorizontalScroll } from './helpers.mjs';
import { picksFor, placementsFor, questionByPrompt } from './oracle.mjs';

const read = (path) => JSON.parse(readFileSync(new URL(path, import.meta.url), 'utf8'));
const strings = (lang) => read(`../../src/i18n/strings/${lang}.json`).messages;
const fixture = (lang) => read(`./fixtures/strings/${lang}.json`).messages;
// English, from the Rust catalogue: every plain message, for "no English showing".
const english = Object.fromEntries(
  [...readFileSync(new URL('../../crates/quiz-core/src/strings/en.rs', import.meta.url), 'utf8').matchAll(/^\s{4}(\w+): "((?:[^"\\]|\\.)*)",$/gm)].map(([, k, v]) => [k, JSON.parse(`"${v}"`)]),
);
const fill = (template, values) => template.replace(/\{(\w+)\}/g, (_, name) => values[name]);

/** The text nodes on screen that are exactly an English message the language translates differently. */
async function englishShowing(page, texts) {
  const leftovers = Object.entries(english)
    .filter(([key, text]) => typeof texts[key] === 'string' && texts[key] !== text && !text.includes('{'))
    .map(([, text]) => text);
  return page.evaluate((leftovers) => {
    const found = [];
    const walk = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    while (walk.nextNode()) {
      const text = walk.currentNode.textContent.trim();
      if (text && leftovers.includes(text) && walk.currentNode.parentElement.checkVisibility()) found.push(text);
    }
    return found;
  }, leftovers);
}

/** Answers the question on screen right or wrong, by the labels a learner sees. */
async function answer(page, t, right) {
  const prompt = (await page.locator('.prompt').first().textContent()).trim();
  const q = questionByPrompt(prompt);
  expect(q, `prompt on screen is in a bank: ${prompt}`).toBeTruthy();
  if (q.type === 'categorise') {
    for (const { statement, bucket } of placementsFor(q, right)) {
      await page.getByRole('group', { name: statement, exact: true }).getByText(bucket, { exact: true }).click();
    }
  } else {
    for (const label of picksFor(q, right, [t.true_label, t.false_label])) {
      await page.getByRole(q.type === 'multiple' ? 'checkbox' : 'radio', { name: label, exact: true }).check();
    }
  }
  return q.type;
}

/** A whole run in the language of `t`, checking for English at every step. */
async function run(page, t, length) {
  await page.getByRole('button', { name: t.start, exact: true }).click();
  const types = new Set();
  for (let i = 0; i < length; i++) {
    await expect(page.getByRole('heading', { name: fill(t.question_of, { n: i + 1, total: length }) })).toBeVisible();
    types.add(await answer(page, t, i % 2 === 0));
    await page.getByRole('button', { name: t.check, exact: true }).click();
    await expect(page.getByTestId('feedback')).toBeVisible();
    expect(await englishShowing(page, t), `English on question ${i + 1}`).toEqual([]);
    await page.getByRole('button', { name: i === length - 1 ? t.see_results : t.next, exact: true }).click();
  }
  await expect(page.getByRole('heading', { name: t.results_heading, level: 2 })).toBeVisible();
  return types;
}

for (const lang of ['es', 'fr', 'de', 'pt', 'it']) {
  test(`${lang}: a whole run, results and history show no English, pass axe light and dark, and fit 320 px`, async ({ page }) => {
    const t = strings(lang);
    await page.setViewportSize({ width: 320, height: 700 });
    // The role-difference topic's 12 questions hold all four types.
    await page.goto(`./?lang=${lang}&shuffle=off&topics=role-difference&count=12`);
    await expect(page.getByRole('button', { name: t.start, exact: true })).toBeVisible();
    const interfaceLang = await page.evaluate(() => document.documentElement.lang);
    expect(interfaceLang.split('-')[0]).toBe(lang);
    expect(await englishShowing(page, t)).toEqual([]);
    await expectNoHorizontalScroll(page);
    const types = await run(page, t, 12);
    expect([...types].sort(), 'every question type').toEqual(['categorise', 'multiple', 'single', 'true_false']);
    expect(await englishShowing(page, t), 'English on the results screen').toEqual([]);
    await expectNoHorizontalScroll(page);
    for (const scheme of ['light', 'dark']) {
      await page.emulateMedia({ colorScheme: scheme });
      await expectNoAxeViolations(page, `${lang} results (${scheme})`);
    }
    await page.getByRole('button', { name: t.back_to_start, exact: true }).click();
    await page.getByRole('button', { name: t.progress_button, exact: true }).click();
    await expect(page.getByRole('heading', { name: t.progress_heading, level: 2 })).toBeVisible();
    await expect(page.getByRole('region', { name: t.history_heading }).getByTestId('history')).toBeVisible();
    expect(await englishShowing(page, t), 'English on the progress screen').toEqual([]);
    await expectNoHorizontalScroll(page);
    await expectNoAxeViolations(page, `${lang} progress`);
  });
}

test('the interface and the bank each carry their own lang: a French interface over the English bank', async ({ page }) => {
  await page.goto('./?lang=fr&shuffle=off');
  const t = strings('fr');
  await expect(page.getByRole('button', { name: t.start, exact: true })).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.lang)).toBe('fr');
  await expect(page.locator('h1')).toHaveAttribute('lang', 'en');
  await expect(page.locator('.lead')).toHaveAttribute('lang', 'en');
  await page.getByRole('button', { name: t.start, exact: true }).click();
  await expect(page.locator('.prompt')).toHaveAttribute('lang', 'en');
});

test('the browser language picks the interface and the bank: Spanish', async ({ browser }) => {
  const context = await browser.newContext({ locale: 'es-MX', baseURL: test.info().project.use.baseURL });
  const page = await context.newPage();
  await page.goto('./');
  await expect(page.getByRole('button', { name: strings('es').start, exact: true })).toBeVisible();
  await expect(page.locator('h1')).toHaveAttribute('lang', 'es');
  await context.close();
});

test('a provider strings file adds Dutch, and sets the language over the browser', async ({ page }) => {
  const t = fixture('nl');
  await page.goto('./?strings=fixtures/strings/nl.json&shuffle=off&count=4');
  await expect(page.getByRole('button', { name: t.start, exact: true })).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.lang)).toBe('nl');
  await run(page, t, 4);
  expect(await englishShowing(page, t)).toEqual([]);
});

test('Arabic from a provider file: right to left, mirrored layout, the language\'s digits, axe clean', async ({ page }) => {
  const t = fixture('ar');
  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto('./?strings=fixtures/strings/ar.json&shuffle=off&count=4');
  await expect(page.getByRole('button', { name: t.start, exact: true })).toBeVisible();
  const layout = await page.evaluate(() => ({
    dir: document.documentElement.dir,
    direction: getComputedStyle(document.querySelector('main')).direction,
  }));
  expect(layout).toEqual({ dir: 'rtl', direction: 'rtl' });
  await page.getByRole('button', { name: t.start, exact: true }).click();
  const [one, four] = await page.evaluate(() => [1, 4].map((n) => new Intl.NumberFormat('ar').format(n)));
  // The question screen is up before its progress bar is measured.
  await expect(page.getByRole('heading', { name: fill(t.question_of, { n: one, total: four }) })).toBeVisible();
  await expect(page.locator('.progress-fill')).toHaveCount(1);
  // The progress bar grows from the right: its filled part touches the track's right edge.
  const bar = await page.evaluate(() => {
    const fill = document.querySelector('.progress-fill');
    const r = fill.getBoundingClientRect();
    const track = (fill.parentElement ?? fill).getBoundingClientRect();
    return { right: Math.round(r.right), trackRight: Math.round(track.right), left: Math.round(r.left), trackLeft: Math.round(track.left) };
  });
  expect(Math.abs(bar.right - bar.trackRight), 'the fill starts at the right').toBeLessThanOrEqual(2);
  expect(bar.left - bar.trackLeft, 'and stops short of the left').toBeGreaterThan(10);
  await page.screenshot({ path: test.info().outputPath('arabic-question.png') });
  await expectNoHorizontalScroll(page);
  await expectNoAxeViolations(page, 'Arabic question');
});

test('Arabic plural forms: 1, 2, 5 and 11 questions each take their own form', async ({ page }) => {
  const t = fixture('ar');
  const shown = [];
  for (const count of [1, 2, 5, 11]) {
    await page.goto(`./?strings=fixtures/strings/ar.json&count=${count}`);
    const line = page.locator('.start .muted').first();
    // The browser's own rules and digits, as the quiz uses them.
    const { category, digits, mark } = await page.evaluate((n) => ({
      category: new Intl.PluralRules('ar').select(n),
      digits: new Intl.NumberFormat('ar').format(n),
      mark: new Intl.NumberFormat('ar', { style: 'percent' }).format(0.7),
    }), count);
    await expect(line).toHaveText(fill(t.question_count[category], { count: digits, mark }));
    shown.push(category);
  }
  expect(shown, 'four different forms').toEqual(['one', 'two', 'few', 'many']);
});

test('Polish plural forms: few and many', async ({ page }) => {
  const t = fixture('pl');
  for (const count of [2, 5]) {
    await page.goto(`./?strings=fixtures/strings/pl.json&count=${count}`);
    const category = new Intl.PluralRules('pl').select(count);
    await expect(page.locator('.start .muted').first()).toHaveText(fill(t.question_count[category], { count, mark: '70%' }));
  }
});

/** The console's warnings and errors while `page` loads `url` and the core arrives. */
async function consoleOf(page, url) {
  const said = [];
  page.on('console', (m) => ['warning', 'error'].includes(m.type()) && said.push(`${m.type()}: ${m.text()}`));
  await page.goto(url);
  // The core logs what start-up found; its practice modes show once it is in.
  await expect(page.locator('section.ways')).toBeVisible();
  return said;
}

test('a strings file with missing keys shows those in English and names them', async ({ page }) => {
  const said = await consoleOf(page, './?strings=fixtures/strings/broken/missing.json');
  await expect(page.getByRole('button', { name: fixture('nl').start, exact: true })).toBeVisible();
  await expect(page.getByText(english.topics_heading, { exact: true })).toBeVisible();
  expect(said.some((s) => s.startsWith('warning') && s.includes('fixtures/strings/broken/missing.json') && s.includes('topics_heading'))).toBe(true);
});

test('a message with a wrong placeholder falls back to English for that message only', async ({ page }) => {
  const said = await consoleOf(page, './?strings=fixtures/strings/broken/placeholder.json');
  await expect(page.getByRole('button', { name: fixture('nl').start, exact: true })).toBeVisible();
  await expect(page.getByText(/questions · pass mark 70%/)).toBeVisible();
  expect(said.some((s) => s.includes('question_count') && s.includes('{aantal}'))).toBe(true);
});

test('a strings file that is not JSON, or not there, leaves the default language with one error naming it', async ({ page }) => {
  let said = await consoleOf(page, './?strings=fixtures/strings/broken/not-json.json&lang=de');
  await expect(page.getByRole('button', { name: strings('de').start, exact: true })).toBeVisible();
  const errors = said.filter((s) => s.startsWith('error') && s.includes('not-json.json'));
  expect(errors).toHaveLength(1);
  expect(errors[0]).toMatch(/line 3/);
  said = await consoleOf(page, './?strings=fixtures/strings/broken/nowhere.json');
  await expect(page.getByRole('button', { name: english.start, exact: true })).toBeVisible();
  expect(said.filter((s) => s.startsWith('error') && s.includes('nowhere.json') && s.includes('404'))).toHaveLength(1);
});
