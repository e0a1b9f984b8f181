// Resuming from the LMS on a cold start, tapped at once. An LMS launches the package with
// entry=resume and the attempt in suspend_data, in a browser with nothing cached; the
// learner taps Resume the moment it is offered. The tap must never be lost: the question
// it names appears, and the LMS hears of the answer that follows. Each case is launched
// ten times in a row, each in a new browser context, as such races are lost only sometimes.
import { test, expect } from './test.mjs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from './server.mjs';
import { answer, checkAndNext, currentQuestion, holdBack } from './helpers.mjs';
import { packaged } from './lms/package.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const VERSIONS = { '1.2': 'scorm12', 2004: 'scorm2004' };
const LAUNCHES = 10;
// The learner's attempt: 12 questions, 3 answered, so it resumes at question 4 of 12.
const COUNT = 12;
const ANSWERED = 3;
let server;

/** The server mounts for both SCORM versions' packages of the build: the one place that
 * knows how a package is made (lms/package.mjs runs the packager). */
function pack() {
  const folders = packaged({ settings: `count=${COUNT}`, only: Object.values(VERSIONS).join(',') });
  return Object.values(VERSIONS).map((slug) => ({ prefix: `/lms/${slug}/`, root: folders[slug] }));
}

test.beforeAll(async () => {
  const mounts = pack();
  mounts.push({ prefix: '/lms/scorm-again.js', root: join(here, 'node_modules', 'scorm-again', 'dist', 'scorm-again.js') });
  // no-store: nothing one launch fetched is cached for the next, so every launch is cold.
  server = await serve({ root: join(here, 'lms'), prefix: '/lms/', port: 0, mounts, headers: { 'cache-control': 'no-store' } });
});

test.afterAll(async () => server?.close());

/** Opens the harness in `page` with an API of `version`, preloaded, and launches the package. */
async function launch(page, version, preload) {
  await page.goto(`${server.url}harness.html`);
  await page.evaluate((o) => window.launch(o), { version, preload, url: `${VERSIONS[version]}/index.html` });
  return page.frameLocator('iframe');
}

const values = (page) => page.evaluate(() => window.values());
const calls = (page) => page.evaluate(() => window.calls);
const count = (page, method) => page.evaluate((m) => window.count(m), method);
const question = (course, n) => course.getByRole('heading', { name: `Question ${n} of ${COUNT}` });

/** A real earlier attempt: three answers, then the learner leaves and the LMS keeps it.
 * Returns the suspend data, the question left waiting, and the browser's saved state. */
async function earlierAttempt(page, version, names) {
  const course = await launch(page, version);
  await course.getByRole('button', { name: 'Start quiz' }).click();
  for (let i = 0; i < ANSWERED; i++) {
    await answer(course, await currentQuestion(course), true);
    await checkAndNext(course);
  }
  await expect(question(course, ANSWERED + 1)).toBeVisible();
  const waiting = await currentQuestion(course);
  await page.evaluate(() => window.leave());
  await expect.poll(() => count(page, names.finish)).toBe(1);
  const kept = await values(page);
  expect(kept[names.exit]).toBe('suspend');
  const data = kept['cmi.suspend_data'];
  expect(data.split('~')[3], 'the suspend data is at the fourth question').toBe(ANSWERED.toString(36));
  return { data, waiting, saved: await page.context().storageState() };
}

/**
 * Launches `LAUNCHES` times, each in a new context (with `saved` as this browser's storage,
 * if given), and taps Resume as `tap(lms, course, resume, held)` does; `held` holds back the
 * requests matching each of `hold` until released, all released after the tap. `tap` may
 * return a note on what it saw, reported with a lost tap. Returns the launches whose tap
 * was lost; anything else that goes wrong fails the test at once.
 */
