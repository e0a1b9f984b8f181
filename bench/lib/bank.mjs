// A large, valid custom bank for the scaling run: single-choice questions with unique ids
// and prompts, evenly over 4 topics. Texts are drawn from a vocabulary by a seeded generator,
// about as long as the built-in bank's, so the file compresses like real prose rather than
// like one sentence repeated a thousand times.
const TOPICS = [
  { id: 'scale-a', name: 'Scaling topic A' },
  { id: 'scale-b', name: 'Scaling topic B' },
  { id: 'scale-c', name: 'Scaling topic C' },
  { id: 'scale-d', name: 'Scaling topic D' },
];

const WORDS = (
  'project portfolio programme office leader manager sponsor stakeholder governance standard process ' +
  'method benefit risk issue change scope schedule budget cost resource capacity demand priority strategy ' +
  'objective outcome value report dashboard review gate approval decision escalation owner team member ' +
  'coach mentor skill experience certification training course exam credential framework agile hybrid ' +
  'waterfall planning estimate forecast baseline milestone deliverable quality audit compliance policy ' +
  'template tool maturity model assessment improvement lesson learned culture communication influence ' +
  'negotiation conflict executive board committee charter mandate service support control enable ' +
  'directive supportive organisation department function business operation transition career path role ' +
  'responsibility accountability authority visibility alignment consistency efficiency performance metric'
).split(' ');

// mulberry32: small, fast and deterministic, so every run measures the same bank.
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const SCALE_TITLE = 'Benchmark bank of 1,000 questions';

export function generateBank(count = 1000) {
  const next = random(1000);
  const words = (n) => Array.from({ length: n }, () => WORDS[Math.floor(next() * WORDS.length)]).join(' ');
  const sentence = (n, max) => {
    const text = words(n);
    return (text[0].toUpperCase() + text.slice(1)).slice(0, max);
  };
  const questions = [];
  for (let i = 1; i <= count; i++) {
    const topic = TOPICS[i % TOPICS.length];
    const right = Math.floor(next() * 4);
    questions.push({
      id: `scale-${String(i).padStart(4, '0')}`,
      topic: topic.id,
      source: topic.name,
      type: 'single',
      // The number keeps every prompt unique; at most 200 characters.
      prompt: `${i}. ${sentence(14, 180)}?`,
      choices: [0, 1, 2, 3].map((c) => ({ text: sentence(7, 90), correct: c === right })),
      explanation: `${sentence(30, 390)}.`,
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
