// The bank files as the tests' oracle, with no browser framework: a test reads the prompt
// on screen, looks the question up, and answers it right or wrong on purpose. Shared by
// the Playwright suite (helpers.mjs) and the WebDriver suite (tests/engines/).
import { readFileSync } from 'node:fs';

const read = (path) => JSON.parse(readFileSync(new URL(path, import.meta.url), 'utf8'));
export const bank = read('../../src/content/bank.en.json');
export const bankEs = read('../../src/content/bank.es.json');
export const exampleBank = read('../../examples/bank/example-bank.json');
export const RUN_LENGTH = 12;

/**
 * Bank text as a learner reads it: the Markdown subset's markers and list marks left out
 * (enough for the built-in banks, which use no escapes or links outside explanations).
 */
export function visible(text) {
  return text.replace(/^\s*(?:[-*]|\d+[.)]) +/gm, '').replace(/\*\*|\*|`/g, '');
}

// Prompts compared with all white space removed: a prompt with paragraphs and lists reads
// on screen (textContent) with none between its blocks.
export const squash = (text) => visible(text).replace(/\s+/g, '');
const byPrompt = new Map([...bank.questions, ...exampleBank.questions, ...bankEs.questions].map((q) => [squash(q.prompt), q]));

/** Lets `questionByPrompt` find the questions of another bank, such as a packaged one. */
export function learn(other) {
  for (const q of other.questions) byPrompt.set(squash(q.prompt), q);
}

/** The bank question with this prompt, if any. */
export function questionByPrompt(prompt) {
  return byPrompt.get(squash(prompt));
}

export function topicName(id) {
  return bank.topics.find((t) => t.id === id).name;
}

/** The option labels a question offers, in bank order. */
export function optionTexts(q, labels = ['True', 'False']) {
  if (q.type === 'true_false') return labels;
  // A choice's name: its words, or its picture's alt when it has none.
  return q.choices.map((c) => (c.text ? visible(c.text) : c.image.alt));
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
  return q.items.map((item, i) => ({ statement: visible(item.text), bucket: q.buckets[buckets[i]] }));
}
