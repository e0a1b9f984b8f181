// The journeys every engine must pass. Each takes the engine's context: a Screen on the
// session, the quiz URL, and the helpers to start servers and extra sessions.
import assert from 'node:assert/strict';
import { RUN_LENGTH, bank, picksFor, placementsFor } from '../e2e/oracle.mjs';
import { Key } from './screen.mjs';
import { WORDS, answer, currentQuestion, percent, takeQuiz, verdict } from './quiz.mjs';

const EN = WORDS.en;

async function open(ctx, query, screen = ctx.screen) {
  await ctx.driver.get(`${ctx.quizUrl}?${query}`);
  return screen;
}

/** 1. Every question type, categorise included; the score is the sum of the verdicts shown. */
export async function fullRun(ctx) {
  // The role-difference topic has 12 questions of all four types: a run draws every one.
  const screen = await open(ctx, 'ns=full&topics=role-difference');
  await screen.tap('button', EN.start);
  const asked = await takeQuiz(screen, (i) => i % 3 !== 0, RUN_LENGTH);
  const types = new Set(asked.map((a) => a.q.type));
  assert.deepEqual([...types].sort(), ['categorise', 'multiple', 'single', 'true_false']);
  const shownRight = asked.filter((a) => a.verdict === EN.correct).length;
  assert.equal(shownRight, 8);
  await screen.waitTestId('score-line', EN.scored(shownRight, RUN_LENGTH, percent(shownRight, RUN_LENGTH)));
}

/** 2. An attempt left mid-way resumes after navigating away; the best score survives a reload. */
export async function resumeAndBest(ctx) {
  const length = 4;
  const screen = await open(ctx, `ns=resume&count=${length}`);
  await screen.tap('button', EN.start);
  await takeQuizPart(screen, 2, length);
  // Leave for another page, then come back by navigating, as a learner would.
  await ctx.driver.get(`${ctx.hostUrl}blank.html`);
  await open(ctx, `ns=resume&count=${length}`);
  await screen.tap('button', `Resume (question 3 of ${length})`);
  await takeQuiz(screen, () => true, length, { from: 2 });
  await screen.waitTestId('score-line', EN.scored(4, 4, 100));
  await ctx.driver.navigate().refresh();
  await screen.get('button', EN.start);
  await screen.waitTestId('best-score', `Your best score: 4 of ${length} (100%)`);
}

/** Answers the first `n` questions right, stopping on question n + 1. */
async function takeQuizPart(screen, n, length) {
  for (let i = 0; i < n; i++) {
    await screen.get('heading', EN.question(i + 1, length));
    await answer(screen, await currentQuestion(screen), true);
    await screen.tap('button', EN.check);
    await verdict(screen);
    await screen.tap('button', EN.next);
  }
  await screen.get('heading', EN.question(n + 1, length));
}

/** 3. After one visit, the server stops; navigating to the quiz still gives a whole run. */
export async function offline(ctx) {
  const server = await ctx.serveQuiz(ctx.ports.offline);
  const { driver, screen } = ctx;
  await driver.get(`${server.url}?ns=offline&count=4`);
  await screen.get('button', EN.start);
  await screen.until(
    () => driver.executeAsyncScript('const done = arguments[0]; navigator.serviceWorker.ready.then(() => done(Boolean(navigator.serviceWorker.controller)))'),
    'the service worker controls the page',
    20_000,
  );
  await server.close();
  // Navigate rather than refresh: Firefox's WebDriver refresh bypasses the service worker.
  await driver.get(`${server.url}?ns=offline&count=4`);
  await screen.tap('button', EN.start);
  await takeQuiz(screen, (i) => i !== 1, 4);
  await screen.waitTestId('score-line', EN.scored(3, 4, 75));
  assert.equal(await driver.executeScript('return Boolean(navigator.serviceWorker.controller)'), true, 'served by the worker');
}

