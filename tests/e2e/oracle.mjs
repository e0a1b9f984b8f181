// The bank files as the tests' oracle, with no browser framework: a test reads the prompt
// on screen, looks the question up, and answers it right or wrong on purpose. Shared by
// the Playwright suite (helpers.mjs) and the WebDriver suite (tests/engines/).
import { readFileSync } from 'node:fs';

const read = (path) => JSON.parse(readFileSync(new URL(path, import.meta.url), 'utf8'));
export const bank = read('../../src/content/bank.en.json');
export const bankEs = read('../../src/content/bank.es.json');
export const exampleBank = read('../../examples/bank/example-bank.json');
export const RUN_LENGTH = 12;

const byPrompt = new Map([...bank.questions, ...exampleBank.questions, ...bankEs.questions].map((q) => [q.prompt, q]));

/** The bank question with this prompt, if any. */
export function questionByPrompt(prompt) {
  return byPrompt.get(prompt.trim());
}

export function topicName(id) {
  return bank.topics.find((t) => t.id === id).name;
}

/** The option labels a question offers, in bank order. */
export function optionTexts(q, labels = ['True', 'False']) {
  if (q.type === 'true_false') return labels;
  return q.choices.map((c) => c.text);
}

/** The indices (bank order) that make up the right answer. */
export function correctIndices(q) {
  if (q.type === 'true_false') return [q.answer ? 0 : 1];
  return q.choices.flatMap((c, i) => (c.correct ? [i] : []));
}

export function correctTexts(q) {
  return correctIndices(q).map((i) => optionTexts(q)[i]);
}

/**
 * A right or deliberately wrong answer in bank order, in the form the quiz saves it: the
 * option indices picked, or each statement's bucket index. Wrong means the first option
 * that is not correct, or each statement one bucket along.
 */
export function responseFor(q, right) {
  if (q.type === 'categorise') {
    return { buckets: q.items.map((item) => (right ? item.bucket : (item.bucket + 1) % q.buckets.length)) };
  }
  const correct = correctIndices(q);
  return { choices: right ? correct : [optionTexts(q).findIndex((_, i) => !correct.includes(i))] };
}

/** The labels to pick for a deliberately right or wrong answer (not for categorise). */
export function picksFor(q, right, labels) {
  const texts = optionTexts(q, labels);
  return responseFor(q, right).choices.map((i) => texts[i]);
}

/** For categorise: each statement's bucket label, right or deliberately wrong. */
export function placementsFor(q, right) {
  const { buckets } = responseFor(q, right);
  return q.items.map((item, i) => ({ statement: item.text, bucket: q.buckets[buckets[i]] }));
}
