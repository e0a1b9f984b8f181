// Packages for the LMS specs, made as a provider makes them: `quiz-bank package` (the Rust
// packager, quiz_core::package) over the build the specs serve, each zip then unzipped
// into a folder of its own to serve.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { crc32, inflateRawSync } from 'node:zlib';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
/** The build the specs serve, as playwright.config.mjs picks it. */
const dist = resolve(join(root, 'tests', 'e2e'), process.env.QUIZ_E2E_DIST ?? '../../dist');

/**
 * Runs the packager; returns `{ slug: folder }` for each zip made, unzipped.
 * `bank` is a bank file (JSON or GIFT) or none for the built-in bank; `only` the zips.
 */
export function packaged({ settings = '', title = '', bank, only = 'scorm12,scorm2004,cmi5,web', media } = {}) {
  const out = mkdtempSync(join(tmpdir(), 'quiz-package-'));
  const args = ['run', '--quiet', '-p', 'quiz-bank', '--', 'package', '--quiz', dist, '--out', out, '--settings', settings, '--only', only];
  if (title) args.push('--title', title);
  if (media) args.push('--media', media);
  if (bank) args.push(bank);
  execFileSync('cargo', args, { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  const folders = {};
  for (const slug of only.split(',')) {
    const dir = join(out, slug);
    for (const { name, data } of unzip(readFileSync(join(out, `${slug}.zip`)))) {
      mkdirSync(dirname(join(dir, name)), { recursive: true });
      writeFileSync(join(dir, name), data);
    }
    folders[slug] = dir;
  }
  return folders;
}

/** The entries of a plain zip, [{ name, data }], each checked against its CRC-32. */
export function unzip(buffer) {
  const end = buffer.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (end < 0) throw new Error('not a zip: no end of central directory');
  const count = buffer.readUInt16LE(end + 10);
  let at = buffer.readUInt32LE(end + 16);
  const entries = [];
  for (let i = 0; i < count; i++) {
    if (buffer.readUInt32LE(at) !== 0x02014b50) throw new Error('broken central directory');
    const method = buffer.readUInt16LE(at + 10);
    const size = buffer.readUInt32LE(at + 20);
    const nameLength = buffer.readUInt16LE(at + 28);
    const skip = nameLength + buffer.readUInt16LE(at + 30) + buffer.readUInt16LE(at + 32);
    const name = buffer.toString('utf8', at + 46, at + 46 + nameLength);
    const local = buffer.readUInt32LE(at + 42);
    const start = local + 30 + buffer.readUInt16LE(local + 26) + buffer.readUInt16LE(local + 28);
    const body = buffer.subarray(start, start + size);
    const data = method === 8 ? inflateRawSync(body) : Buffer.from(body);
    if (crc32(data) !== buffer.readUInt32LE(at + 16)) throw new Error(`${name}: CRC mismatch`);
    entries.push({ name, data });
    at += 46 + skip;
  }
  return entries;
}