/** 4. Embedded cross-site through embed.js: the frame fits after every change; the host hears ready and attempt-completed. */
export async function embedded(ctx) {
  const { driver, screen } = ctx;
  await driver.get(`${ctx.crossSiteHostUrl}host.html?quiz=${encodeURIComponent(ctx.quizUrl)}&count=3`);
  const quiz = screen.inside('#quiz iframe');
  // Height and overflow in one poll: the start screen grows once the core is in.
  const fits = async (where) => {
    let last;
    await quiz.until(async () => {
      const inner = await quiz.run(() => [Math.ceil(document.documentElement.getBoundingClientRect().height), document.scrollingElement.scrollHeight - document.scrollingElement.clientHeight]);
      const outer = await quiz.host(() => document.querySelector('#quiz iframe').getBoundingClientRect().height);
      last = { content: inner[0], frame: outer, overflow: inner[1] };
      return Math.abs(inner[0] - outer) <= 1 && inner[1] <= 1;
    }, `the iframe fits its content with no inner scrollbar (${where}): ${JSON.stringify(last)}`);
  };
  await quiz.get('button', EN.start);
  await fits('start');
  await quiz.tap('button', EN.start);
  const picked = [];
  for (let i = 0; i < 3; i++) {
    await quiz.get('heading', EN.question(i + 1, 3));
    await fits(`question ${i + 1}`);
    const q = await currentQuestion(quiz);
    await answer(quiz, q, i !== 0);
    await quiz.tap('button', EN.check);
    await verdict(quiz);
    await fits(`feedback ${i + 1}`);
    await quiz.tap('button', i === 2 ? EN.results : EN.next);
    picked.push(q.id);
  }
  await quiz.get('heading', EN.resultsHeading);
  await fits('results');
  const events = await quiz.until(async () => {
    const all = await quiz.host(() => window.__events);
    return all.some((e) => e.event === 'attempt-completed') && all;
  }, 'attempt-completed on the host');
  const names = events.map((e) => e.event).filter((e) => e !== 'resize');
  // The timeline says whether a repeated event came from a reloaded frame.
  const loads = await quiz.host(() => window.__frameLoads);
  const timeline = JSON.stringify({ loads, events: events.filter((e) => e.event !== 'resize').map((e) => [e.event, e.at]) });
  assert.deepEqual(names, ['ready', 'attempt-started', 'question-answered', 'question-answered', 'question-answered', 'attempt-completed'], timeline);
  const done = events.find((e) => e.event === 'attempt-completed');
  assert.deepEqual([done.score, done.possible, done.percent], [2, 3, percent(2, 3)]);
  assert.deepEqual(events.filter((e) => e.event === 'question-answered').map((e) => e.question), picked);
  await quiz.leave();
}

/** 5. Storage blocked by the engine itself: the notice shows and a run completes. */
export async function blockedStorage(ctx) {
  await ctx.withSession(ctx.blockedStorageOptions, async ({ driver, screen }) => {
    await driver.get(`${ctx.quizUrl}?ns=blocked&count=3`);
    await screen.until(async () => /not letting the quiz save/.test((await screen.testId('storage-notice')) ?? ''), 'the storage notice');
    await screen.tap('button', EN.start);
    await takeQuiz(screen, () => true, 3);
    await screen.waitTestId('score-line', EN.scored(3, 3, 100));
  });
}

/** 6. Keyboard only: Tab, Space, Enter (and arrows within a radio group, as native radios need). */
export async function keyboardOnly(ctx) {
  const length = 12;
  const screen = await open(ctx, 'ns=keys&topics=role-difference');
  await screen.get('button', EN.start);
  await screen.press(Key.TAB);
  assert.equal((await screen.focused()).text, EN.start, 'Tab reaches Start first');
  await screen.press(Key.ENTER);
  for (let i = 0; i < length; i++) {
    await screen.until(async () => (await screen.focused()).text === EN.question(i + 1, length), `focus on the heading of question ${i + 1}`);
    const q = await currentQuestion(screen);
    await answerByKeyboard(screen, q);
    await screen.press(Key.TAB);
    // A picture choice's ⤢ button (it shows the picture full size) is a stop before Check.
    const zooms = await screen.run(() => document.querySelectorAll('.zoom').length);
    for (let stop = 0; stop < zooms && (await screen.run(() => document.activeElement?.classList.contains('zoom'))); stop++) {
      await screen.press(Key.TAB);
    }
    assert.equal((await screen.focused()).text, EN.check, `Tab reaches Check on question ${i + 1}`);
    await screen.press(Key.ENTER);
    assert.equal(await verdict(screen), EN.correct, `question ${i + 1} (${q.type}) answered right by keyboard`);
    const next = i === length - 1 ? EN.results : EN.next;
    await screen.until(async () => (await screen.focused()).text === next, `focus stays on the button, now ${next}`);
    await screen.press(i % 2 ? Key.ENTER : Key.SPACE);
  }
  await screen.until(async () => (await screen.focused()).text === EN.resultsHeading, 'focus on the results heading');
  await screen.waitTestId('score-line', EN.scored(length, length, 100));
}

