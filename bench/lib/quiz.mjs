// Drives a quiz the way a learner does, through the same screens for ours and the peers:
// Start quiz, pick an option (a bucket for every statement when sorting), Check answer,
// Next question or See results, and Try again on the results screen. It relies only on those
// button labels, the "Question n of N" and "Your results" headings, native radios and
// checkboxes, and [data-testid=feedback].
import { CPU_SLOWDOWN, loadToStart, newContext, newPage } from './browser.mjs';
import { percentile } from './stats.mjs';

export const CLICK_HOLD_MS = 100;
const HEADING = /^Question (\d+) of (\d+)$/;

// The Check button exists only while a question is unanswered, so waiting for it never
// reads the screen that is being replaced.
const ready = (page) => page.getByRole('button', { name: 'Check answer', exact: true }).waitFor();

async function position(page) {
  await ready(page);
  const heading = page.getByRole('heading', { name: HEADING });
  const [, n, total] = (await heading.textContent()).trim().match(HEADING);
  return { n: Number(n), total: Number(total) };
}

/** Picks the first option of every radio group (one per statement when sorting), else a checkbox. */
export async function pick(page) {
  const names = await page
    .locator('input[type=radio]:enabled')
    .evaluateAll((inputs) => [...new Set(inputs.map((input) => input.name))]);
  if (names.length === 0) {
    await page.locator('input[type=checkbox]:enabled').first().check();
    return;
  }
  for (const name of names) {
    await page.locator(`input[type=radio][name=${JSON.stringify(name)}]`).first().check();
  }
}

/** Answers the question on screen and moves on; resolves to true after the last one. */
async function answer(page) {
  await pick(page);
  const before = await page.evaluate(() => window.__bench.answers.length);
  // A person's click holds the button for a while; without the delay, the mouseup (which
  // stamps the click event) would queue behind the mousedown's work and inflate the latency.
  await page.getByRole('button', { name: 'Check answer', exact: true }).click({ delay: CLICK_HOLD_MS });
  await page.waitForFunction((n) => window.__bench.answers.length > n, before, { polling: 20 });
  const next = page.getByRole('button', { name: /^(Next question|See results)$/ });
  const last = (await next.textContent()).trim() === 'See results';
  await next.click();
  if (last) await page.getByRole('heading', { name: 'Your results' }).waitFor();
  return last;
}

async function start(page, url) {
  await loadToStart(page, url);
  await page.getByRole('button', { name: 'Start quiz', exact: true }).click();
  return position(page);
}

/** Answers `count` questions across as many runs as needed. */
async function answerMany(page, count) {
  let answered = 0;
  let runs = 1;
  while (answered < count) {
    await ready(page);
    const last = await answer(page);
    answered += 1;
    if (last && answered < count) {
      await page.getByRole('button', { name: 'Try again', exact: true }).click();
      runs += 1;
    }
  }
  return runs;
}

export async function answerLatency(browser, url, count) {
  const context = await newContext(browser);
  try {
    const page = await newPage(context, CPU_SLOWDOWN);
    await start(page, url);
    await answerMany(page, count);
    const answers = await page.evaluate(() => window.__bench.answers);
    const toPaint = answers.map((a) => a.painted - a.clicked);
    const toDoubleRaf = answers.map((a) => a.doubleRaf - a.clicked);
    const toDom = answers.map((a) => a.shown - a.clicked);
    return {
      answers: answers.length,
      p50: percentile(toPaint, 50),
      p95: percentile(toPaint, 95),
      max: Math.max(...toPaint),
      domP50: percentile(toDom, 50),
      domP95: percentile(toDom, 95),
      doubleRafP50: percentile(toDoubleRaf, 50),
      doubleRafP95: percentile(toDoubleRaf, 95),
    };
  } finally {
    await context.close();
  }
}

async function heap(page, cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize, totalSize } = await cdp.send('Runtime.getHeapUsage');
  const wasm = await page.evaluate(
    () =>
      window.__bench.wasm?.memory?.buffer.byteLength ??
      window.wasmBindings?.__wasm?.memory?.buffer.byteLength ??
      null,
  );
  return { jsUsed: usedSize, jsTotal: totalSize, wasm };
}

/**
 * JS heap (after a forced GC) and wasm linear memory on the start screen and after
 * answering `questions` questions: one run when the page honours ?count=, else several.
 * `questions: 0` measures the start screen only.
 */
export async function memory(browser, url, questions) {
  const context = await newContext(browser);
  try {
    const page = await newPage(context);
    const cdp = await context.newCDPSession(page);
    await loadToStart(page, url);
    const atStart = await heap(page, cdp);
    if (questions === 0) return { atStart };
    await page.getByRole('button', { name: 'Start quiz', exact: true }).click();
    const { total } = await position(page);
    const runs = await answerMany(page, questions);
    const layoutShift = await page.evaluate(() => window.__bench.layoutShift);
    return { atStart, after: await heap(page, cdp), runLength: total, runs, answered: questions, layoutShift };
  } finally {
    await context.close();
  }
}
