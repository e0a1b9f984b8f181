// Finds import cycles between the modules of each Rust crate, one module per file: file A
// names something of file B (`use crate::b::X`, `super::b::f()`, a child's `b::f()`, `use`
// groups included) and B, directly or through other files, names something of A.
// A parent's `mod child;` and its re-exports (`pub use child::X`) are how Rust lays out a
// module, so they are no arrows; a parent's own use of a child's item is one.
// Usage: node tools/deps-cycles.mjs [src-dir...] (default: src and crates/*/src).
// Exits 1, printing each cycle as a chain of files, when there is one.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

/** `code` with comments, strings and char literals blanked, newlines kept. */
export function strip(code) {
  const blank = (s) => s.replace(/[^\n]/g, ' ');
  const RAW = /(?:b|c)?r(#*)"/y;
  const STR = /(?:b|c)?"(?:\\[\s\S]|[^\\"])*"/y;
  const CHAR = /b?'(?:\\(?:u\{[0-9a-fA-F_]*\}|x[0-9a-fA-F]{2}|[^\n])|[^\\'\n])'/uy;
  let out = '';
  let i = 0;
  while (i < code.length) {
    const two = code.slice(i, i + 2);
    const afterIdent = /[A-Za-z0-9_]/.test(code[i - 1] ?? '');
    let end = -1;
    if (two === '//') end = code.indexOf('\n', i) < 0 ? code.length : code.indexOf('\n', i);
    else if (two === '/*') {
      let depth = 0;
      end = i;
      do {
        if (code.startsWith('/*', end)) (depth++, (end += 2));
        else if (code.startsWith('*/', end)) (depth--, (end += 2));
        else end++;
      } while (depth > 0 && end < code.length);
    } else if (!afterIdent) {
      for (const re of [RAW, STR, CHAR]) {
        re.lastIndex = i;
        const m = re.exec(code);
        if (!m) continue;
        if (re === RAW) {
          const close = code.indexOf(`"${m[1]}`, re.lastIndex);
          end = close < 0 ? code.length : close + 1 + m[1].length;
        } else end = re.lastIndex;
        break;
      }
    }
    if (end > i) {
      out += blank(code.slice(i, end));
      i = end;
    } else out += code[i++];
  }
  return out;
}

const IDENT = /^\$?[A-Za-z_][A-Za-z0-9_]*$/;

/** A file's module declarations, imports and paths, each with its inline-module scope. */
export function parse(code) {
  const t = [];
  let line = 1;
  for (const m of strip(code).matchAll(/\n|\$?[A-Za-z_][A-Za-z0-9_]*|::|\S/g)) {
    if (m[0] === '\n') line++;
    else t.push({ v: m[0], line, at: m.index });
  }
  let pathAttr = null; // the file a `#[path = "…"]` gives the next `mod`
  const out = { mods: [], inline: [], uses: [], paths: [] };
  const scope = [];
  let depth = 0;
  const names = () => scope.map((s) => s.name);
  for (let k = 0; k < t.length; k++) {
    const { v } = t[k];
    const next = t[k + 1]?.v ?? '';
    if (v === '{') depth++;
    else if (v === '}') {
      depth--;
      while (scope.length && scope.at(-1).depth > depth) scope.pop();
    } else if (v === 'path' && t[k - 1]?.v === '[' && t[k - 2]?.v === '#' && next === '=') {
      pathAttr = /^\s*"([^"]*)"/.exec(code.slice(t[k + 1].at + 1))?.[1] ?? null;
    } else if (v === 'mod' && IDENT.test(next)) {
      if (t[k + 2]?.v === ';') out.mods.push({ name: next, scope: names(), path: pathAttr });
      else if (t[k + 2]?.v === '{') {
        out.inline.push([...names(), next]);
        scope.push({ name: next, depth: depth + 1 });
      }
      pathAttr = null;
    } else if (v === 'use' && t[k - 1]?.v !== '::') {
      const trees = [];
      const end = useTree(t, k + 1, [], trees);
      out.uses.push({ scope: names(), line: t[k].line, pub: isPub(t, k), trees });
      k = end;
    } else if (IDENT.test(v) && next === '::' && t[k - 1]?.v !== '::' && t[k - 1]?.v !== 'in') {
      const segs = [v];
      while (t[k + 1]?.v === '::' && IDENT.test(t[k + 2]?.v ?? '')) (segs.push(t[k + 2].v), (k += 2));
      out.paths.push({ scope: names(), line: t[k].line, segs });
    }
  }
  return out;
}