/** Answers right from the keyboard: Tab to each control, Space to tick, arrows in a radio group. */
async function answerByKeyboard(screen, q) {
  // A question's picture is a button (it opens full size) between the heading and the options.
  if (q.image) await screen.press(Key.TAB);
  if (q.type === 'categorise') {
    const shown = await screen.run(() => [...document.querySelectorAll('.statement-text')].map((e) => e.textContent.trim()));
    for (const text of shown) {
      const { bucket } = placementsFor(q, true).find((p) => p.statement === text);
      const index = q.buckets.indexOf(bucket);
      await screen.press(Key.TAB);
      await screen.press(Key.SPACE, ...Array(index).fill(Key.ARROW_RIGHT));
      const focus = await screen.focused();
      assert.deepEqual([focus.text, focus.checked], [bucket, true], `placed "${text}"`);
    }
    return;
  }
  const shown = await screen.run(() => [...document.querySelectorAll('.choice-text')].map((e) => e.textContent.trim()));
  const wanted = picksFor(q, true).map((label) => shown.indexOf(label));
  if (q.type === 'multiple') {
    for (let i = 0; i < shown.length; i++) {
      await screen.press(Key.TAB, ...(wanted.includes(i) ? [Key.SPACE] : []));
    }
  } else {
    await screen.press(Key.TAB, Key.SPACE, ...Array(wanted[0]).fill(Key.ARROW_DOWN));
  }
  const ticked = await screen.run(() => [...document.querySelectorAll('.choice input')].flatMap((e, i) => (e.checked ? [i] : [])));
  assert.deepEqual(ticked, [...wanted].sort((a, b) => a - b), `ticked the right options (${q.type})`);
}

/** 7. Spanish through lang=es, in an exam with minutes whose clock counts down. */
export async function spanishExam(ctx) {
  const ES = WORDS.es;
  const length = 4;
  const screen = await open(ctx, `ns=es&lang=es&mode=exam&minutes=2&count=${length}`);
  await screen.tap('button', ES.start);
  assert.equal(await ctx.driver.executeScript('return document.documentElement.lang'), 'es');
  const timer = await screen.get('timer', null);
  const first = (await timer.getText()).trim();
  assert.match(first, /^(2:00|1:5\d)$/);
  // Real time: the clock must move on its own within a couple of seconds.
  await screen.until(async () => {
    const now = (await (await screen.get('timer', null)).getText()).trim();
    return now !== first && /^1:5\d$/.test(now) && now;
  }, 'the exam clock counts down', 5000);
  for (let i = 0; i < length; i++) {
    await screen.get('heading', ES.question(i + 1, length));
    const q = await currentQuestion(screen);
    assert.ok(q.id && !bank.questions.some((b) => b.prompt === q.prompt), 'a Spanish question');
    await answer(screen, q, i !== 3, ES);
    await screen.tap('button', i === length - 1 ? ES.finishExam : ES.next);
  }
  await screen.get('heading', ES.resultsHeading);
  await screen.waitTestId('score-line', ES.scored(3, length, 75));
}

/** 7b. A German interface over the English bank (issue 26): strings fetched as data, each
 * part in its own language, numbers as German writes them. */
export async function germanPractice(ctx) {
  const DE = WORDS.de;
  const length = 3;
  const screen = await open(ctx, `ns=de&lang=de&count=${length}&shuffle=off`);
  await screen.tap('button', DE.start);
  const langs = await ctx.driver.executeScript("return [document.documentElement.lang, document.querySelector('h1').lang]");
  assert.deepEqual(langs, ['de', 'en'], 'the interface German, the bank English');
  await takeQuiz(screen, (i) => i !== 1, length, { words: DE });
  await screen.waitTestId('score-line', DE.scored(2, length, percent(2, length)));
}

