// Checks the SCORM packages `make scorm` wrote: each zip reads back, its imsmanifest.xml
// is valid against the official schemas (xmllint --schema, Debian's libxml2-utils), and
// the manifest lists every file of the quiz (the built-in bank's pictures included) and
// nothing the zip lacks.
//   node tools/scorm-validate.mjs [dist-lms]
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { VERSIONS } from './scorm-manifest.mjs';
import { unzip } from './zip.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = process.argv[2] ?? join(root, 'dist-lms');
const problems = [];

for (const v of Object.values(VERSIONS)) {
  const file = join(out, `pmo-leader-quiz-${v.slug}.zip`);
  let entries;
  try {
    entries = unzip(readFileSync(file));
  } catch (e) {
    problems.push(`${file}: ${e.message}`);
    continue;
  }
  const xml = entries.find((e) => e.name === 'imsmanifest.xml')?.data.toString('utf8');
  if (!xml) {
    problems.push(`${file}: no imsmanifest.xml at its root`);
    continue;
  }
  const dir = mkdtempSync(join(tmpdir(), 'scorm-'));
  const manifestPath = join(dir, 'imsmanifest.xml');
  writeFileSync(manifestPath, xml);
  const schema = join(root, 'lms', 'schemas', v.slug, 'validate.xsd');
  const run = spawnSync('xmllint', ['--noout', '--schema', schema, manifestPath], { encoding: 'utf8' });
  rmSync(dir, { recursive: true });
  if (run.error) problems.push(`xmllint: ${run.error.message} (tools/quiz.sh setup installs libxml2-utils)`);
  else if (run.status !== 0) problems.push(`${file}: imsmanifest.xml is not valid SCORM ${v.schemaversion}:\n${run.stderr}`);
  const listed = new Set([...xml.matchAll(/<file href="([^"]*)"/g)].map((m) => m[1]));
  const schemas = new Set(readdirSync(join(root, 'lms', 'schemas', v.slug)).filter((f) => !f.startsWith('validate')));
  const names = new Set(entries.map((e) => e.name));
  for (const name of names) {
    if (name !== 'imsmanifest.xml' && !schemas.has(name) && !listed.has(name)) problems.push(`${file}: ${name} is not listed in the manifest`);
  }
  for (const name of listed) if (!names.has(name)) problems.push(`${file}: the manifest lists ${name}, which the zip lacks`);
  for (const name of schemas) if (!names.has(name)) problems.push(`${file}: schema ${name} is missing`);
  // The built-in bank's pictures travel in the package (issue 27), listed like every file.
  const pictures = readdirSync(join(root, 'src', 'content', 'images'));
  for (const picture of pictures) {
    if (!listed.has(`content/images/${picture}`)) problems.push(`${file}: the picture content/images/${picture} is not in the package`);
  }
  const launch = xml.match(/ href="([^"]*)">/)?.[1];
  if (!launch || !names.has(launch)) problems.push(`${file}: the launch page ${launch} is not in the zip`);
  if (!problems.length) console.log(`scorm-validate: ${file}: valid SCORM ${v.schemaversion}, ${listed.size} files listed`);
}

if (problems.length) {
  for (const p of problems) console.error(p);
  process.exit(1);
}
