// Packs the release build (dist/) as two single-SCO SCORM packages, one per version:
//   node tools/scorm-package.mjs [--dist dist] [--out dist-lms] [--settings "mode=exam&pass=80"] [--title "..."]
// writes <out>/pmo-leader-quiz-scorm12.zip and <out>/pmo-leader-quiz-scorm2004.zip, each
// with imsmanifest.xml and the version's schema files at its root. `make scorm` runs it.
import { mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { manifest, VERSIONS } from './scorm-manifest.mjs';
import { zip } from './zip.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const NAME = 'pmo-leader-quiz';
const LAUNCH = 'index.html';
const GLUE = 'scorm-settings.js';

function options(argv) {
  const opts = { dist: join(root, 'dist'), out: join(root, 'dist-lms'), settings: '', title: '' };
  for (let i = 0; i < argv.length; i += 2) {
    const key = argv[i].replace(/^--/, '');
    if (!(key in opts) || argv[i + 1] === undefined) {
      console.error(`usage: node tools/scorm-package.mjs [--dist DIR] [--out DIR] [--settings QUERY] [--title TEXT]`);
      process.exit(2);
    }
    opts[key] = argv[i + 1];
  }
  return opts;
}

/** Every file under `dir`, as `/`-separated paths; the precompressed copies left out. */
function files(dir) {
  const out = [];
  const walk = (d) => {
    for (const entry of readdirSync(d).sort()) {
      const path = join(d, entry);
      if (statSync(path).isDirectory()) walk(path);
      else if (!/\.(br|gz)$/.test(entry)) out.push(relative(dir, path).split(sep).join('/'));
    }
  };
  walk(dir);
  return out;
}

/** The build's files for `version`, the launch page with the settings script added. */
function content(dist, settings, version) {
  const query = new URLSearchParams(settings.replace(/^\?/, ''));
  query.delete('scorm');
  query.set('scorm', version);
  const glue = readFileSync(join(root, 'lms', 'launch.js'), 'utf8').replace('__SETTINGS__', () =>
    JSON.stringify(query.toString()).slice(1, -1).replace(/'/g, "\\'"),
  );
  return files(dist).map((name) => {
    let data = readFileSync(join(dist, name));
    if (name === LAUNCH) {
      const page = data.toString('utf8');
      if (!page.includes('</head>')) throw new Error(`${LAUNCH} has no </head>; did the build change?`);
      data = Buffer.from(page.replace('</head>', `<script src="${GLUE}"></script>\n</head>`), 'utf8');
    }
    return { name, data };
  }).concat({ name: GLUE, data: Buffer.from(glue, 'utf8') });
}

function main() {
  const opts = options(process.argv.slice(2));
  if (!statSync(join(opts.dist, LAUNCH), { throwIfNoEntry: false })) {
    console.error(`scorm-package: no ${LAUNCH} in ${opts.dist}; build first (tools/quiz.sh build)`);
    process.exit(1);
  }
  const page = readFileSync(join(opts.dist, LAUNCH), 'utf8');
  const title = opts.title || page.match(/<title>([^<]*)<\/title>/)?.[1] || 'PMO Leader Quiz';
  const pass = new URLSearchParams(opts.settings.replace(/^\?/, '')).get('pass');
  const passMark = /^\d+$/.test(pass ?? '') && Number(pass) <= 100 ? Number(pass) : 70;
  mkdirSync(opts.out, { recursive: true });
  for (const [version, v] of Object.entries(VERSIONS)) {
    const entries = content(opts.dist, opts.settings, version);
    const xml = manifest({
      version,
      identifier: `${NAME}-${v.slug}`,
      title,
      launch: LAUNCH,
      files: entries.map((e) => e.name),
      passMark,
    });
    const schemaDir = join(root, 'lms', 'schemas', v.slug);
    const schemas = readdirSync(schemaDir)
      .filter((f) => f.endsWith('.xsd') && !f.startsWith('validate'))
      .sort()
      .map((name) => ({ name, data: readFileSync(join(schemaDir, name)) }));
    const all = [{ name: 'imsmanifest.xml', data: Buffer.from(xml, 'utf8') }, ...schemas, ...entries];
    const file = join(opts.out, `${NAME}-${v.slug}.zip`);
    writeFileSync(file, zip(all));
    console.log(`scorm-package: ${relative(root, file)} (SCORM ${version}, ${entries.length} files, ${(statSync(file).size / 1024).toFixed(0)} KB)`);
  }
}

main();
