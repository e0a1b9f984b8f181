// Steps of a quiz run through WebDriver, shared by every journey and engine. The bank files
// are the oracle (tests/e2e/oracle.mjs, shared with the Playwright suite).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { placementsFor, picksFor, questionByPrompt } from '../e2e/oracle.mjs';

/** The interface words a run needs, per language: English from the Rust catalogue's
 * wording, any other from its strings file (src/i18n/strings), as the quiz loads it. */
const fromFile = (lang) => {
  const m = JSON.parse(readFileSync(new URL(`../../src/i18n/strings/${lang}.json`, import.meta.url), 'utf8')).messages;
  const fill = (template, values) => template.replace(/\{(\w+)\}/g, (_, k) => values[k]);
  // The percentage comes from the engine's Intl: "75 %" in Spanish, with a no-break space.
  const percentSign = (text) => new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace('PERCENT', '(\\d+)\\s?%')}$`);
  return {
    start: m.start, check: m.check, next: m.next, results: m.see_results, finishExam: m.finish_exam,
    question: (n, total) => fill(m.question_of, { n, total }), resultsHeading: m.results_heading,
    truth: [m.true_label, m.false_label], correct: m.correct, incorrect: m.incorrect,
    scored: (s, t, p) => {
      const pattern = percentSign(fill(m.score_line, { points: s, total: t, percent: 'PERCENT' }));
      return { test: (text) => pattern.exec(text.replace(/\u00a0|\u202f/g, ' '))?.[1] === String(p), toString: () => pattern.source };
    },
  };
};

export const WORDS = {
  en: {
    start: 'Start quiz', check: 'Check answer', next: 'Next question', results: 'See results',
    finishExam: 'Finish exam', question: (n, total) => `Question ${n} of ${total}`, resultsHeading: 'Your results',
    truth: ['True', 'False'], correct: 'Correct', incorrect: 'Incorrect',
    scored: (s, t, p) => `You scored ${s} of ${t} (${p}%).`,
  },
  es: fromFile('es'),
  de: fromFile('de'),
};

// As the quiz rounds: down, so 2 of 3 is 66%.
export const percent = (score, total) => Math.floor((score * 100) / total);

/** The bank's question now on screen, by its prompt. */
export async function currentQuestion(screen) {
  const prompt = await screen.until(() => screen.run(() => document.querySelector('.prompt')?.textContent.trim()), 'a question prompt');
  const q = questionByPrompt(prompt);
  assert.ok(q, `prompt on screen is in a bank: ${prompt}`);
  return q;
}

/** Picks a deliberately right or wrong answer by tapping the options' labels. */
export async function answer(screen, q, right, words = WORDS.en) {
  if (q.type === 'categorise') {
    for (const { statement, bucket } of placementsFor(q, right)) {
      await screen.get('group', statement);
      await screen.tap('radio', bucket, { within: { group: statement } });
    }
    return;
  }
  for (const label of picksFor(q, right, words.truth)) {
    await screen.tap(q.type === 'multiple' ? 'checkbox' : 'radio', label);
  }
}

/** The verdict the feedback shows after Check: Correct, Incorrect or Partly correct. */
export async function verdict(screen) {
  // As read out: without the aria-hidden icon.
  return screen.until(
    () =>
      screen.run(() => {
        const shown = document.querySelector('[data-testid="feedback"] .verdict');
        if (!shown) return null;
        const copy = shown.cloneNode(true);
        copy.querySelectorAll('[aria-hidden="true"]').forEach((e) => e.remove());
        return copy.textContent.trim();
      }),
    'feedback',
  );
}

/**
 * Answers `length` questions in practice mode, right where `rightAt(i)`. Returns the
 * questions asked and the verdicts the feedback showed.
 */
export async function takeQuiz(screen, rightAt, length, { words = WORDS.en, from = 0, afterEach } = {}) {
  const asked = [];
  for (let i = from; i < length; i++) {
    await screen.get('heading', words.question(i + 1, length));
    const q = await currentQuestion(screen);
    const right = rightAt(i);
    await answer(screen, q, right, words);
    await screen.tap('button', words.check);
    const shown = await verdict(screen);
    assert.equal(shown, right ? words.correct : words.incorrect, `verdict for question ${i + 1} (${q.type})`);
    if (afterEach) await afterEach(i);
    const last = i === length - 1;
    await screen.tap('button', last ? words.results : words.next);
    // The same button turns back into Check for the next question, or the results open.
    if (!last) await screen.get('heading', words.question(i + 2, length));
    asked.push({ q, right, verdict: shown });
  }
  await screen.get('heading', words.resultsHeading);
  return asked;
}
