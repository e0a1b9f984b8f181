// WCAG 2.2 AA on every screen in both colour schemes, small screens and large text,
// right-to-left layout, accent colours at the extremes, and the Spanish interface.
// Screenshots of each screen are written to tests/e2e/screenshots/ for people to look at.
import { test, expect } from './test.mjs';
import { mkdirSync, readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { RUN_LENGTH, answer, bank, currentQuestion, expectNoHorizontalScroll, rewriteStorageBeforeLoad, start } from './helpers.mjs';
import { squash, visible } from './oracle.mjs';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
const SHOTS = new URL('./screenshots/', import.meta.url);
mkdirSync(SHOTS, { recursive: true });
const spanish = JSON.parse(readFileSync(new URL('../../src/content/bank.es.json', import.meta.url), 'utf8'));
// The Spanish interface's words, from its strings file.
const ES = JSON.parse(readFileSync(new URL('../../src/i18n/strings/es.json', import.meta.url), 'utf8')).messages;
const fill = (template, values) => template.replace(/\{(\w+)\}/g, (_, k) => values[k]);
// A message as a pattern, its percentage as Spanish writes it: "100 %", with a no-break space.
const withPercent = (text) => new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace('PERCENT', '\\d+\\s%')}$`);

async function axe(page, screen) {
  const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  const summary = violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
  expect(summary, `axe violations on ${screen}`).toEqual([]);
}

async function shot(page, name) {
  await page.evaluate(() => document.fonts.ready);
  await page.screenshot({ path: new URL(name, SHOTS).pathname, fullPage: true, animations: 'disabled' });
}

/**
 * Every screen, in order, with a callback at each: the tour the layout tests take. The
 * first question of each type is answered wrong so its feedback screen is visited too.
 */
async function tour(page, visit, url = './?bank=example-bank.json&shuffle=off') {
  await page.goto(url);
  await visit('start');
  await start(page);
  const seen = new Set();
  while (!(await page.getByRole('heading', { name: 'Your results' }).isVisible())) {
    const q = await currentQuestion(page);
    const first = !seen.has(q.type);
    seen.add(q.type);
    if (first) await visit(`question-${q.type}`);
    await answer(page, q, !first);
    await page.getByRole('button', { name: 'Check answer' }).click();
    if (first) await visit(`feedback-${q.type}`);
    await page.getByRole('button', { name: /Next question|See results/ }).click();
  }
  expect([...seen].sort()).toEqual(['categorise', 'multiple', 'single', 'true_false']);
  await visit('results');
  await page.getByRole('button', { name: 'Back to start' }).click();
  await visit('start-with-history');
  await page.getByRole('button', { name: 'Your progress' }).click();
  await visit('progress');
  await page.getByRole('button', { name: 'Reset all progress' }).click();
  await visit('reset-confirmation');
}

for (const scheme of ['light', 'dark']) {
  test.describe(`${scheme} scheme`, () => {
    test.use({ colorScheme: scheme });

    test(`axe finds nothing on any screen (${scheme}), screenshots saved`, async ({ page }) => {
      test.setTimeout(180_000);
      await tour(
        page,
        async (screen) => {
          await axe(page, `${screen} (${scheme})`);
          await shot(page, `${scheme}-375-${screen}.png`);
        },
        './?shuffle=off&count=52',
      );
    });

    test(`notices and error screens pass axe (${scheme})`, async ({ page }) => {
      await page.goto('./');
      await rewriteStorageBeforeLoad(page, 'pmo-leader-quiz:default:pmo-leader', () => 'not json');
      await expect(page.getByTestId('storage-notice')).toBeVisible();
      await axe(page, `storage notice (${scheme})`);
      await shot(page, `${scheme}-375-notice.png`);
      await page.goto('./?bank=fixtures/broken-bank.json');
      await expect(page.getByTestId('bank-problems')).toBeVisible();
      await axe(page, `bank problems (${scheme})`);
      await shot(page, `${scheme}-375-bank-problems.png`);
    });
  });
}

test('the desktop layout at 1280 px, screenshots saved', async ({ page }) => {
  test.setTimeout(180_000);
  await page.setViewportSize({ width: 1280, height: 800 });
  await tour(
    page,
    async (screen) => {
      await expectNoHorizontalScroll(page);
      await shot(page, `light-1280-${screen}.png`);
    },
    './?shuffle=off&count=52',
  );
});

/** No horizontal scroll, and no button whose label spills out of it. */
async function expectNothingOverflows(page, where) {
  await expectNoHorizontalScroll(page);
  const spilled = await page.$$eval('button, label, .badge, .level, h1, h2, h3, p, li', (els) =>
    els.filter((e) => e.scrollWidth > e.clientWidth + 1 && getComputedStyle(e).overflowX === 'visible').map((e) => e.textContent.trim().slice(0, 40)),
  );
  expect(spilled, `content spilling out at ${where}`).toEqual([]);
}

test('at 320 px with 200 % text nothing scrolls sideways or spills out', async ({ page }) => {
  test.setTimeout(180_000);
  await page.setViewportSize({ width: 320, height: 640 });
  await page.addInitScript(() => {
    document.addEventListener('DOMContentLoaded', () => { document.documentElement.style.fontSize = '200%'; });
  });
  await tour(page, (screen) => expectNothingOverflows(page, `${screen} at 320 px, 200 % text`));
});

test('at 200 % browser zoom (640 CSS px of a 1280 px window) the flow works', async ({ page }) => {
  test.setTimeout(180_000);
  await page.setViewportSize({ width: 640, height: 400 });
  await tour(page, (screen) => expectNothingOverflows(page, `${screen} at 200 % zoom`));
});

test('touch targets are at least 44 by 44 CSS px', async ({ page }) => {
  test.setTimeout(120_000);
  const small = [];
  await tour(page, async (screen) => {
    const found = await page.$$eval('button, label.choice, label.bucket, .file-button', (els) =>
      els.filter((e) => e.offsetParent !== null).map((e) => [e.textContent.trim().slice(0, 30), e.getBoundingClientRect()])
        .filter(([, r]) => r.width < 44 || r.height < 44).map(([t, r]) => `${t} ${Math.round(r.width)}x${Math.round(r.height)}`),
    );
    small.push(...found.map((f) => `${screen}: ${f}`));
  });
  expect(small).toEqual([]);
});

test('right-to-left layout mirrors cleanly with nothing overlapping', async ({ page }) => {
  // An Arabic interface from a provider's strings file, over the English bank.
  const ar = JSON.parse(readFileSync(new URL('./fixtures/strings/ar.json', import.meta.url), 'utf8')).messages;
  await page.goto('./?shuffle=off&strings=fixtures/strings/ar.json');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expectNothingOverflows(page, 'rtl start');
  await page.getByRole('button', { name: ar.start, exact: true }).click();
  const choice = page.locator('label.choice').first();
  const [box, text] = await Promise.all([choice.locator('input').boundingBox(), choice.locator('.choice-text').boundingBox()]);
  expect(box.x, 'the radio sits at the start (right) of its label').toBeGreaterThan(text.x);
  expect(text.x + text.width, 'no overlap with the text').toBeLessThanOrEqual(box.x + 1);
  const q = await currentQuestion(page);
  await answer(page, q, false, [ar.true_label, ar.false_label]);
  await page.getByRole('button', { name: ar.check, exact: true }).click();
  await expectNothingOverflows(page, 'rtl feedback');
  const feedback = await page.locator('.feedback').evaluate((e) => getComputedStyle(e).borderRightWidth);
  expect(feedback, 'the feedback stripe moves to the right edge').toBe('6px');
  await shot(page, 'light-375-rtl-feedback.png');
});

for (const accent of ['#ffffff', '#000000', '#ffff00']) {
  for (const scheme of ['light', 'dark']) {
    test(`accent ${accent} keeps contrast in ${scheme}`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(`./?accent=${encodeURIComponent(accent)}`);
      const check = async (where) => {
        const { violations } = await new AxeBuilder({ page }).withRules(['color-contrast', 'link-in-text-block']).analyze();
        expect(violations.map((v) => `${v.id} ${v.nodes.map((n) => n.target).join()}`), where).toEqual([]);
      };
      await check('start');
      await start(page);
      await page.locator('label.choice, label.bucket').first().click();
      await check('question with a choice selected');
      const fill = await page.locator('.progress-fill').evaluate((e) => getComputedStyle(e).backgroundColor);
      expect(fill).not.toBe('rgba(0, 0, 0, 0)');
    });
  }
}

test('the Spanish interface works end to end, chosen by setting or by browser language', async ({ browser }) => {
  const context = await browser.newContext({ locale: 'es-ES', viewport: { width: 320, height: 640 } });
  const page = await context.newPage();
  await page.goto('./');
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(spanish.title);
  // Numbers as Spanish writes them: a no-break space before the percent sign.
  await expect(page.getByText(withPercent(fill(ES.question_count.other, { count: 12, mark: 'PERCENT' })))).toBeVisible();
  await page.getByRole('button', { name: ES.start, exact: true }).click();
  // Keyed as read: markers left out, no white space between blocks.
  const byPrompt = new Map(spanish.questions.map((q) => [squash(q.prompt), q]));
  for (let i = 0; i < 12; i++) {
    await expect(page.getByRole('heading', { name: fill(ES.question_of, { n: i + 1, total: 12 }) })).toBeFocused();
    const q = byPrompt.get(squash(await page.locator('.prompt').first().textContent()));
    expect(q, 'a Spanish question').toBeTruthy();
    if (q.type === 'categorise') {
      for (const item of q.items) {
        await page.getByRole('group', { name: item.text, exact: true }).getByText(q.buckets[item.bucket], { exact: true }).click();
      }
    } else if (q.type === 'true_false') {
      await page.getByRole('radio', { name: q.answer ? ES.true_label : ES.false_label }).check();
    } else {
      for (const c of q.choices.filter((c) => c.correct)) {
        await page.getByRole(q.type === 'multiple' ? 'checkbox' : 'radio', { name: c.text ? visible(c.text) : c.image.alt, exact: true }).check();
      }
    }
    await page.getByRole('button', { name: ES.check, exact: true }).click();
    await expect(page.getByTestId('feedback')).toContainText(ES.correct);
    await expectNothingOverflows(page, `Spanish question ${i + 1} at 320 px`);
    await page.getByRole('button', { name: i === 11 ? ES.see_results : ES.next, exact: true }).click();
  }
  await expect(page.getByRole('heading', { name: ES.results_heading })).toBeFocused();
  const score = fill(ES.score_line, { points: 12, total: 12, percent: 'PERCENT' });
  await expect(page.getByTestId('score-line')).toHaveText(withPercent(score));
  await expect(page.getByTestId('announcer')).toHaveText(withPercent(`${score} ${ES.passed}.`));
  await expect(page).toHaveTitle(`${ES.results_heading} – ${spanish.title}`);
  await axe(page, 'Spanish results');
  await shot(page, 'light-320-es-results.png');
  await context.close();

  const english = await browser.newContext({ locale: 'es-ES' });
  const forced = await english.newPage();
  await forced.goto('./?lang=en');
  await expect(forced.locator('html')).toHaveAttribute('lang', 'en');
  await expect(forced.getByRole('button', { name: 'Start quiz' })).toBeVisible();
  await english.close();
});

test('the results are announced and the page title follows the screen', async ({ page }) => {
  await page.goto('./?count=1&shuffle=off');
  await expect(page).toHaveTitle(bank.title);
  await start(page);
  await expect(page).toHaveTitle(`Question 1 of 1 – ${bank.title}`);
  await answer(page, await currentQuestion(page), true);
  await page.getByRole('button', { name: 'Check answer' }).click();
  await page.getByRole('button', { name: 'See results' }).click();
  await expect(page).toHaveTitle(`Your results – ${bank.title}`);
  await expect(page.getByTestId('announcer')).toHaveText('You scored 1 of 1 (100%). Passed.');
  await expect(page.getByTestId('announcer')).toHaveAttribute('aria-live', 'polite');
});

test('reduced motion turns animation off', async ({ page }) => {
  await page.goto('./');
  await start(page);
  const durations = () =>
    page.$$eval('.choice, .progress-fill, button', (els) => [...new Set(els.map((e) => getComputedStyle(e).transitionDuration))]);
  expect((await durations()).some((d) => d.includes('0.16s')), 'animated by default').toBe(true);
  await page.emulateMedia({ reducedMotion: 'reduce' });
  expect(await durations()).toEqual(['0s']);
});

/** WCAG relative luminance contrast between two `rgb(...)` strings. */
function contrast(a, b) {
  const lum = (c) => {
    const [r, g, b] = c.match(/\d+(\.\d+)?/g).slice(0, 3).map(Number).map((v) => {
      const s = v / 255;
      return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

for (const scheme of ['light', 'dark']) {
  test(`the keyboard focus ring is visible and contrasts (${scheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto('./');
    await page.keyboard.press('Tab');
    const ring = await page.evaluate(() => {
      const style = getComputedStyle(document.activeElement);
      return { color: style.outlineColor, width: parseFloat(style.outlineWidth), page: getComputedStyle(document.body).backgroundColor };
    });
    expect(ring.width).toBeGreaterThanOrEqual(2);
    expect(contrast(ring.color, ring.page)).toBeGreaterThanOrEqual(3);
  });
}
