import { test, expect } from './test.mjs';
import { RUN_LENGTH, correctIndices, currentQuestion, optionTexts } from './helpers.mjs';

/** Answers the question on screen correctly with Tab, Space and arrow keys only. */
async function answerByKeyboard(page, q) {
  // A question's picture is a button (it opens full size) between the heading and the options.
  if (q.image) {
    await page.keyboard.press('Tab');
    await expect(page.locator('button.picture')).toBeFocused();
  }
  if (q.type === 'categorise') {
    const shown = await page.locator('.statement-text').allTextContents();
    for (const text of shown) {
      const item = q.items.find((it) => it.text === text.trim());
      await page.keyboard.press('Tab');
      await expect(page.getByRole('group', { name: item.text, exact: true }).getByRole('radio').first()).toBeFocused();
      if (item.bucket === 0) await page.keyboard.press('Space');
      for (let b = 0; b < item.bucket; b++) await page.keyboard.press('ArrowRight');
      await expect(page.getByRole('group', { name: item.text, exact: true }).getByRole('radio', { name: q.buckets[item.bucket] })).toBeChecked();
    }
    return;
  }
  const shown = (await page.locator('.choice-text').allTextContents()).map((t) => t.trim());
  const texts = optionTexts(q);
  const wanted = correctIndices(q).map((i) => shown.indexOf(texts[i]));
  if (q.type === 'multiple') {
    for (let i = 0; i < shown.length; i++) {
      await page.keyboard.press('Tab');
      if (wanted.includes(i)) await page.keyboard.press('Space');
    }
  } else {
    await page.keyboard.press('Tab');
    await page.keyboard.press('Space');
    for (let i = 0; i < wanted[0]; i++) await page.keyboard.press('ArrowDown');
  }
  for (const i of wanted) {
    await expect(page.getByRole(q.type === 'multiple' ? 'checkbox' : 'radio', { name: shown[i], exact: true })).toBeChecked();
  }
}

test('a whole run works with the keyboard alone, and focus lands where it should', async ({ page }) => {
  await page.goto('./');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Start quiz' })).toBeFocused();
  await page.keyboard.press('Enter');

  for (let i = 0; i < RUN_LENGTH; i++) {
    const heading = page.getByRole('heading', { name: `Question ${i + 1} of ${RUN_LENGTH}` });
    await expect(heading).toBeFocused();
    const q = await currentQuestion(page);
    await answerByKeyboard(page, q);
    await page.keyboard.press('Tab');
    // A picture choice's ⤢ button (it shows the picture full size) is a stop before Check.
    const zooms = await page.locator('.zoom').count();
    for (let stop = 0; stop < zooms && (await page.evaluate(() => document.activeElement?.classList.contains('zoom'))); stop++) {
      await page.keyboard.press('Tab');
    }
    await expect(page.getByRole('button', { name: 'Check answer' })).toBeFocused();
    await page.evaluate(() => {
      window.__blurred = false;
      document.activeElement.dataset.wasCheck = 'yes';
      document.activeElement.addEventListener('blur', () => (window.__blurred = true), { once: true });
    });
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('feedback')).toContainText('Correct');
    const next = page.getByRole('button', { name: i === RUN_LENGTH - 1 ? 'See results' : 'Next question' });
    await expect(next).toBeFocused();
    // Check turns into Next in place: focus never leaves the button, so nothing is lost or re-announced.
    await expect(next).toHaveAttribute('data-was-check', 'yes');
    expect(await page.evaluate(() => window.__blurred ?? false)).toBe(false);
    await page.keyboard.press(i % 2 ? 'Enter' : 'Space');
  }

  await expect(page.getByRole('heading', { name: 'Your results' })).toBeFocused();
  await expect(page.getByTestId('score-line')).toHaveText(`You scored ${RUN_LENGTH} of ${RUN_LENGTH} (100%).`);
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Try again' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: `Question 1 of ${RUN_LENGTH}` })).toBeFocused();
});
