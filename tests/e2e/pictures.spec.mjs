// Pictures and the Markdown subset, in the browser: each element where a field allows it
// and literal where not, hostile text left inert, question and choice pictures with their
// full-size view by touch and keyboard, no layout shift, axe, 320 px, the next question's
// pictures fetched ahead, and a provider bank's pictures offline after one visit.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { test, expect } from './test.mjs';
import { serve } from './server.mjs';
import { port } from './playwright.config.mjs';
import { expectNoAxeViolations, expectNoHorizontalScroll } from './helpers.mjs';

// Touch on, so a tap is a real tap; clicks and keys work as well.
test.use({ hasTouch: true });

const BANK = 'fixtures/pictures/bank.json';
const bank = JSON.parse(readFileSync(new URL(`./${BANK}`, import.meta.url), 'utf8'));
const open = (page, extra = '') => page.goto(`./?bank=${BANK}&shuffle=off&count=5${extra}`);

async function begin(page) {
  await page.getByRole('button', { name: 'Start quiz' }).click();
  await expect(page.getByRole('heading', { name: 'Question 1 of 5' })).toBeVisible();
}

/** Checks (answering with the first option when nothing is picked yet) and moves to question `n`. */
async function next(page, n) {
  if ((await page.locator('.options input:checked').count()) === 0) await page.locator('.options input').first().check();
  await page.getByRole('button', { name: 'Check answer' }).click();
  await page.getByRole('button', { name: 'Next question' }).click();
  await expect(page.getByRole('heading', { name: `Question ${n} of 5` })).toBeVisible();
}