async function launches({ browser, version, names, earlier, saved, hold = [], tap }) {
  const lost = [];
  const problems = [];
  for (let n = 1; n <= LAUNCHES; n++) {
    const context = await browser.newContext({ storageState: saved });
    context.on('weberror', (e) => problems.push(`launch ${n}: ${e.error().message.split('\n')[0]}`));
    context.on('console', (m) => m.type() === 'error' && m.text().includes('panicked at') && problems.push(`launch ${n}: ${m.text()}`));
    const lms = await context.newPage();
    const held = await Promise.all(hold.map((pattern) => holdBack(lms, pattern)));
    const course = await launch(lms, version, names.preload(earlier.data));
    const resume = course.getByRole('button', { name: `Resume (question ${ANSWERED + 1} of ${COUNT})` });
    const note = await tap(lms, course, resume, held);
    for (const h of held) await h.release();
    if (!(await question(course, ANSWERED + 1).waitFor({ timeout: 5_000 }).then(() => true, () => false))) {
      lost.push(`launch ${n}: the tap was lost${note ? ` (${note})` : ''}; the LMS's last call: ${JSON.stringify((await calls(lms)).at(-1))}`);
      await context.close();
      continue;
    }
    // The question the learner left, answered: the LMS records it and keeps the attempt
    // one question further on.
    const q = await currentQuestion(course);
    expect(q.id, `launch ${n}: the question the learner left`).toBe(earlier.waiting.id);
    await answer(course, q, true);
    await checkAndNext(course);
    await expect(question(course, ANSWERED + 2)).toBeVisible();
    await expect
      .poll(() => values(lms), { message: `launch ${n}: the answer reaches the LMS` })
      .toMatchObject({ 'cmi.interactions.0.id': q.id, 'cmi.interactions.0.result': 'correct' });
    await expect.poll(async () => (await values(lms))['cmi.suspend_data']?.split('~')[3]).toBe((ANSWERED + 1).toString(36));
    await expect.poll(() => count(lms, names.commit)).toBeGreaterThanOrEqual(1);
    await lms.evaluate(() => window.leave());
    await expect.poll(() => count(lms, names.finish)).toBe(1);
    expect(await count(lms, names.init)).toBe(1);
    const refused = (await calls(lms)).filter((c) => /SetValue$/.test(c[0]) && c[3] !== 'true');
    expect(refused, `launch ${n}: every write accepted`).toEqual([]);
    await context.close();
  }
  expect(problems, 'panics and uncaught errors in the launches').toEqual([]);
  return lost;
}

for (const [version, names] of [
  ['1.2', { init: 'LMSInitialize', finish: 'LMSFinish', commit: 'LMSCommit', exit: 'cmi.core.exit', preload: (data) => ({ core: { entry: 'resume', exit: 'suspend' }, suspend_data: data }) }],
  ['2004', { init: 'Initialize', finish: 'Terminate', commit: 'Commit', exit: 'cmi.exit', preload: (data) => ({ entry: 'resume', exit: 'suspend', suspend_data: data }) }],
]) {
  test(`SCORM ${version}, a fresh browser: Resume tapped the moment it shows is never lost`, async ({ page, browser }) => {
    test.setTimeout(LAUNCHES * 15_000 + 30_000);
    const earlier = await earlierAttempt(page, version, names);
    // Nothing saved in the browser: Resume is offered once the LMS's attempt is read.
    const lost = await launches({ browser, version, names, earlier, tap: (lms, course, resume) => resume.click() });
    expect(lost, `taps lost in ${LAUNCHES} cold launches`).toEqual([]);
  });

  test(`SCORM ${version}, the attempt also on this device: a Resume tap while the bank is still on its way is never lost`, async ({ page, browser }) => {
    test.setTimeout(LAUNCHES * 15_000 + 30_000);
    const earlier = await earlierAttempt(page, version, names);
    // The same browser with its cache emptied: the start screen offers Resume at once, from
    // localStorage. The core opens before the bank is in, as on a slow link where the core
    // wins the race, and the learner taps where Resume is shown, before the bank comes in.
    const lost = await launches({
      browser, version, names, earlier, saved: earlier.saved, hold: [/\/split_core-[^/]*\.wasm$/, /\/content\/bank\.[a-z]+\.json$/],
      tap: async (lms, course, resume, [core]) => {
        await expect(resume).toBeVisible();
        const box = await resume.boundingBox();
        await core.release();
        await expect.poll(() => count(lms, names.init), { message: 'the core opens before the bank is in' }).toBe(1);
        // The offer stands while the core waits for the bank: withdrawn, the learner's tap
        // would land on whatever took its place.
        const offered = await resume.isVisible();
        await lms.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
        return offered ? undefined : 'Resume had been withdrawn while the bank was on its way';
      },
    });
    expect(lost, `taps lost in ${LAUNCHES} cold launches`).toEqual([]);
  });
}
