// Checks that dependencies between src/'s top-level modules flow one way: each module may
// use only modules on a lower layer, so there is no cycle and no arrow back up.
// Usage: node tools/deps-check.mjs [src-dir]. Exits 1, naming each arrow, when one breaks.
import { readdirSync, readFileSync, statSync, existsSync } from 'node:fs';
import { join } from 'node:path';

// Lowest first. A module may use any module on a lower layer, none on its own or higher.
const LAYERS = [
  ['i18n', 'content', 'storage', 'browser', 'theme'],
  ['embed'],
  ['lms'],
  ['state'],
  ['components'],
  ['core'],
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
  process.exit(1);
}
console.log(`module layers ok: ${LAYERS.map((l) => l.join('|')).join(' < ')}`);
