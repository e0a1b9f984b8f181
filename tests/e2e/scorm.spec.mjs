// The SCORM packages in a real SCORM run-time: scorm-again's Scorm12API and Scorm2004API
// on a harness page that opens the unzipped package in a same-origin iframe, as an LMS
// does. Checks what reaches the LMS, suspend and resume across browser contexts, the
// 1.2 suspend_data limit at the longest attempt, a failing LMS, no LMS, and xAPI.
import { test, expect } from './test.mjs';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from './server.mjs';
import { answer, bank, checkAndNext, currentQuestion, responseFor } from './helpers.mjs';
import { learn } from './oracle.mjs';
import { packaged } from './lms/package.mjs';
import { checkStatement } from './lms/xapi-rules.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const SETTINGS = 'count=3&pass=60&shuffle=off';
const VERSIONS = { '1.2': 'scorm12', 2004: 'scorm2004' };
// A provider's bank as Moodle exports it, with a picture, imported by the packager.
const PROVIDER = 'tests/e2e/fixtures/provider/acme.gift';
let server;

test.beforeAll(async () => {
  const only = Object.values(VERSIONS).join(',');
  const builtIn = packaged({ settings: SETTINGS, title: 'Harness course', only });
  const provider = packaged({ settings: SETTINGS, title: 'Acme course', bank: PROVIDER, only });
  learn(JSON.parse(readFileSync(join(provider.scorm12, 'bank', 'bank.json'), 'utf8')));
  const mounts = Object.values(VERSIONS).flatMap((slug) => [
    { prefix: `/lms/${slug}/`, root: builtIn[slug] },
    { prefix: `/lms/acme-${slug}/`, root: provider[slug] },
  ]);
  mounts.push({ prefix: '/lms/scorm-again.js', root: join(here, 'node_modules', 'scorm-again', 'dist', 'scorm-again.js') });
  // Any free port: each worker packages and serves its own copy.
  server = await serve({ root: join(here, 'lms'), prefix: '/lms/', port: 0, mounts });
});

test.afterAll(async () => server?.close());

/** Opens the harness with an API of `version` and launches the package (of the built-in
 * bank, or of `acme`'s) inside it. */
async function launch(page, version, { preload, failing, query = '', bank = '' } = {}) {
  await page.goto(`${server.url}harness.html`);
  const url = `${bank ? `${bank}-` : ''}${VERSIONS[version]}/index.html${query}`;
  await page.evaluate((o) => window.launch(o), { version, preload, failing, url });
  const course = page.frameLocator('iframe');
  await expect(course.getByRole('button', { name: /Start quiz|Resume/ }).first()).toBeVisible();
  return course;
}

/** Answers the current question right or wrong and moves on; returns the question. */
async function answerOne(course, right, last = false) {
  const q = await currentQuestion(course);
  await answer(course, q, right);
  await checkAndNext(course, last);
  return q;
}

const calls = (page) => page.evaluate(() => window.calls);
const values = (page) => page.evaluate(() => window.values());
const count = (page, method) => page.evaluate((m) => window.count(m), method);