/** Whether the `use` at `k` is `pub` or `pub(…)`. */
function isPub(t, k) {
  if (t[k - 1]?.v === 'pub') return true;
  if (t[k - 1]?.v !== ')') return false;
  let j = k - 1;
  while (j > 0 && t[j].v !== '(') j--;
  return t[j - 1]?.v === 'pub';
}

/** Reads one use tree from `k`, pushing each full path onto `out`; returns where it ends. */
function useTree(t, k, prefix, out) {
  let segs = [...prefix];
  if (t[k]?.v === '::') k++;
  while (k < t.length) {
    const v = t[k].v;
    if (v === '{') {
      k++;
      while (k < t.length && t[k].v !== '}') {
        k = useTree(t, k, segs, out);
        if (t[k]?.v === ',') k++;
      }
      return k + 1;
    }
    if (v === '*') return out.push({ segs, glob: true }), k + 1;
    if (!IDENT.test(v)) return k;
    segs = v === 'self' && segs.length ? segs : [...segs, v];
    k++;
    if (t[k]?.v === '::') {
      k++;
      continue;
    }
    if (t[k]?.v === 'as') k += 2;
    out.push({ segs });
    return k;
  }
  return k;
}

const key = (path) => path.join('::');

/** The crate rooted at `root` (lib.rs, main.rs…): its modules and the parsed files. */
export function loadCrate(root, fs) {
  const crate = { modules: new Map(), files: new Map(), missing: [] };
  const visit = (file, modPath, dir) => {
    const info = { ...parse(fs.read(file)), modPath };
    crate.files.set(file, info);
    crate.modules.set(key(modPath), file);
    for (const inner of info.inline) crate.modules.set(key([...modPath, ...inner]), file);
    for (const m of info.mods) {
      const base = join(dir, ...m.scope);
      const candidates = m.path
        ? [join(dirname(file), m.path)]
        : [join(base, `${m.name}.rs`), join(base, m.name, 'mod.rs')];
      const found = candidates.find(fs.exists);
      if (!found) crate.missing.push(`${file}: mod ${m.name}`);
      else visit(found, [...modPath, ...m.scope, m.name], found.endsWith('mod.rs') ? dirname(found) : join(base, m.name));
    }
  };
  visit(root, [], dirname(root));
  return crate;
}

/**
 * The module a path from module `from` names, and its file: the deepest module on the
 * path, so `crate::bank::Problem` names `bank` even when bank only re-exports it; `null`
 * for paths outside the crate.
 */
export function resolve(crate, from, segs) {
  let mod;
  const rest = [...segs];
  if (rest[0] === 'crate' || rest[0] === '$crate') (mod = []), rest.shift();
  else if (rest[0] === 'self') (mod = [...from]), rest.shift();
  else if (rest[0] === 'super') {
    mod = [...from];
    while (rest[0] === 'super') mod.pop(), rest.shift();
  } else if (crate.modules.has(key([...from, rest[0]]))) mod = [...from];
  else return null;
  while (rest.length && crate.modules.has(key([...mod, rest[0]]))) mod = [...mod, rest.shift()];
  const file = crate.modules.get(key(mod));
  return file ? { mod, file } : null;
}

