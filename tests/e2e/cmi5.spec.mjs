// The cmi5 package's launcher (crates/quiz-core/lms/cmi5/) against a stand-in LMS and
// learning record store (lms/lrs.mjs) on another origin: the launch, the statements and
// their order, the LMS's mastery score, a fail then a pass in one session, Browse mode,
// resume in a fresh browser from the state document, a later session after a pass, a
// second launch in the same browser (the service worker answers cmi5.html itself), an
// LRS answering 500 or nothing at all, a used fetch URL, an LMS silent at launch, the
// quiz's strict CSP, and the page opened outside an LMS. The fake checks every statement
// with an xAPI validator and the cmi5 rules as it arrives (`lms.problems`).
import { test, expect } from './test.mjs';
import { rmSync } from 'node:fs';
import { answer, checkAndNext, currentQuestion, expectNoAxeViolations } from './helpers.mjs';
import { EXT_MASTERY, VERBS, startLms, verbName } from './lms/lrs.mjs';
import { packaged } from './lms/package.mjs';

const SETTINGS = 'count=3&pass=60&shuffle=off';

/** The AU's folder: cmi5.zip as the packager (quiz-bank package) makes it, unzipped. */
function auFolder(settings = SETTINGS) {
  return packaged({ settings, only: 'cmi5' }).cmi5;
}

let folder;
let lms;

test.beforeAll(async () => {
  folder = auFolder();
});
test.afterAll(() => rmSync(folder, { recursive: true, force: true }));

// A new LMS for each test, so its checks and records are the test's own.
test.beforeEach(async () => {
  lms = await startLms({ auRoot: folder });
});
test.afterEach(async () => lms?.close());

/** Opens the launch URL and waits for the quiz's start screen inside the AU page. */
async function launch(page, session, button = /Start quiz|Resume/, timeout = 20_000) {
  await page.goto(session.url);
  const quiz = page.frameLocator('#cmi5-quiz');
  await expect(quiz.getByRole('button', { name: button }).first()).toBeVisible({ timeout });
  return quiz;
}

/** Answers the current question right or wrong and moves on; returns the question. */
async function answerOne(quiz, right, last = false) {
  const q = await currentQuestion(quiz);
  await answer(quiz, q, right);
  await checkAndNext(quiz, last);
  return q;
}

/** Starts an attempt and answers each question right or wrong, as `rights` says. */
async function takeQuiz(quiz, rights) {
  await quiz.getByRole('button', { name: 'Start quiz' }).click();
  const asked = [];
  for (const [i, right] of rights.entries()) asked.push(await answerOne(quiz, right, i === rights.length - 1));
  await expect(quiz.getByRole('heading', { name: 'Your results' })).toBeVisible();
  return asked;
}

/**
 * Leaves the AU page for another site, as a learner going elsewhere does: its last
 * statements go as it is torn down (beforeunload, then pagehide).
 */
async function leave(page) {
  await page.goto('about:blank');
}

const verbsOf = (session) => () => lms.verbs(session);
const find = (session, verb) => lms.statements(session).filter((s) => s.verb.id === VERBS[verb]);
const expectNoProblems = () => expect(lms.problems, 'cmi5 and xAPI rules broken').toEqual([]);

test('pass: initialized first, each answer an allowed statement, one passed and one completed, terminated last; Exit goes to the returnURL', async ({ page }) => {
  const session = lms.launch({ masteryScore: 0.6, returnURL: true });
  const quiz = await launch(page, session);
  // The quiz was given the LMS's mastery score and told to report through SCORM 2004 and
  // to post its statements to this page.
  const src = await page.locator('#cmi5-quiz').getAttribute('src');
  const origin = new URL(lms.auUrl).origin;
  expect(decodeURIComponent(src)).toBe(`index.html?count=3&pass=60&shuffle=off&scorm=2004&xapi=on&origins=${origin}`);
  await expect(page.getByRole('button', { name: 'Exit' })).toBeVisible();
  await expectNoAxeViolations(page, 'cmi5 launch');
  const asked = await takeQuiz(quiz, [true, false, true]);
  await expect.poll(verbsOf(session)).toEqual(['initialized', 'answered', 'answered', 'answered', 'passed', 'completed']);

  const answered = find(session, 'answered');
  expect(answered.map((s) => s.object.id)).toEqual(asked.map((q) => `${lms.auUrl}index.html?question=${q.id}`));
  expect(answered.map((s) => s.result.success)).toEqual([true, false, true]);
  for (const s of answered) {
    expect(s.context.contextActivities.parent).toEqual([{ objectType: 'Activity', id: session.activityId }]);
    expect(s.context.contextActivities.category).toBeUndefined();
    expect(s.object.definition.interactionType).toMatch(/^(choice|true-false|matching)$/);
  }
  const [passed] = find(session, 'passed');
  expect(passed.result).toMatchObject({ success: true, score: { scaled: 0.6666 } });
  expect(passed.context.extensions[EXT_MASTERY]).toBe(0.6);
  expect(find(session, 'completed')[0].result).toMatchObject({ completion: true });

  // Exit: the quiz commits and terminates, "terminated" goes last, then the LMS's page.
  await page.getByRole('button', { name: 'Exit' }).click();
  await expect(page).toHaveURL(lms.returnURL);
  await expect.poll(verbsOf(session)).toEqual(['initialized', 'answered', 'answered', 'answered', 'passed', 'completed', 'terminated']);
  expect(find(session, 'terminated')[0].result.duration).toMatch(/^PT[\d.HMS]+$/);
  // The attempt is finished: nothing to resume; the registration's pass is remembered.
  expect(lms.document(session, 'pmo-quiz.suspend')).toMatchObject({ suspendData: '', reported: { passed: true, completed: true } });
  expect(session.fetches).toBe(1);
  expectNoProblems();
});

