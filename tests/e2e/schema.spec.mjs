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

// Pictures and marked-up lengths, both ways: each case goes through the schema and through
// the quiz's own reader (the bank served to the page), and both must take it or refuse it.
const picture = (over = {}) => ({ src: 'images/chart.png', alt: 'An organisation chart', width: 640, height: 360, ...over });
const onQuestion = (over) => (b) => { b.questions[0].image = picture(over); };
const onChoice = (choice) => (b) => { b.questions[0].choices[1] = choice; };
const bothWays = [
  // [name, spoil, the field the reader names when it refuses (null: it takes the bank)]
  ['a question picture', onQuestion({}), null],
  ['a decorative picture with empty alt', onQuestion({ alt: '', decorative: true, src: 'images/rule.PNG' }), null],
  ['each picture type, any case, in folders and with spaces', (b) => {
    const types = ['a.svg', 'b/c.JPG', 'd e.jpeg', 'f.WebP', 'g/h/i.avif'];
    b.questions[0].choices.forEach((c, i) => { c.image = picture({ src: types[i] }); });
    b.questions[0].image = picture({ src: types[3] });
  }, null],
  ['sizes at the limits and alt of 250 characters', onQuestion({ width: 1, height: 4096, alt: 'x'.repeat(250) }), null],
  ['a choice that is a picture, without text', onChoice({ image: picture({ alt: 'Option B' }), feedback: 'Why.' }), null],
  ['a full address', onQuestion({ src: 'https://example.org/a.png' }), 'image.src'],
  ['a data: address', onQuestion({ src: 'data:image/png;base64,AAAA.png' }), 'image.src'],
  ['a path from the root', onQuestion({ src: '/images/a.png' }), 'image.src'],
  ['a path leaving the folder', onQuestion({ src: 'images/../../a.png' }), 'image.src'],
  ['an empty path part', onQuestion({ src: 'images//a.png' }), 'image.src'],
  ['a backslash', onQuestion({ src: 'images\\a.png' }), 'image.src'],
  ['a query', onQuestion({ src: 'a.png?v=2.png' }), 'image.src'],
  ['a fragment', onQuestion({ src: 'a#b.png' }), 'image.src'],
  ['a GIF', onQuestion({ src: 'images/a.gif' }), 'image.src'],
  ['no extension', onQuestion({ src: 'images/chart' }), 'image.src'],
  ['an empty alt, not decorative', onQuestion({ alt: ' ' }), 'image.alt'],
  ['an empty alt, decorative false', onQuestion({ alt: '', decorative: false }), 'image.alt'],
  ['no alt', (b) => { const p = picture(); delete p.alt; b.questions[0].image = p; }, 'image.alt'],
  ['alt of 251 characters', onQuestion({ alt: 'x'.repeat(251) }), 'image.alt'],
  ['no width', (b) => { const p = picture(); delete p.width; b.questions[0].image = p; }, 'image.width'],
  ['a height of 0', onQuestion({ height: 0 }), 'image.height'],
  ['a width over 4096', onQuestion({ width: 4097 }), 'image.width'],
  ['a fractional width', onQuestion({ width: 12.5 }), 'image.width'],
  ['decorative as text', onQuestion({ decorative: 'yes' }), 'image.decorative'],
  ['a choice with neither text nor a named picture', onChoice({ image: picture({ alt: '', decorative: true }) }), 'choices[1].text'],
  ['a choice picture with a bad path', onChoice({ text: 'B', image: picture({ src: '../b.png' }) }), 'choices[1].image.src'],
  ['a prompt of 200 visible characters and its markers', (b) => { b.questions[0].prompt = `**${'x'.repeat(98)}** *${'y'.repeat(99)}*`; }, null],
  ['a choice of 90 visible characters in code', (b) => { b.questions[0].choices[0].text = `\`${'x'.repeat(90)}\``; }, null],
  ['an explanation of 400 visible characters and a link', (b) => { b.questions[0].explanation = `[${'x'.repeat(400)}](https://example.org/a-long-address)`; }, null],
  ['a prompt of 201 visible characters', (b) => { b.questions[0].prompt = 'x'.repeat(201); }, 'prompt'],
];

test.describe('pictures and markup', () => {
  test.use({ serviceWorkers: 'block' });
  for (const [name, spoil, refusedAt] of bothWays) {
    const verdict = refusedAt ? 'refuse' : 'take';
    test(`the schema and the reader both ${verdict} ${name}`, async ({ page }) => {
      const bank = read('../../examples/bank/example-bank.json');
      spoil(bank);
      expect(validate(bank), JSON.stringify(validate.errors)).toBe(!refusedAt);
      await page.route('**/schema-case.json', (route) => route.fulfill({ json: bank }));
      await page.goto('./?bank=schema-case.json');
      if (refusedAt) {
        await expect(page.getByTestId('bank-problems')).toContainText(`field "${refusedAt}"`);
      } else {
        await expect(page.getByRole('heading', { level: 1 })).toHaveText(bank.title);
        await expect(page.getByRole('button', { name: 'Start quiz' })).toBeVisible();
      }
    });
  }
});