/** The inner HTML of the first element matching `selector`, for exact structure checks. */
const html = (page, selector) => page.locator(selector).first().evaluate((e) => e.innerHTML.replace(/ class="[^"]*"/g, ''));

test('each Markdown element shows where its field allows it, and as written where not', async ({ page }) => {
  await open(page);
  // Titles and topic names are plain text: their markers stay.
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Pictures *and* emphasis');
  await expect(page.getByRole('listitem').filter({ hasText: 'Shapes **literal**' })).toBeVisible();
  await begin(page);
  // A prompt: strong, emphasis, code, a line break and a bullet list.
  const prompt = page.locator('.prompt');
  await expect(prompt.locator('strong')).toHaveText('framed');
  await expect(prompt.locator('br')).toHaveCount(1);
  await expect(prompt.locator('ul > li')).toHaveText(['from top left', 'to bottom right']);
  await expect(prompt.locator('li em')).toHaveText('top left');
  await expect(prompt.locator('li code')).toHaveText('bottom right');
  // The group is named by the prompt, lists and all.
  await expect(page.getByRole('group', { name: /Look at the framed picture\. ?Which line crosses it\?/ })).toBeVisible();
  // Choices: emphasis and code; notes: strong and emphasis; a link in a note stays text.
  await expect(page.locator('.choice-text em')).toHaveText('diagonal');
  await expect(page.locator('.choice-text code')).toHaveText('horizontal');
  await page.getByRole('radio', { name: 'A diagonal band' }).check();
  await page.getByRole('button', { name: 'Check answer' }).click();
  await expect(page.locator('.choice-feedback strong')).toHaveText('Yes');
  await expect(page.locator('.choice-feedback em')).toHaveText('across');
  await expect(page.locator('.choice-feedback').nth(2)).toHaveText('There is one. [Not a link](https://example.com/) in a note.');
  // The explanation: a numbered list, paragraphs, and a web link that opens a new tab.
  const why = page.locator('[data-testid="feedback"] .explanation');
  await expect(why.locator('ol > li')).toHaveText(['from the top left', 'to the bottom right']);
  await expect(why.locator('p')).toHaveCount(2);
  const link = why.getByRole('link', { name: 'the W3C guide' });
  await expect(link).toHaveAttribute('href', 'https://www.w3.org/WAI/tutorials/images/');
  await expect(link).toHaveAttribute('target', '_blank');
  await expect(link).toHaveAttribute('rel', 'noopener noreferrer');
  await expect(link.locator('strong')).toHaveText('W3C');
  await page.getByRole('button', { name: 'Next question' }).click();
  await next(page, 3);
  await next(page, 4);
  // A link in a prompt is the characters written; so is a list line in a choice-level field.
  await expect(page.locator('.prompt')).toHaveText('A square has four equal sides. [Not a link](https://example.com/) in a prompt.');
  await expect(page.locator('.prompt a')).toHaveCount(0);
  await page.getByRole('radio', { name: 'True' }).check();
  await next(page, 5);
  // Sorting: statements take inline markup; group names are plain text.
  await expect(page.getByRole('group', { name: 'A circle' }).locator('em')).toHaveText('circle');
  await expect(page.getByRole('group', { name: 'A square' }).locator('strong')).toHaveText('square');
  await expect(page.getByRole('group', { name: 'A circle' }).getByRole('radio', { name: '*Round*' })).toBeVisible();
});

test('markup, HTML and script in a bank stay inert text, in every field and in alt', async ({ page }) => {
  const dialogs = [];
  page.on('dialog', (d) => dialogs.push(d.message()) && d.dismiss());
  await open(page);
  await begin(page);
  await next(page, 2);
  await page.getByRole('radio', { name: 'A triangle' }).check();
  await next(page, 3);
  await expect(page.locator('.prompt')).toHaveText('<script>window.__pwned = 1</script> Which of these stay text?');
  await expect(page.getByRole('checkbox', { name: '<img src=x onerror="window.__pwned = 3">' })).toBeVisible();
  // Crossed and unclosed markers: what pairs is shown, the rest as written.
  await expect(page.locator('.choice-text').nth(1)).toHaveText('a *b c*');
  await expect(page.locator('.choice-text').nth(2)).toHaveText('**unclosed and *also');
  // Markup in alt is text in the attribute, never elements.
  const alt = bank.questions.find((q) => q.id === 'pic-inert').image.alt;
  await expect(page.locator('.picture-image')).toHaveAttribute('alt', alt);
  await page.getByRole('checkbox').first().check();
  await page.getByRole('button', { name: 'Check answer' }).click();
  const why = page.locator('[data-testid="feedback"] .explanation');
  await expect(why).toContainText('[js](javascript:window.__pwned=4) [data](data:text/html,<b>x</b>) [rel](/local) stay text');
  await expect(why.getByRole('link')).toHaveCount(1);
  await expect(why.getByRole('link', { name: 'ok' })).toHaveAttribute('href', 'https://example.com/');
  await expect(page.locator('.choice-feedback').first()).toHaveText('<i>shown</i> as written');
  const found = await page.evaluate(() => ({
    pwned: window.__pwned ?? null,
    scripts: document.querySelectorAll('main script').length,
    injected: document.querySelectorAll('main img[src="x"], main b, main i, main a[href^="javascript"], main a[href^="data"]').length,
  }));
  expect(found).toEqual({ pwned: null, scripts: 0, injected: 0 });
  expect(dialogs).toEqual([]);
});

test('a question picture keeps its ratio, holds its space while loading, and opens full size by touch and keyboard', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 740 });
  // The picture arrives late: its space is held from the start, so nothing moves.
  await page.route('**/fixtures/pictures/images/frame.png', async (route) => {
    await new Promise((r) => setTimeout(r, 700));
    await route.continue();
  });
  await page.addInitScript(() => {
    window.__shift = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (!e.hadRecentInput) window.__shift += e.value;
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await open(page);
  await begin(page);
  const img = page.locator('button.picture img');
  const before = await img.boundingBox();
  await expect.poll(() => img.evaluate((e) => e.complete && e.naturalWidth)).toBe(320);
  const after = await img.boundingBox();
  expect(after).toEqual(before);
  // 320 × 180 natural, scaled into the card: the ratio holds.
  expect(Math.abs(after.width / after.height - 320 / 180)).toBeLessThan(0.02);
  expect(await page.evaluate(() => window.__shift)).toBe(0);
  await expectNoHorizontalScroll(page);
  await expect(img).toHaveAttribute('decoding', 'async');
  // The button is named by the picture's alt and what a tap does.
  const button = page.getByRole('button', { name: /^A dark frame with a diagonal band .* Show full size$/ });
  await expect(button).toHaveAttribute('aria-haspopup', 'dialog');
  // By touch: a tap opens the dialog; Close shuts it and focus goes back.
  await button.tap();
  const dialog = page.getByRole('dialog', { name: /^A dark frame/ });
  await expect(dialog).toBeVisible();
  await expect(dialog.locator('img')).toHaveAttribute('src', /fixtures\/pictures\/images\/frame\.png$/);
  await expectNoAxeViolations(page, 'full-size picture');
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();
  await expect(button).toBeFocused();
  // By keyboard: Enter opens, Escape closes, focus back on the button.
  await page.keyboard.press('Enter');
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Close' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(button).toBeFocused();
  // Pinch-zoom is never blocked.
  expect(await page.locator('meta[name="viewport"]').getAttribute('content')).not.toMatch(/user-scalable\s*=\s*no|maximum-scale\s*=\s*1(\D|$)/);
  expect(await img.evaluate((e) => getComputedStyle(e).touchAction)).not.toBe('none');
  await expectNoAxeViolations(page, 'question with a picture');
});