for (const [version, names] of [
  ['1.2', { init: 'LMSInitialize', finish: 'LMSFinish', commit: 'LMSCommit', status: 'cmi.core.lesson_status', raw: 'cmi.core.score.raw', exit: 'cmi.core.exit', session: 'cmi.core.session_time', response: 'student_response', wrong: 'wrong' }],
  ['2004', { init: 'Initialize', finish: 'Terminate', commit: 'Commit', status: 'cmi.success_status', raw: 'cmi.score.raw', exit: 'cmi.exit', session: 'cmi.session_time', response: 'learner_response', wrong: 'incorrect' }],
]) {
  for (const source of ['', 'acme']) {
    const on = source ? ' with a provider bank (GIFT, a picture)' : '';
    test(`SCORM ${version}${on}: score, status and one interaction per answer reach the LMS; one initialise, one finish`, async ({ page }) => {
      const course = await launch(page, version, { bank: source });
      await course.getByRole('button', { name: 'Start quiz' }).click();
      if (source) {
        // The provider's picture came in the package, beside its bank.
        const chart = course.getByRole('img', { name: 'A square standing for the PMO board' });
        await expect(chart).toBeVisible();
        await expect.poll(() => chart.evaluate((img) => img.complete && img.naturalWidth)).toBeGreaterThan(0);
      }
      const asked = [await answerOne(course, true), await answerOne(course, false)];
      await expect.poll(() => count(page, names.commit), { message: 'a commit after each answer' }).toBeGreaterThanOrEqual(2);
      asked.push(await answerOne(course, true, true));
      await expect(course.getByRole('heading', { name: 'Your results' })).toBeVisible();
      await expect.poll(() => values(page)).toMatchObject({ [names.raw]: '66.66', [names.status]: 'passed' });
      const set = await values(page);
      if (version === '2004') {
        expect(set).toMatchObject({ 'cmi.score.scaled': '0.6666', 'cmi.completion_status': 'completed', 'cmi.score.min': '0', 'cmi.score.max': '100' });
      } else {
        expect(set).toMatchObject({ 'cmi.core.score.min': '0', 'cmi.core.score.max': '100' });
      }
      for (const [n, q] of asked.entries()) {
        expect(set[`cmi.interactions.${n}.id`]).toBe(q.id);
        expect(set[`cmi.interactions.${n}.result`]).toBe(n === 1 ? names.wrong : 'correct');
        expect(set[`cmi.interactions.${n}.${names.response}`]).toBeTruthy();
        expect(set[`cmi.interactions.${n}.type`]).toMatch(/^(choice|true-false|matching)$/);
      }
      // Every write was accepted by the run-time: right element names, formats and order.
      const refused = (await calls(page)).filter((c) => /SetValue$/.test(c[0]) && c[3] !== 'true');
      expect(refused).toEqual([]);
      await page.evaluate(() => window.leave());
      await expect.poll(() => count(page, names.finish)).toBe(1);
      expect(await count(page, names.init)).toBe(1);
      const after = await values(page);
      expect(after[names.session]).toBeTruthy();
      expect(after[names.exit]).toBe(version === '1.2' ? '' : 'normal');
      expect(await page.evaluate(() => window.lms.cmi.interactions.childArray.length)).toBe(3);
    });

    test(`SCORM ${version}${on}: an unfinished attempt is suspended and resumed in a fresh browser`, async ({ page, browser }) => {
      const course = await launch(page, version, { bank: source });
      await course.getByRole('button', { name: 'Start quiz' }).click();
      await answerOne(course, true);
      await page.evaluate(() => window.leave());
      await expect.poll(() => count(page, names.finish)).toBe(1);
      const set = await values(page);
      expect(set[names.exit]).toBe('suspend');
      const data = set['cmi.suspend_data'];
      expect(data).toMatch(/^1~/);
      // A new context: no localStorage, as on another device or after Safari's 7 days.
      const fresh = await browser.newContext();
      const again = await fresh.newPage();
      // As the LMS keeps it after a suspended session: the exit, the data, entry=resume.
      const preload = version === '1.2' ? { core: { entry: 'resume', exit: 'suspend' }, suspend_data: data } : { entry: 'resume', exit: 'suspend', suspend_data: data };
      const resumed = await launch(again, version, { preload, bank: source });
      await resumed.getByRole('button', { name: 'Resume (question 2 of 3)' }).click();
      await expect(resumed.getByRole('heading', { name: 'Question 2 of 3' })).toBeVisible();
      await answerOne(resumed, true);
      await answerOne(resumed, true, true);
      await expect(resumed.getByRole('heading', { name: 'Your results' })).toBeVisible();
      await expect.poll(() => values(again)).toMatchObject({ [names.raw]: '100', [names.status]: 'passed', 'cmi.suspend_data': '' });
      await fresh.close();
    });
  }
}