test("fail: the LMS's masteryScore overrides the packaged pass mark; leaving the page still sends terminated last", async ({ page }) => {
  const session = lms.launch({ masteryScore: 0.7 });
  const quiz = await launch(page, session);
  expect(await page.locator('#cmi5-quiz').getAttribute('src')).toContain('pass=70&');
  // 2 of 3 right: 66.66 %, a pass by the packaged 60 %, a fail by the LMS's 0.7.
  await takeQuiz(quiz, [true, false, true]);
  await expect.poll(verbsOf(session)).toEqual(['initialized', 'answered', 'answered', 'answered', 'completed']);
  // The fail goes with the session's end (a pass in the same session would replace it),
  // timestamped when it happened.
  await leave(page);
  await expect.poll(verbsOf(session)).toEqual(['initialized', 'answered', 'answered', 'answered', 'completed', 'failed', 'terminated']);
  const [failed] = find(session, 'failed');
  expect(failed.result).toMatchObject({ success: false, score: { scaled: 0.6666 } });
  expect(failed.context.extensions[EXT_MASTERY]).toBe(0.7);
  expect(failed.timestamp <= find(session, 'completed')[0].timestamp).toBe(true);
  // The last batch went (also) as a beacon in xAPI's alternate request syntax.
  expect(lms.alternate).toBeGreaterThan(0);
  expectNoProblems();
});

test('fail, then try again and pass in the same session: passed is recorded, failed is not', async ({ page }) => {
  const session = lms.launch({ masteryScore: 0.6, returnURL: true });
  const quiz = await launch(page, session);
  await takeQuiz(quiz, [false, false, false]);
  await expect.poll(verbsOf(session)).toEqual(['initialized', 'answered', 'answered', 'answered', 'completed']);
  await quiz.getByRole('button', { name: 'Try again' }).click();
  for (let i = 0; i < 3; i++) await answerOne(quiz, true, i === 2);
  await expect(quiz.getByRole('heading', { name: 'Your results' })).toBeVisible();
  await expect.poll(verbsOf(session)).toEqual(['initialized', 'answered', 'answered', 'answered', 'completed', 'answered', 'answered', 'answered', 'passed']);
  await page.getByRole('button', { name: 'Exit' }).click();
  await expect(page).toHaveURL(lms.returnURL);
  expect(lms.verbs(session)).toEqual(['initialized', 'answered', 'answered', 'answered', 'completed', 'answered', 'answered', 'answered', 'passed', 'terminated']);
  expectNoProblems();
});

test('Browse mode: initialized, the answers and terminated only; no passed, failed or completed', async ({ page }) => {
  const session = lms.launch({ launchMode: 'Browse', masteryScore: 0.6 });
  const quiz = await launch(page, session);
  await takeQuiz(quiz, [true, true, true]);
  await expect.poll(verbsOf(session)).toEqual(['initialized', 'answered', 'answered', 'answered']);
  await leave(page);
  await expect.poll(verbsOf(session)).toEqual(['initialized', 'answered', 'answered', 'answered', 'terminated']);
  expectNoProblems();
});