test('picture choices are named by their alt, described when they have words, picked by a tap, and open full size', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 740 });
  const asked = [];
  page.on('request', (r) => asked.push(new URL(r.url()).pathname));
  await open(page);
  await begin(page);
  // While the learner reads question 1, question 2's pictures are already fetched.
  await expect.poll(() => ['circle', 'triangle', 'square'].every((n) => asked.some((p) => p.endsWith(`/${n}.svg`)))).toBe(true);
  await next(page, 2);
  await expect(page.getByRole('radio', { name: 'A circle', exact: true })).toBeVisible();
  const square = page.getByRole('radio', { name: 'The square', exact: true });
  await expect(square).toHaveAccessibleDescription('A square');
  // A tap on a choice's picture picks the choice.
  await page.locator('.choice-picture[src$="triangle.svg"]').click();
  await expect(page.getByRole('radio', { name: 'A triangle', exact: true })).toBeChecked();
  // Its corner button shows it full size; focus comes back to it.
  const zoom = page.getByRole('button', { name: 'Show full size: A circle' });
  await zoom.click();
  const dialog = page.getByRole('dialog', { name: 'A circle' });
  await expect(dialog).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(zoom).toBeFocused();
  // Choices and their buttons keep 44 px targets and the page its width.
  for (const box of await page.locator('.zoom').evaluateAll((els) => els.map((e) => e.getBoundingClientRect().height))) {
    expect(box).toBeGreaterThanOrEqual(44);
  }
  await expectNoHorizontalScroll(page);
  await expectNoAxeViolations(page, 'picture choices');
  await page.emulateMedia({ colorScheme: 'dark' });
  await expectNoAxeViolations(page, 'picture choices, dark');
  // In dark mode pictures sit on a light backdrop, so dark drawings stay readable.
  expect(await page.locator('.choice-picture').first().evaluate((e) => getComputedStyle(e).backgroundColor)).toBe('rgb(255, 255, 255)');
  await page.getByRole('button', { name: 'Check answer' }).click();
  await expect(page.getByTestId('feedback')).toContainText('Correct answer: A triangle');
});

test('the review shows each question\'s picture and its text with markup', async ({ page }) => {
  await open(page, '&count=2');
  await page.getByRole('button', { name: 'Start quiz' }).click();
  await page.getByRole('radio', { name: 'A diagonal band' }).check();
  await page.getByRole('button', { name: 'Check answer' }).click();
  await page.getByRole('button', { name: 'Next question' }).click();
  await page.getByRole('radio', { name: 'A triangle' }).check();
  await page.getByRole('button', { name: 'Check answer' }).click();
  await page.getByRole('button', { name: 'See results' }).click();
  const review = page.getByTestId('review');
  await expect(review.locator('.review-prompt strong').first()).toHaveText('framed');
  await expect(review.locator('.picture-image')).toHaveCount(1);
  await expect(review.locator('.picture-image')).toHaveAttribute('loading', 'lazy');
  await expect(review).toContainText('Correct answer: A diagonal band');
  await expect(review.locator('.explanation ol > li')).toHaveCount(2);
  await expectNoAxeViolations(page, 'results with pictures');
});

test('a provider bank\'s pictures work offline after one visit, with the server stopped', async ({ browser }) => {
  const fixtures = fileURLToPath(new URL('./fixtures/', import.meta.url));
  const dist = fileURLToPath(new URL('../../dist/', import.meta.url));
  const server = await serve({ root: dist, prefix: '/quiz/', port: port(40), mounts: [{ prefix: '/quiz/fixtures/', root: fixtures }] });
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${server.url}?bank=${BANK}&shuffle=off&count=5`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Pictures *and* emphasis');
  await page.evaluate(() => navigator.serviceWorker.ready);
  await expect.poll(() => page.evaluate(() => Boolean(window.__pmoQuizOfflineReady))).toBe(true);
  // Every picture the bank names is kept, seen or not: none was shown yet.
  const kept = () => page.evaluate(async () => {
    const names = ['frame.png', 'circle.svg', 'triangle.svg', 'square.svg'];
    const found = await Promise.all(names.map((n) => caches.match(new URL(`fixtures/pictures/images/${n}`, location.href).href)));
    return found.every(Boolean);
  });
  await expect.poll(kept).toBe(true);
  // The built-in bank's pictures are precached.
  expect(await page.evaluate(async () => Boolean(await caches.match(new URL('content/images/portfolio-nesting.svg', location.href).href)))).toBe(true);
  await server.close();
  await page.reload();
  await begin(page);
  await expect.poll(() => page.locator('button.picture img').evaluate((e) => e.complete && e.naturalWidth)).toBe(320);
  await next(page, 2);
  await expect.poll(() => page.locator('.choice-picture').evaluateAll((els) => els.map((e) => e.naturalWidth))).toEqual([120, 120, 120]);
  await context.close();
});