/** Every arrow between two files of the crate, with the line and path that make it. */
export function arrows(crate) {
  const out = [];
  for (const [file, info] of crate.files) {
    const add = (scope, segs, line, reexport) => {
      const target = resolve(crate, [...info.modPath, ...scope], segs);
      if (!target || target.file === file) return;
      const below = target.mod.length > info.modPath.length && key(target.mod).startsWith(key(info.modPath));
      if (reexport && below) return;
      out.push({ from: file, to: target.file, line, path: segs.join('::') });
    };
    for (const use of info.uses) for (const tree of use.trees) add(use.scope, tree.segs, use.line, use.pub);
    for (const p of info.paths) add(p.scope, p.segs, p.line, false);
  }
  return out;
}

/** The distinct shortest cycles through each file caught in one, as lists of arrows. */
export function cycles(edges) {
  const next = new Map();
  for (const e of edges) {
    if (!next.has(e.from)) next.set(e.from, new Map());
    if (!next.get(e.from).has(e.to)) next.get(e.from).set(e.to, e);
  }
  const found = new Map();
  for (const start of [...next.keys()].sort()) {
    const back = new Map([[start, null]]);
    const queue = [start];
    let closing = null;
    while (queue.length && !closing) {
      const at = queue.shift();
      for (const [to, e] of next.get(at) ?? []) {
        if (to === start) (closing = e);
        else if (!back.has(to)) back.set(to, e), queue.push(to);
        if (closing) break;
      }
    }
    if (!closing) continue;
    const chain = [closing];
    for (let e = back.get(closing.from); e; e = back.get(e.from)) chain.unshift(e);
    const low = chain.reduce((m, e, i) => (e.from < chain[m].from ? i : m), 0);
    const cycle = [...chain.slice(low), ...chain.slice(0, low)];
    found.set(cycle.map((e) => e.from).join(' '), cycle);
  }
  return [...found.values()];
}

/** A cycle as `a.rs:3 (crate::b::f) -> b.rs:9 (super::a::g) -> a.rs`, paths from `base`. */
export function describe(cycle, base = '.') {
  const name = (file) => relative(base, file);
  return `${cycle.map((e) => `${name(e.from)}:${e.line} (${e.path})`).join(' -> ')} -> ${name(cycle[0].from)}`;
}

/** A cycle's files alone, from `base`: `a.rs -> b.rs`, the same however its lines move. */
export const files = (cycle, base = '.') => cycle.map((e) => relative(base, e.from)).join(' -> ');

/** The crate roots in a src dir: lib.rs, main.rs and bin/*.rs. */
export function roots(src) {
  const bin = join(src, 'bin');
  const bins = existsSync(bin) ? readdirSync(bin).filter((f) => f.endsWith('.rs')).map((f) => join(bin, f)) : [];
  return [join(src, 'lib.rs'), join(src, 'main.rs'), ...bins].filter((f) => existsSync(f));
}

/** The cycles in every crate of `dirs`, and the `mod` lines whose file is missing. */
export function check(dirs) {
  const fs = { exists: (f) => existsSync(f), read: (f) => readFileSync(f, 'utf8') };
  const all = { cycles: [], missing: [] };
  for (const root of dirs.flatMap(roots)) {
    const crate = loadCrate(root, fs);
    all.cycles.push(...cycles(arrows(crate)));
    all.missing.push(...crate.missing);
  }
  return all;
}

/** src and every crates/NAME/src under `repo`. */
export function defaultDirs(repo = '.') {
  const crates = join(repo, 'crates');
  const each = existsSync(crates) ? readdirSync(crates).map((c) => join(crates, c, 'src')) : [];
  return [join(repo, 'src'), ...each].filter((d) => existsSync(d));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const dirs = process.argv.length > 2 ? process.argv.slice(2) : defaultDirs();
  const { cycles: found, missing } = check(dirs);
  for (const m of missing) console.error(`warning: no file for ${m}`);
  if (found.length) {
    console.error('Import cycles between modules (each arrow: file:line and the path it names):');
    for (const c of found) console.error(`  ${describe(c)}`);
    process.exit(1);
  }
  console.log(`no import cycles between modules in ${dirs.join(', ')}`);
}
