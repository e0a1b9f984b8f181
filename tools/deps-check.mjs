// Checks that dependencies between src/'s top-level modules flow one way: each module may
// use only modules on a lower layer, so there is no cycle and no arrow back up. Then, with
// tools/deps-cycles.mjs, that no module (file) of any crate (src/ and crates/*/src) is in
// an import cycle with another.
// Usage: node tools/deps-check.mjs [src-dir]. Exits 1, naming each arrow or cycle, when one breaks.
import { readdirSync, readFileSync, statSync, existsSync } from 'node:fs';
import { join, relative, resolve as absolute } from 'node:path';
import { fileURLToPath } from 'node:url';
import { arrows, check, cycles, defaultDirs, describe, files as cycleFiles, loadCrate } from './deps-cycles.mjs';

// Lowest first. A module may use any module on a lower layer, none on its own or higher.
const LAYERS = [
  ['i18n', 'content', 'storage', 'browser', 'theme'],
  ['embed'],
  ['lms'],
  ['state'],
  ['components'],
  ['core_chunk'],
  ['boot'],
  ['app'],
];

const src = process.argv[2] ?? 'src';
const layerOf = new Map(LAYERS.flatMap((mods, i) => mods.map((m) => [m, i])));

/** Every .rs file of a top-level module: `name.rs` and everything under `name/`. */
function files(name) {
  const out = [];
  const file = join(src, `${name}.rs`);
  if (existsSync(file)) out.push(file);
  const walk = (dir) => {
    for (const entry of readdirSync(dir)) {
      const path = join(dir, entry);
      if (statSync(path).isDirectory()) walk(path);
      else if (path.endsWith('.rs')) out.push(path);
    }
  };
  const dir = join(src, name);
  if (existsSync(dir) && statSync(dir).isDirectory()) walk(dir);
  return out;
}

/** The top-level modules a file names through `crate::`, comments left out. */
function uses(path) {
  const code = readFileSync(path, 'utf8')
    .split('\n')
    .map((line) => line.replace(/\/\/.*$/, ''))
    .join('\n');
  const found = new Set();
  for (const m of code.matchAll(/crate::(?:\{\s*)?([a-z_][a-z0-9_]*)/g)) found.add(m[1]);
  // `use crate::{a, b::c}` groups.
  for (const m of code.matchAll(/crate::\{([^}]*)\}/g)) {
    for (const part of m[1].split(',')) {
      const name = part.trim().split('::')[0];
      if (name) found.add(name);
    }
  }
  return found;
}

// The modules lib.rs declares.
const modules = [...readFileSync(join(src, 'lib.rs'), 'utf8').matchAll(/^\s*(?:pub\s+)?mod\s+([a-z_0-9]+)\s*;/gm)].map(
  (m) => m[1],
);

const problems = [];
for (const m of modules) {
  if (!layerOf.has(m)) {
    problems.push(`${m}: not in any layer; add it to LAYERS in tools/deps-check.mjs`);
    continue;
  }
  for (const path of files(m)) {
    for (const used of uses(path)) {
      if (used === m || !layerOf.has(used)) continue;
      if (layerOf.get(used) >= layerOf.get(m)) {
        problems.push(`${path}: ${m} uses ${used}, which is not below it`);
      }
    }
  }
}

if (problems.length) {
  console.error(`Dependencies between modules must flow one way (${LAYERS.map((l) => l.join('|')).join(' < ')}):`);
  for (const p of problems) console.error(`  ${p}`);
} else {
  console.log(`module layers ok: ${LAYERS.map((l) => l.join('|')).join(' < ')}`);
}

/** The cycle finder on a crate made up here, so a finder that stops finding fails too. */
function selfCheck() {
  const sample = {
    'x/lib.rs': 'mod a;\nmod b;\npub mod p;\npub mod q;\n',
    'x/a.rs': 'use crate::b::{self, f};\npub fn g() {}\n',
    'x/b.rs': '// crate::p::y\npub fn f() -> char { let _ = "super::a"; crate::a::g(); \'{\' }\n',
    'x/p/mod.rs': 'mod c;\npub use c::X;\npub fn y() {}\n#[cfg(test)]\nmod tests {\n    use super::*;\n}\n',
    'x/p/c.rs': 'pub struct X;\nfn k() { super::y() }\n',
    'x/q/mod.rs': 'mod d;\nuse d::h;\npub fn z() { h() }\n',
    'x/q/d.rs': 'pub fn h() { super::z() }\n',
  };
  const fs = { exists: (f) => f in sample, read: (f) => sample[f] };
  const found = cycles(arrows(loadCrate('x/lib.rs', fs))).map((c) => cycleFiles(c)).sort();
  const expected = ['x/a.rs -> x/b.rs', 'x/q/d.rs -> x/q/mod.rs'];
  if (JSON.stringify(found) !== JSON.stringify(expected)) {
    throw new Error(`deps-cycles.mjs is broken: found ${JSON.stringify(found)}, expected ${JSON.stringify(expected)}`);
  }
}

selfCheck();
const repo = fileURLToPath(new URL('..', import.meta.url));
const dirs = [absolute(src), ...defaultDirs(repo).filter((d) => absolute(d) !== absolute(src))];
const { cycles: found, missing } = check(dirs);
for (const m of missing) console.error(`warning: no file for ${m}`);
if (found.length) {
  console.error('Import cycles between modules (each arrow: file:line and the path it names):');
  for (const c of found) console.error(`  ${describe(c, repo)}`);
}
if (problems.length || found.length) process.exit(1);
console.log(`no import cycles between modules in ${dirs.map((d) => relative(repo, d)).join(', ')}`);