/**
 * 8. What learners keep when the quiz is embedded (docs/EMBEDDING.md's table): a run in the frame,
 * then the quiz opened directly, then the same page again. `sameSiteShared`: whether this
 * engine lets a same-site frame share the record the quiz has when opened directly.
 */
export async function keptWhenEmbedded(ctx, { sameSiteShared }) {
  const { driver, screen } = ctx;
  const quiz = screen.inside('#quiz iframe');
  const best = 'Your best score: 1 of 1 (100%)';
  const seen = {};
  for (const [setup, origin] of [['same-site', ctx.hostUrl], ['cross-site', ctx.crossSiteHostUrl]]) {
    const page = `${origin}host.html?quiz=${encodeURIComponent(ctx.quizUrl)}&count=1&namespace=kept-${setup}`;
    await driver.get(page);
    await quiz.tap('button', EN.start);
    assert.equal(await quiz.testId('storage-notice'), null, `${setup}: storage works in the frame`);
    await takeQuiz(quiz, () => true, 1);
    await quiz.leave();
    await driver.get(`${ctx.quizUrl}?count=1&ns=kept-${setup}`);
    await screen.get('button', EN.start);
    const direct = await screen.testId('best-score');
    await driver.get(page);
    await quiz.get('button', EN.start);
    const again = await quiz.testId('best-score');
    await quiz.leave();
    seen[setup] = { direct, again };
  }
  assert.deepEqual(seen, {
    'same-site': { direct: sameSiteShared ? best : null, again: best },
    'cross-site': { direct: null, again: best },
  });
}

/**
 * 9. Pictures (issue 27): a question's picture and picture choices load at their size; a
 * tap opens the full-size dialog, Escape closes it and focus goes back; a tap on a choice's
 * picture picks the choice; the Markdown subset shows as elements.
 */
export async function pictures(ctx) {
  const screen = await open(ctx, 'ns=pictures&bank=fixtures/pictures/bank.json&shuffle=off&count=2');
  await screen.tap('button', EN.start);
  const loaded = (selector, width) =>
    screen.until(
      () => screen.run((s, w) => [...document.querySelectorAll(s)].every((i) => i.complete && i.naturalWidth === w) && document.querySelector(s) !== null, selector, width),
      `${selector} loaded at ${width} px`,
    );
  await loaded('button.picture img', 320);
  const shown = await screen.run(() => {
    const img = document.querySelector('button.picture img').getBoundingClientRect();
    return { ratio: img.width / img.height, strong: document.querySelector('.prompt strong')?.textContent, items: document.querySelectorAll('.prompt li').length };
  });
  assert.ok(Math.abs(shown.ratio - 320 / 180) < 0.02, `the picture keeps its ratio: ${shown.ratio}`);
  assert.deepEqual([shown.strong, shown.items], ['framed', 2], 'strong and a list in the prompt');
  const picture = await screen.run(() => document.querySelector('button.picture'));
  await screen.steady(picture);
  await screen.tapElement(picture);
  await screen.until(() => screen.run(() => document.querySelector('dialog.full-size')?.open === true), 'the full-size dialog open');
  await screen.press(Key.ESCAPE);
  await screen.until(
    () => screen.run(() => document.querySelector('dialog.full-size').open === false && document.activeElement?.classList.contains('picture')),
    'the dialog closed and focus back on the picture',
  );
  await screen.tap('radio', 'A diagonal band');
  await screen.tap('button', EN.check);
  assert.equal(await verdict(screen), EN.correct);
  await screen.tap('button', EN.next);
  await loaded('.choice-picture', 120);
  const triangle = await screen.run(() => document.querySelector('.choice-picture[src$="triangle.svg"]'));
  await screen.steady(triangle);
  await screen.tapElement(triangle);
  await screen.until(
    () => screen.run(() => [...document.querySelectorAll('.choice input')].map((i) => i.checked).join() === 'false,true,false'),
    'a tap on the triangle picked it',
  );
  await screen.tap('button', EN.check);
  assert.equal(await verdict(screen), EN.correct);
}
