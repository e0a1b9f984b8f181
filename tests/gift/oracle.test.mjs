// An oracle for `quiz-bank import gift`: gift-pegjs (an independent, well-kept GIFT parser)
// reads every file in crates/quiz-bank/tests/fixtures/gift, and the questions it finds are compared with ours.
//   - Nothing is silently dropped: every question it finds is either in our output or
//     reported by us as skipped, and every picture it finds in a question's text or a
//     choice is either ours or reported by us as left out.
//   - We keep exactly the questions the documented mapping says we keep.
//   - Each kept question agrees in type, visible text (markup aside: ours is the bank's
//     Markdown subset, theirs HTML, Markdown or plain), answers, feedback and explanation.
//   - Where it rejects a file, we report a syntax error on the same line (or, for
//     lenient.gift, we accept on purpose what the spec asks to escape).
//   - Our GIFT export of each built-in bank reads back, in gift-pegjs, as the same
//     questions, pictures included.
// Run after `cargo build` (or `cargo test`), which builds target/debug/quiz-bank;
// QUIZ_BANK=path overrides the binary. A fixture's media/ folder is given as --media.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';

const { parse } = createRequire(import.meta.url)('gift-pegjs');
const root = fileURLToPath(new URL('../../', import.meta.url));
const bin = process.env.QUIZ_BANK ?? join(root, 'target/debug/quiz-bank');
const dir = join(root, 'crates/quiz-bank/tests/fixtures/gift');
// Files gift-pegjs rejects while we accept them, on purpose (see the file's comment).
const LENIENT = ['lenient.gift'];

const collapse = (s) => s.split(/\s+/).filter(Boolean).join(' ');
const ENTITIES = { nbsp: ' ', lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' };
const decode = (s) => s.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (all, name) => {
  if (name[0] !== '#') return ENTITIES[name] ?? all;
  return String.fromCodePoint(name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1)));
});

