// The published JSON Schema agrees with the quiz's own reader on real banks and on
// typical authoring mistakes.
import { test, expect } from './test.mjs';
import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';

const read = (path) => JSON.parse(readFileSync(new URL(path, import.meta.url), 'utf8'));
const schema = read('../../examples/bank/bank.schema.json');
const validate = new Ajv2020({ allErrors: true }).compile(schema);

for (const path of ['../../src/content/bank.en.json', '../../src/content/bank.es.json', '../../examples/bank/example-bank.json']) {
  test(`the schema accepts ${path.split('/').pop()}`, () => {
    const ok = validate(read(path));
    expect(validate.errors ?? [], 'schema errors').toEqual([]);
    expect(ok).toBe(true);
  });
}

const mistakes = {
  'a single-choice question with two right answers': (b) => { b.questions[0].choices[1].correct = true; },
  'a single-choice question with no right answer': (b) => { b.questions[0].choices[0].correct = false; },
  'an unknown question type': (b) => { b.questions[0].type = 'essay'; },
  'a prompt over 200 characters': (b) => { b.questions[0].prompt = 'x'.repeat(201); },
  'a choice over 90 characters': (b) => { b.questions[0].choices[0].text = 'x'.repeat(91); },
  'an empty explanation': (b) => { b.questions[1].explanation = ' '; },
  'a true/false question without an answer': (b) => { delete b.questions[1].answer; },
  'a categorise question with three statements': (b) => { b.questions[3].items.length = 3; },
  'a missing format': (b) => { delete b.format; },
  'a bank id with spaces': (b) => { b.id = 'my quiz'; },
};

for (const [name, spoil] of Object.entries(mistakes)) {
  test(`the schema rejects ${name}`, () => {
    const bank = read('../../examples/bank/example-bank.json');
    spoil(bank);
    expect(validate(bank)).toBe(false);
  });
}