test('resume: an unfinished attempt is kept in the state document and goes on at the right question in a fresh browser', async ({ page, browser }) => {
  const first = lms.launch({ masteryScore: 0.6 });
  const quiz = await launch(page, first);
  await quiz.getByRole('button', { name: 'Start quiz' }).click();
  const q1 = await answerOne(quiz, true);
  await expect.poll(() => lms.document(first, 'pmo-quiz.suspend')?.suspendData ?? '').toMatch(/^1~/);
  await leave(page);
  await expect.poll(verbsOf(first)).toEqual(['initialized', 'answered', 'terminated']);
  expect(lms.document(first, 'pmo-quiz.suspend')).toMatchObject({ exit: 'suspend' });

  // Another device: no localStorage; the LMS launches the same registration again.
  const fresh = await browser.newContext();
  const again = await fresh.newPage();
  const second = lms.launch({ registration: first.registration, masteryScore: 0.6 });
  const resumed = await launch(again, second, 'Resume (question 2 of 3)');
  await resumed.getByRole('button', { name: 'Resume (question 2 of 3)' }).click();
  await expect(resumed.getByRole('heading', { name: 'Question 2 of 3' })).toBeVisible();
  const q2 = await answerOne(resumed, true);
  const q3 = await answerOne(resumed, true, true);
  await expect(resumed.getByRole('heading', { name: 'Your results' })).toBeVisible();
  expect(new Set([q1.id, q2.id, q3.id]).size).toBe(3);
  await expect.poll(verbsOf(second)).toEqual(['initialized', 'answered', 'answered', 'passed', 'completed']);
  expect(find(second, 'passed')[0].result.score.scaled).toBe(1);
  await leave(again);
  await expect.poll(verbsOf(second)).toContain('terminated');
  expect(lms.document(second, 'pmo-quiz.suspend')).toMatchObject({ suspendData: '', reported: { passed: true, completed: true } });
  await fresh.close();
  expectNoProblems();
});

test('a later session after a pass sends no failed and no second completed', async ({ page, browser }) => {
  const first = lms.launch({ masteryScore: 0.6 });
  const quiz = await launch(page, first);
  await takeQuiz(quiz, [true, true, true]);
  await expect.poll(verbsOf(first)).toContain('completed');
  await leave(page);
  await expect.poll(verbsOf(first)).toContain('terminated');
  // The registration remembers the pass in the state document, whatever the browser.
  const fresh = await browser.newContext();
  const again = await fresh.newPage();
  const second = lms.launch({ registration: first.registration, masteryScore: 0.6 });
  const quiz2 = await launch(again, second);
  await takeQuiz(quiz2, [false, false, false]);
  await expect.poll(verbsOf(second)).toEqual(['initialized', 'answered', 'answered', 'answered']);
  await leave(again);
  await expect.poll(verbsOf(second)).toEqual(['initialized', 'answered', 'answered', 'answered', 'terminated']);
  await fresh.close();
  expectNoProblems();
});

// The quiz's service worker (src/web/sw-template.js) answers navigations in its scope
// with index.html, the app shell, except for a page it precaches, such as cmi5.html: or
// else the LMS's next launch would get the bare quiz (no launcher, no statements).
test('a second launch in the same browser opens the launcher again, not the offline shell', async ({ page }) => {
  const first = lms.launch({ masteryScore: 0.6 });
  await launch(page, first);
  // The quiz's worker is installed and in control of its folder.
  await expect.poll(() => page.frame({ url: /index\.html/ })?.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);
  await leave(page);
  await expect.poll(verbsOf(first)).toContain('terminated');
  const second = lms.launch({ registration: first.registration, masteryScore: 0.6 });
  await page.goto(second.url);
  await expect(page.locator('#cmi5-quiz')).toBeAttached({ timeout: 5_000 });
  await expect.poll(verbsOf(second)).toEqual(['initialized']);
});

test('an LRS answering 500: the learner finishes, each statement is tried at most twice with the same id, and the page says so', async ({ page }) => {
  const warnings = [];
  page.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()));
  lms.fail.statements = 500;
  lms.fail.stateWrite = 500;
  const session = lms.launch({ masteryScore: 0.6 });
  const quiz = await launch(page, session);
  await takeQuiz(quiz, [true, true, false]);
  await expect(page.getByRole('status')).toHaveText(/not answering/);
  // Each statement: one PUT and one retry of the same statement, then the next.
  await expect.poll(() => lms.deliveries.length, { timeout: 20_000 }).toBe(12);
  const ids = [...new Set(lms.deliveries.map((d) => d.id))];
  expect(ids.map((id) => verbName(lms.deliveries.find((d) => d.id === id).statement))).toEqual(['initialized', 'answered', 'answered', 'answered', 'passed', 'completed']);
  for (const id of ids) {
    const copies = lms.deliveries.filter((d) => d.id === id);
    expect(copies).toHaveLength(2);
    expect(copies[1].statement).toEqual(copies[0].statement);
  }
  expect(warnings.some((w) => /statement not recorded: answered/.test(w))).toBe(true);
  expect(warnings.some((w) => /resume data not saved \(HTTP 500\)/.test(w))).toBe(true);
  await leave(page);
  await expect.poll(() => lms.deliveries.map((d) => verbName(d.statement)).at(-1)).toBe('terminated');
  // As the page went: terminated, as a beacon and a keepalive POST, the same statement.
  const last = lms.deliveries.slice(12);
  expect(last.length).toBeGreaterThanOrEqual(1);
  expect(last.length).toBeLessThanOrEqual(2);
  for (const d of last) expect(d.statement).toEqual(last[0].statement);
  expectNoProblems();
});