// The visible text of the bank's Markdown subset (and of Markdown, which it is a part of):
// list markers, emphasis and code markers and link addresses go; escapes are resolved.
const visibleMarkup = (s) => {
  const lines = s.split('\n').map((l) => l.replace(/^\s*(?:[-*] |\d{1,9}[.)] )/, ''));
  const linked = lines.join('\n').replace(/(^|[^\\])\[([^\]]*)\]\(https?:[^)\s]*\)/g, '$1$2');
  let out = '';
  for (let i = 0; i < linked.length; i++) {
    const c = linked[i];
    if (c === '\\' && /[!-/:-@[-`{-~0-9]/.test(linked[i + 1] ?? '')) out += linked[++i];
    else if (c !== '*' && c !== '`') out += c;
  }
  return collapse(out);
};
// Our text: the subset, as the quiz shows it.
const ours = (s) => (s == null ? null : visibleMarkup(s));
// Their text as a reader sees it: HTML without its tags (inline ones join the words on
// either side) and entities decoded; Markdown without its markup and pictures; plain as is.
const visible = (t) => {
  if (!t) return null;
  if (t.format === 'html') {
    const s = t.text.replace(/<(script|style)\b[\s\S]*?<\/\1\s*>/gi, ' ')
      .replace(/<\/?(?:b|strong|i|em|code|span|u|a|img)\b[^>]*>/gi, '')
      .replace(/<[^>]*>/g, ' ');
    return collapse(decode(s));
  }
  if (t.format === 'markdown') return visibleMarkup(t.text.replace(/!\[[^\]]*\]\([^)]*\)/g, ''));
  return collapse(t.text);
};
// The pictures a text names, as { src, alt }.
const pictures = (t) => {
  if (!t) return [];
  if (t.format === 'html') {
    return [...t.text.matchAll(/<img\b[^>]*>/gi)].map(([tag]) => {
      const attr = (name) => tag.match(new RegExp(`\\b${name}\\s*=\\s*"([^"]*)"`, 'i'))?.[1];
      return { src: decode(attr('src') ?? ''), alt: attr('alt') === undefined ? undefined : decode(attr('alt')) };
    });
  }
  if (t.format === 'markdown') {
    return [...t.text.matchAll(/!\[((?:\\.|[^\]\\])*)\]\(\s*(<[^>]*>|[^)\s]*)[^)]*\)/g)].map(([, alt, src]) => (
      { src: src.replace(/^<|>$/g, ''), alt: alt.replace(/\\([!-/:-@[-`{-~])/g, '$1') }
    ));
  }
  return [];
};
const slug = (t) => t.replace(/[^A-Za-z0-9_]+/g, '-').replace(/^-+|-+$/g, '');

// The documented mapping, restated from the outside: which questions we can keep, as what.
function expected(q) {
  if (q.type === 'TF') return 'true_false';
  if (q.type === 'Matching') {
    const buckets = new Set(q.matchPairs.map((p) => p.subanswer.trim()));
    const fits = q.matchPairs.every((p) => visible(p.subquestion)) &&
      buckets.size >= 2 && buckets.size <= 3 && q.matchPairs.length >= 4 && q.matchPairs.length <= 6;
    return fits ? 'categorise' : null;
  }
  if (q.type !== 'MC' || q.hasEmbeddedAnswers || q.choices.length < 2 || q.choices.length > 8) return null;
  const marked = q.choices.filter((c) => c.isCorrect && c.weight === null).length;
  if (marked === 1) return 'single';
  if (marked === 0 && q.choices.some((c) => c.weight > 0)) return 'multiple';
  return null;
}

function imported(file) {
  // Run in the fixtures' folder, where the bank on stdout names its pictures from.
  const media = existsSync(join(dir, 'media')) ? ['--media', 'media'] : [];
  const run = spawnSync(bin, ['import', 'gift', file, ...media], { encoding: 'utf8', cwd: dir });
  assert.equal(run.error, undefined, `cannot run ${bin}: build it with cargo build`);
  const bank = run.status === 2 ? { topics: [], questions: [] } : JSON.parse(run.stdout);
  const skipped = run.stderr.split('\n').filter((l) => l.includes('question skipped'));
  const leftOut = (src) => run.stderr.includes(`the picture "${src}" was left out`);
  return { run, bank, skipped, leftOut };
}

for (const file of readdirSync(dir).filter((f) => f.endsWith('.gift')).sort()) {
  test(`${file}: quiz-bank agrees with gift-pegjs`, () => {
    const text = readFileSync(join(dir, file), 'utf8');
    const { run, bank, skipped, leftOut } = imported(file);
    let theirs;
    try {
      theirs = parse(text);
    } catch (e) {
      if (LENIENT.includes(file)) {
        assert.equal(run.status, 0, run.stderr);
        return;
      }
      const line = e.location.start.line;
      assert.match(run.stderr, new RegExp(`${file}:${line}: question skipped: syntax error`), run.stderr);
      return;
    }
    assert.ok(!LENIENT.includes(file), `${file} is listed as lenient but gift-pegjs reads it`);
    const questions = theirs.filter((q) => q.type !== 'Category');
    assert.equal(bank.questions.length + skipped.length, questions.length, `nothing dropped silently\n${run.stderr}`);

    const categories = theirs.filter((q) => q.type === 'Category').map((c) => c.title.split('/').pop().trim());
    for (const topic of bank.topics) {
      if (categories.length) assert.ok(categories.includes(topic.name), `topic ${topic.name}`);
    }
    agree(questions, bank, leftOut);
  });
}

// Each picture of `text` is `image` (the first one), or we reported it left out.
function samePictures(text, image, leftOut, what) {
  pictures(text).forEach((p, i) => {
    if (leftOut(p.src)) return;
    assert.ok(i === 0 && image, `${what}: picture ${p.src} neither kept nor reported`);
    assert.equal(image.alt, collapse(p.alt ?? ''), `${what}: alt of ${p.src}`);
    // Our paths are relative to the bank, written from the fixtures' folder.
    const src = decodeURIComponent(p.src.replace(/^@@PLUGINFILE@@\//, 'media/'));
    assert.equal(image.src, src, `${what}: src`);
  });
  if (image) assert.ok(pictures(text).length > 0, `${what}: a picture from nowhere`);
}

// Each question gift-pegjs found agrees with ours, or we left it out as the mapping says.
function agree(questions, bank, leftOut) {
  questions.forEach((q, i) => {
    const id = q.id ?? (q.title ? slug(q.title) : `q-${i + 1}`);
    const mine = bank.questions.find((m) => m.id === id);
    const type = expected(q);
    assert.equal(mine?.type ?? null, type, `${id}: type`);
    if (!mine) return;
    assert.equal(ours(mine.prompt), visible(q.stem), `${id}: prompt`);
    samePictures(q.stem, mine.image, leftOut, `${id}: question`);
    if (q.globalFeedback) assert.equal(ours(mine.explanation), visible(q.globalFeedback), `${id}: explanation`);
    if (type === 'true_false') assert.equal(mine.answer, q.isTrue, `${id}: answer`);
    if (type === 'single' || type === 'multiple') {
      const right = (c) => (type === 'single' ? c.isCorrect && c.weight === null : c.weight > 0);
      assert.deepEqual(
        mine.choices.map((c) => [ours(c.text ?? ''), c.correct ?? false, ours(c.feedback)]),
        q.choices.map((c) => [visible(c.text), right(c), visible(c.feedback)]),
        `${id}: choices`,
      );
      q.choices.forEach((c, n) => samePictures(c.text, mine.choices[n].image, leftOut, `${id}: choice ${n + 1}`));
    }
    if (type === 'categorise') {
      assert.deepEqual(
        mine.items.map((it) => [ours(it.text), mine.buckets[it.bucket]]),
        q.matchPairs.map((p) => [visible(p.subquestion), p.subanswer.trim()]),
        `${id}: pairs`,
      );
    }
  });
}

// Our export, read by an independent parser, gives back each built-in bank's questions.
for (const lang of ['en', 'es']) {
  test(`bank.${lang}.json exported as GIFT reads back the same in gift-pegjs`, () => {
    const file = join(root, `src/content/bank.${lang}.json`);
    const run = spawnSync(bin, ['export', 'gift', file], { encoding: 'utf8' });
    assert.equal(run.status, 0, run.stderr);
    const bank = JSON.parse(readFileSync(file, 'utf8'));
    const theirs = parse(run.stdout);
    const questions = theirs.filter((q) => q.type !== 'Category');
    assert.equal(questions.length, bank.questions.length);
    assert.deepEqual(
      theirs.filter((q) => q.type === 'Category').map((c) => c.title),
      bank.topics.map((t) => t.name),
    );
    // An export reports nothing: every picture must come back, src and all.
    agree(questions, bank, () => false);
  });
}
