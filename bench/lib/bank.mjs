// A large, valid custom bank for the scaling run: single-choice questions with unique ids
// and prompts, evenly over 4 topics, with texts about as long as the built-in bank's.
const TOPICS = [
  { id: 'scale-a', name: 'Scaling topic A' },
  { id: 'scale-b', name: 'Scaling topic B' },
  { id: 'scale-c', name: 'Scaling topic C' },
  { id: 'scale-d', name: 'Scaling topic D' },
];

export const SCALE_TITLE = 'Benchmark bank of 1,000 questions';

export function generateBank(count = 1000) {
  const questions = [];
  for (let i = 1; i <= count; i++) {
    const topic = TOPICS[i % TOPICS.length];
    const id = `scale-${String(i).padStart(4, '0')}`;
    const right = i % 4;
    questions.push({
      id,
      topic: topic.id,
      source: topic.name,
      type: 'single',
      prompt: `Question ${i} of the scaling bank: which of these statements about portfolio governance practice number ${i} is the one the source supports?`,
      choices: [0, 1, 2, 3].map((c) => ({
        text: `Statement ${String.fromCharCode(65 + c)} about practice ${i}, worded to be about as long as a real option`,
        correct: c === right,
      })),
      explanation: `Statement ${String.fromCharCode(65 + right)} is the one the source supports for practice ${i}; the others describe a different role or a different stage of the transition to PMO leadership.`,
    });
  }
  return {
    format: 1,
    id: 'scale-1000',
    lang: 'en',
    title: SCALE_TITLE,
    description: `A generated bank of ${count} single-choice questions, used only to measure how the quiz scales.`,
    topics: TOPICS,
    questions,
  };
}