test('an LRS that never answers: the learner finishes, and no statement is duplicated', async ({ page }) => {
  lms.fail.statements = 'hang';
  lms.fail.stateWrite = 'hang';
  const session = lms.launch({ masteryScore: 0.6 });
  const quiz = await launch(page, session);
  await takeQuiz(quiz, [true, true, true]);
  await leave(page);
  // What was waiting goes out in one keepalive batch as the page goes, terminated last.
  await expect.poll(verbsOf(session)).toEqual(['initialized', 'answered', 'answered', 'answered', 'passed', 'completed', 'terminated']);
  // One statement per event; any copy that arrived is the same statement, same id.
  for (const { id, statement } of lms.deliveries) {
    expect(lms.stored.filter((e) => e.statement.id === id)).toHaveLength(1);
    expect(lms.stored.find((e) => e.statement.id === id).statement).toEqual(statement);
  }
  expectNoProblems();
});

test('a fetch URL already used (cmi5 error 1): the quiz opens and runs without reporting', async ({ page }) => {
  const session = lms.launch({ masteryScore: 0.6 });
  const used = await fetch(session.fetchUrl, { method: 'POST' });
  expect(await used.json()).toHaveProperty('auth-token');
  const warnings = [];
  page.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()));
  const quiz = await launch(page, session);
  expect(lms.refusedFetches).toBe(1);
  await expect(page.getByRole('status')).toHaveText(/could not be reached/);
  expect(await page.locator('#cmi5-quiz').getAttribute('src')).toBe('index.html?count=3&pass=60&shuffle=off');
  expect(warnings.some((w) => /error 1 The authorization token has already been returned/.test(w))).toBe(true);
  await takeQuiz(quiz, [true, true, true]);
  expect(lms.deliveries).toEqual([]);
  expectNoProblems();
});

test('an LMS silent at launch: the quiz opens within the launch time limit, without reporting', async ({ page }) => {
  lms.fail.launchData = 'hang';
  const session = lms.launch();
  const started = Date.now();
  const quiz = await launch(page, session, undefined, 20_000);
  expect(Date.now() - started).toBeLessThan(15_000);
  await expect(page.getByRole('status')).toHaveText(/could not be reached/);
  await takeQuiz(quiz, [true, false, true]);
  expect(lms.deliveries).toEqual([]);
});

test("under the quiz's strict Content-Security-Policy the launcher reports and breaks no rule", async ({ page }) => {
  await lms.close();
  lms = await startLms({ auRoot: folder, csp: true });
  const violations = [];
  await page.exposeFunction('cspViolation', (v) => violations.push(v));
  await page.addInitScript(() => document.addEventListener('securitypolicyviolation', (e) => window.cspViolation(`${e.violatedDirective} ${e.blockedURI}`)));
  page.on('console', (m) => /Content Security Policy/i.test(m.text()) && violations.push(m.text()));
  const session = lms.launch({ masteryScore: 0.6, returnURL: true });
  const quiz = await launch(page, session);
  await takeQuiz(quiz, [true, true, true]);
  await expect.poll(verbsOf(session)).toEqual(['initialized', 'answered', 'answered', 'answered', 'passed', 'completed']);
  await page.getByRole('button', { name: 'Exit' }).click();
  await expect(page).toHaveURL(lms.returnURL);
  expect(lms.verbs(session).at(-1)).toBe('terminated');
  expect(violations).toEqual([]);
  expectNoProblems();
});

test('opened outside an LMS: the quiz runs on its own and says results are not recorded', async ({ page }) => {
  await page.goto(`${lms.auUrl}cmi5.html`);
  await expect(page.getByRole('status')).toHaveText(/outside a learning platform/);
  const quiz = page.frameLocator('#cmi5-quiz');
  expect(await page.locator('#cmi5-quiz').getAttribute('src')).toBe('index.html?count=3&pass=60&shuffle=off');
  await expect(page.locator('#cmi5-quiz')).toHaveAttribute('title', 'PMO Leader Quiz');
  await expect(quiz.getByRole('button', { name: 'Start quiz' })).toBeVisible();
  await expectNoAxeViolations(page, 'cmi5 launch');
  await takeQuiz(quiz, [true, true, true]);
  expect(await page.evaluate(() => 'API_1484_11' in window)).toBe(false);
  expect(lms.deliveries).toEqual([]);
});
