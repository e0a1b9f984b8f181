// Checks the docs against the repository: README.md, CONTRIBUTING.md and docs/*.md.
//  - Every relative link (Markdown `[text](path)`, `![alt](path)`, `[ref]: path`, and HTML
//    `src=`/`href=`) resolves to a file or folder in the repository that git does not
//    ignore; a `#anchor` into a Markdown file (or the same file) names a heading there,
//    by GitHub's slug rules, or an HTML `id`/`name`.
//  - Every repository path named in backticks exists. A path is a whitespace-free word of
//    a code span (`src/state/mod.rs`, or `tools/quiz.sh` inside `tools/quiz.sh engines`)
//    that contains a `/` and starts with a top-level folder of the repository that git
//    does not ignore. URLs, globs (`*`, `?`, `[`, `{`), placeholders (`<code>`, `…`) and
//    git-ignored paths (`target/`, `dist/`, `tests/e2e/screenshots/`) are skipped; a
//    trailing `:LINE`, `?query` or `#anchor` is dropped; a trailing `/` must be a folder.
//    docs/BENCHMARKS.md is a generated record of past runs, so only its links are checked.
// Fenced code blocks and HTML comments are skipped. Usage: node tools/docs-check.mjs
// [FILE...]. Prints each problem as `file:line: what` and exits 1; otherwise one ok line.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
/** Docs whose backticked paths are history (the tree at the commit they were measured on). */
const HISTORY = new Set(['docs/BENCHMARKS.md']);

const rel = (abs) => relative(root, abs).split(sep).join('/');

/** The root .gitignore as tests on repository-relative paths (no negations). */
const ignoreRules = (() => {
  const file = join(root, '.gitignore');
  if (!existsSync(file)) return [];
  const glob = (p) =>
    p.replace(/[.+^$()|\\]/g, '\\$&').replace(/\*\*/g, '\u0000').replace(/\*/g, '[^/]*').replace(/\?/g, '[^/]').replace(/\u0000/g, '.*');
  return readFileSync(file, 'utf8')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('#') && !line.startsWith('!'))
    .map((line) => {
      const pattern = line.replace(/\/+$/, '');
      const anchored = pattern.includes('/');
      const body = glob(pattern.replace(/^\//, ''));
      return new RegExp(anchored ? `^${body}(/|$)` : `(^|/)${body}(/|$)`);
    });
})();
const ignored = (path) => ignoreRules.some((rule) => rule.test(path.replace(/\/+$/, '')));

/** Top-level folders a backticked path may start with. */
const topFolders = new Set(
  readdirSync(root).filter((name) => name !== '.git' && !ignored(name) && statSync(join(root, name)).isDirectory()),
);

/** GitHub's heading slug: lower case, punctuation and symbols dropped, spaces to hyphens. */
function slug(heading) {
  const text = heading
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1') // links and images: their text
    .replace(/<[^>]+>/g, '') // HTML tags
    .replace(/`/g, '')
    .replace(/\*/g, '')
    .trim();
  return text.toLowerCase().replace(/[^\p{L}\p{M}\p{N}\p{Pc}\- ]/gu, '').replace(/ /g, '-');
}

/**
 * A Markdown file's lines outside fenced code and HTML comments, each with its number,
 * the code spans cut out (kept in `code`) and blanked in `text`.
 */
function prose(source) {
  const out = [];
  let fence = null;
  let comment = false;
  source.split('\n').forEach((raw, i) => {
    const opener = raw.match(/^\s{0,3}(`{3,}|~{3,})/);
    if (fence) {
      if (opener && opener[1][0] === fence[0] && opener[1].length >= fence.length && !raw.trim().slice(opener[1].length).trim()) fence = null;
      return;
    }
    if (opener) {
      fence = opener[1];
      return;
    }
    let line = raw;
    if (comment) {
      const end = line.indexOf('-->');
      if (end < 0) return;
      line = ' '.repeat(end + 3) + line.slice(end + 3);
      comment = false;
    }
    line = line.replace(/<!--.*?-->/g, (m) => ' '.repeat(m.length));
    const open = line.indexOf('<!--');
    if (open >= 0) {
      line = line.slice(0, open);
      comment = true;
    }
    const code = [];
    const text = line.replace(/`([^`]+)`/g, (m, inner) => {
      code.push(inner);
      return ' '.repeat(m.length);
    });
    out.push({ number: i + 1, text, code, raw: line });
  });
  return out;
}

const anchorCache = new Map();
/** The anchors a Markdown file offers: heading slugs (with GitHub's -1, -2 for repeats) and HTML ids. */
function anchors(abs) {
  if (anchorCache.has(abs)) return anchorCache.get(abs);
  const found = new Set();
  const seen = new Map();
  for (const { raw } of prose(readFileSync(abs, 'utf8'))) {
    const heading = raw.match(/^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$/);
    if (heading) {
      const base = slug(heading[1]);
      const n = seen.get(base) ?? 0;
      seen.set(base, n + 1);
      found.add(n ? `${base}-${n}` : base);
    }
    for (const m of raw.matchAll(/<[a-z][^>]*\s(?:id|name)\s*=\s*"([^"]+)"/gi)) found.add(m[1]);
  }
  anchorCache.set(abs, found);
  return found;
}

const problems = [];
let links = 0;
let paths = 0;

function checkLink(file, number, target) {
  if (/^[a-z][a-z0-9+.-]*:/i.test(target) || target.startsWith('//')) return; // a URL
  links++;
  const here = join(root, file);
  const hash = target.indexOf('#');
  let path = hash < 0 ? target : target.slice(0, hash);
  const anchor = hash < 0 ? '' : target.slice(hash + 1);
  path = path.replace(/\?.*$/, '');
  try {
    path = decodeURIComponent(path);
  } catch {
    problems.push(`${file}:${number}: link ${target}: bad percent-encoding`);
    return;
  }
  const abs = path === '' ? here : path.startsWith('/') ? join(root, path) : resolve(dirname(here), path);
  const inRepo = rel(abs);
  if (inRepo.startsWith('..')) {
    problems.push(`${file}:${number}: link ${target} points outside the repository`);
    return;
  }
  if (!existsSync(abs)) {
    problems.push(`${file}:${number}: link ${target}: ${inRepo} does not exist`);
    return;
  }
  if (ignored(inRepo)) {
    problems.push(`${file}:${number}: link ${target}: ${inRepo} is ignored by git, so not in the repository`);
    return;
  }
  if (anchor && abs.endsWith('.md') && statSync(abs).isFile()) {
    let wanted = anchor;
    try {
      wanted = decodeURIComponent(anchor);
    } catch {
      // checked as written
    }
    if (!anchors(abs).has(wanted)) problems.push(`${file}:${number}: link ${target}: no heading #${anchor} in ${inRepo}`);
  }
}

