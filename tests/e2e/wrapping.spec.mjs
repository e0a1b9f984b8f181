// Words in answer options and category pills wrap between words on a phone, never inside
// one: "Misunderstanding" once broke as "Misunderst/anding" at 375 px.
import { test, expect } from './test.mjs';
import { answer, checkAndNext, currentQuestion, start } from './helpers.mjs';

/** Words of the options on screen that the layout split over two lines. */
function brokenWords(page) {
  return page.$$eval('.bucket, .choice-body, .statement-text', (els) => {
    const broken = [];
    for (const el of els) {
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        // A line may end after a hyphen ("big-/picture"), so hyphens separate words too.
        for (const match of node.data.matchAll(/[^\s\u002d\u2010]+/g)) {
          const range = document.createRange();
          range.setStart(node, match.index);
          range.setEnd(node, match.index + match[0].length);
          const tops = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
          if (tops.size > 1) broken.push(match[0]);
        }
      }
    }
    return broken;
  });
}

for (const width of [375, 320]) {
  test(`at ${width} px no word in an option or a category breaks in two`, async ({ page }) => {
    test.setTimeout(120_000);
    await page.setViewportSize({ width, height: 740 });
    // The topic whose sorting questions have the longest category names.
    await page.goto('./?topics=role-difference&shuffle=off&count=12');
    await start(page);
    let sorting = 0;
    for (let i = 0; i < 12; i++) {
      await expect(page.getByRole('heading', { name: `Question ${i + 1} of 12` })).toBeVisible();
      const q = await currentQuestion(page);
      if (q.type === 'categorise') sorting++;
      expect(await brokenWords(page), `question ${q.id} at ${width} px`).toEqual([]);
      await answer(page, q, true);
      await checkAndNext(page, i === 11);
    }
    expect(sorting, 'the run had sorting questions to look at').toBeGreaterThan(0);
  });
}