test('SCORM 1.2: suspend_data stays under 4,096 characters at the longest attempt', async ({ page }) => {
  const query = '?count=200';
  let course = await launch(page, '1.2', { query });
  await course.getByRole('button', { name: 'Start quiz' }).click();
  const total = bank.questions.length;
  await answerOne(course, true);
  await page.evaluate(() => window.leave());
  await expect.poll(() => count(page, 'LMSFinish')).toBe(1);
  // Rather than tap through 46 more questions, this browser's save gets them answered,
  // half right and half wrong as a learner might; the quiz resumes it and the 47th
  // answer, given on screen, makes the quiz write the whole attempt to the LMS.
  await page.evaluate(({ responses }) => {
    const key = Object.keys(localStorage).find((k) => JSON.parse(localStorage.getItem(k))?.current);
    const saved = JSON.parse(localStorage.getItem(key));
    saved.current.items.forEach((item, i) => { if (i < responses.length) item.response = responses[i]; });
    saved.current.position = responses.length;
    localStorage.setItem(key, JSON.stringify(saved));
  }, { responses: bank.questions.slice(0, total - 2).map((q, i) => responseFor(q, i % 2 === 0)) });
  course = await launch(page, '1.2', { query });
  await course.getByRole('button', { name: `Resume (question ${total - 1} of ${total})` }).click();
  await answerOne(course, true);
  await expect(course.getByRole('heading', { name: `Question ${total} of ${total}` })).toBeVisible();
  // The fourth field is the position: the last question's, once the 47th answer is in.
  await expect.poll(async () => (await values(page))['cmi.suspend_data']?.split('~')[3]).toBe((total - 1).toString(36));
  const data = (await values(page))['cmi.suspend_data'];
  expect(data.length).toBeLessThanOrEqual(4096);
  // Items are `index/order`, then `=choices` or `+placements` once answered: all 47
  // answers are in it, the saved ones too.
  expect(data.split('~')[7].split(',').filter((item) => /[=+]/.test(item))).toHaveLength(total - 1);
  const accepted = (await calls(page)).filter((c) => c[0] === 'LMSSetValue' && c[1] === 'cmi.suspend_data');
  expect(accepted.every((c) => c[3] === 'true')).toBe(true);
});

test('an LMS whose calls fail: errors are logged with their code and the learner still finishes', async ({ page }) => {
  const logged = [];
  page.on('console', (m) => logged.push(m.text()));
  const course = await launch(page, '1.2', { failing: '351' });
  await course.getByRole('button', { name: 'Start quiz' }).click();
  await answerOne(course, true);
  await answerOne(course, true);
  await answerOne(course, false, true);
  await expect(course.getByRole('heading', { name: 'Your results' })).toBeVisible();
  expect(logged.some((t) => /LMSSetValue\(cmi\.interactions\.0\.id, .*\) failed: error 351/.test(t))).toBe(true);
  expect(logged.some((t) => /LMSCommit\(\) failed: error 351/.test(t))).toBe(true);
  await page.evaluate(() => window.leave());
  await expect.poll(() => count(page, 'LMSFinish')).toBe(1);
});

test('with no LMS the package runs as the plain quiz does, on localStorage', async ({ page }) => {
  const errors = [];
  page.on('console', (m) => m.type() !== 'log' && errors.push(m.text()));
  await page.goto(`${server.url}scorm12/index.html`);
  await expect(page).toHaveURL(/count=3&pass=60&shuffle=off&scorm=1\.2/);
  await page.getByRole('button', { name: 'Start quiz' }).click();
  for (let i = 0; i < 3; i++) await answerOne(page, true, i === 2);
  await expect(page.getByRole('heading', { name: 'Your results' })).toBeVisible();
  expect(errors.filter((t) => /LMS/.test(t))).toEqual([]);
  const saved = await page.evaluate(() => Object.keys(localStorage).length);
  expect(saved).toBeGreaterThan(0);
});

test('xapi=on adds an xAPI 1.0.3 statement to question-answered and attempt-completed', async ({ page }) => {
  const origin = new URL(server.url).origin;
  const course = await launch(page, '2004', { query: `?xapi=on&origins=${encodeURIComponent(origin)}` });
  await course.getByRole('button', { name: 'Start quiz' }).click();
  const first = await answerOne(course, true);
  await answerOne(course, false);
  await answerOne(course, true, true);
  await expect(course.getByRole('heading', { name: 'Your results' })).toBeVisible();
  const messages = await page.evaluate(() => window.messages.filter((m) => m && m.type === 'pmo-quiz'));
  const answered = messages.filter((m) => m.event === 'question-answered');
  const completed = messages.filter((m) => m.event === 'attempt-completed');
  expect(answered).toHaveLength(3);
  expect(completed).toHaveLength(1);
  for (const m of [...answered, ...completed]) expect(checkStatement(m.statement), JSON.stringify(m.statement)).toEqual([]);
  expect(answered[0].statement.verb.id).toBe('http://adlnet.gov/expapi/verbs/answered');
  expect(answered[0].statement.object.id).toBe(`${server.url}scorm2004/index.html?question=${first.id}`);
  expect(answered[1].statement.result.success).toBe(false);
  expect(completed[0].statement.verb.id).toBe('http://adlnet.gov/expapi/verbs/completed');
  expect(completed[0].statement.result.score).toMatchObject({ min: 0, max: 3, raw: 2 });
  // Without the setting, events carry no statement.
  expect(messages.filter((m) => m.event === 'ready')[0].statement).toBeUndefined();
});