/** The repository path a backticked word names, or null when it names none. */
function pathIn(word) {
  let w = word.replace(/^\.\//, '');
  if (w.includes('://') && !/^[\w./-]+\?/.test(w)) return null; // a URL, not `path?q=http://…`
  w = w.replace(/[?#].*$/, '').replace(/:\d+(:\d+)?$/, '');
  if (!w.includes('/') || w.startsWith('/')) return null;
  if (/[*?[\]{}<>…$=,;:'"()|\\]|\.\.\./.test(w)) return null; // globs, placeholders, code
  if (!topFolders.has(w.split('/')[0])) return null;
  if (ignored(w)) return null;
  return w;
}

function checkPaths(file, number, spans) {
  for (const span of spans) {
    for (const word of span.trim().split(/\s+/)) {
      const path = pathIn(word);
      if (!path) continue;
      paths++;
      const abs = join(root, path);
      if (!existsSync(abs)) problems.push(`${file}:${number}: \`${path}\` does not exist`);
      else if (path.endsWith('/') && !statSync(abs).isDirectory()) problems.push(`${file}:${number}: \`${path}\` is not a folder`);
    }
  }
}

function checkFile(file) {
  const lines = prose(readFileSync(join(root, file), 'utf8'));
  for (const { number, text, code } of lines) {
    for (const m of text.matchAll(/!?\[(?:[^\]\\]|\\.)*\]\(\s*(<[^>]*>|[^\s)]+)(?:\s+(?:"[^"]*"|'[^']*'))?\s*\)/g)) {
      checkLink(file, number, m[1].replace(/^<|>$/g, ''));
    }
    const reference = text.match(/^\s{0,3}\[[^\]]+\]:\s*(<[^>]*>|\S+)/);
    if (reference) checkLink(file, number, reference[1].replace(/^<|>$/g, ''));
    for (const m of text.matchAll(/<[a-z][^>]*?\s(?:src|href)\s*=\s*"([^"]*)"/gi)) checkLink(file, number, m[1]);
    if (!HISTORY.has(file)) checkPaths(file, number, code);
  }
}

const given = process.argv.slice(2);
const docsDir = join(root, 'docs');
const files = given.length
  ? given.map((f) => rel(resolve(f)))
  : [
      'README.md',
      'CONTRIBUTING.md',
      ...(existsSync(docsDir) ? readdirSync(docsDir).filter((f) => f.endsWith('.md')).sort().map((f) => `docs/${f}`) : []),
    ];
for (const file of files) {
  if (!existsSync(join(root, file))) problems.push(`${file}:1: file not found`);
  else checkFile(file);
}

if (problems.length) {
  for (const problem of problems) console.error(problem);
  console.error(`docs-check: ${problems.length} problem(s) in ${files.length} files`);
  process.exit(1);
}
console.log(`docs-check: ok, ${files.length} files, ${links} relative links and ${paths} paths resolve`);
