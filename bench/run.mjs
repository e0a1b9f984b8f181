// The benchmark: sizes, Lighthouse, time to a clickable start, answer latency, memory and
// scaling of the release build, beside a vanilla-JS quiz and H5P's player, all measured the
// same way in Debian's Chromium. Prints Markdown and writes it to docs/BENCHMARKS.md.
//
//   node bench/run.mjs [--quick] [--dist DIR] [--no-write]
//
// --quick: one Lighthouse run, two loads, 12 answers; for checking the script, never written.
// Progress goes to stderr, the report to stdout. bench/run.sh installs and builds first.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FLAGS, launch, loadToStart, newContext, newPage } from './lib/browser.mjs';
import { fileBytes, firstLoadBytes } from './lib/bytes.mjs';
import { generateBank, SCALE_TITLE } from './lib/bank.mjs';
import { lighthouseRuns } from './lib/lighthouse.mjs';
import { startTimes } from './lib/load.mjs';
import { slowTimes } from './lib/slow.mjs';
import { machine } from './lib/machine.mjs';
import { answerLatency, memory } from './lib/quiz.mjs';
import { render } from './lib/report.mjs';
import { serve } from './lib/server.mjs';
import { sizes } from '../tools/lib/sizes.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const project = resolve(here, '..');
const args = process.argv.slice(2);
const option = (name) => {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
};
const quick = args.includes('--quick');
const write = !quick && !args.includes('--no-write');
const dist = resolve(option('--dist') ?? join(project, 'dist'));

const RUNS = quick
  ? { lighthouse: 1, loads: 2, slow: 1, answers: 12, memoryQuestions: 48 }
  : { lighthouse: 5, loads: 10, slow: 5, answers: 50, memoryQuestions: 48 };
const SCALE_QUESTIONS = 1000;
const H5P_CORE = ['main.bundle.js', 'frame.bundle.js', 'styles/h5p.css'];

const began = Date.now();
const loadAtStart = loadavg()[0];
const say = (message) => {
  const s = Math.round((Date.now() - began) / 1000);
  process.stderr.write(`[${String(Math.floor(s / 60)).padStart(2, '0')}:${String(s % 60).padStart(2, '0')}] ${message}\n`);
};

/** Runs one measurement; a failure is recorded under `what` and the run goes on. */
async function attempt(subject, what, measure) {
  say(`${subject.name}: ${what}`);
  try {
    return await measure();
  } catch (error) {
    const reason = String(error?.message ?? error).split('\n')[0].slice(0, 200);
    subject.errors[what] = reason;
    say(`  failed: ${reason}`);
    return null;
  }
}

function packageVersion(name) {
  return JSON.parse(readFileSync(join(here, 'node_modules', name, 'package.json'), 'utf8')).version;
}

function buildInfo(copy) {
  const git = (...a) => execFileSync('git', ['-C', project, ...a], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  let commit = 'not a git checkout';
  try {
    commit = `commit ${git('rev-parse', '--short', 'HEAD')}${git('status', '--porcelain', '--', 'src', 'index.html', 'style', 'Cargo.toml', 'Cargo.lock', 'Trunk.toml') ? ' plus uncommitted changes' : ''}`;
  } catch {
    // Keep the placeholder.
  }
  // Precompressed copies are a hosting convenience, not part of what the browser loads.
  const files = readdirSync(copy, { withFileTypes: true })
    .filter((e) => !e.name.startsWith('.') && !/\.(br|gz)$/.test(e.name))
    .map((e) => (e.isDirectory() ? `${e.name}/` : e.name))
    .sort();
  return { source: 'dist/', commit, files };
}

/** Trunk writes into dist/.stage and swaps it in at the end: never copy a half-built dist/. */
async function waitForBuild() {
  const deadline = Date.now() + 10 * 60_000;
  while (existsSync(join(dist, '.stage'))) {
    if (Date.now() > deadline) throw new Error(`${dist}/.stage has been there for 10 minutes: is a build stuck?`);
    say('a build is writing dist/; waiting for it to finish');
    await new Promise((ok) => setTimeout(ok, 5_000));
  }
}

if (!existsSync(join(dist, 'index.html'))) {
  console.error(`No release build in ${dist}: run bench/run.sh (it builds), or tools/quiz.sh build.`);
  process.exit(1);
}

// Copies, so that a rebuild of dist/ during the run cannot change what is measured.
await waitForBuild();
const work = mkdtempSync(join(tmpdir(), 'quiz-bench-'));
const sites = {
  quiz: join(work, 'quiz'),
  vanilla: join(work, 'vanilla'),
  h5p: join(work, 'h5p'),
  scale: join(work, 'scale'),
};
const fromDist = (src) => !src.endsWith('/.stage');
cpSync(dist, sites.quiz, { recursive: true, filter: fromDist });
cpSync(join(here, 'peers', 'vanilla'), sites.vanilla, { recursive: true });
cpSync(join(here, 'peers', 'h5p'), sites.h5p, { recursive: true });
cpSync(join(here, 'node_modules', 'h5p-standalone', 'dist'), join(sites.h5p, 'player'), { recursive: true });
cpSync(dist, sites.scale, { recursive: true, filter: fromDist });
const bankFile = join(sites.scale, 'bank-1000.json');
writeFileSync(bankFile, JSON.stringify(generateBank(SCALE_QUESTIONS), null, 2));

const build = buildInfo(sites.quiz);
const servers = [];
async function site(root, prefix, options = {}) {
  const server = await serve({ root, prefix, ...options });
  servers.push(server);
  return { server, url: server.url, root, prefix };
}

const ours = { id: 'ours', name: 'ours', errors: {} };
const vanilla = { id: 'vanilla', name: 'vanilla JS', errors: {} };
const h5p = { id: 'h5p', name: 'H5P', errors: {} };
let scaling = null;
let browser = null;

try {
  say(`copied ${dist} to ${work}; starting servers (brotli -q 11 up front)`);
  const oursSite = await site(sites.quiz, '/quiz/');
  const oursPlain = await site(sites.quiz, '/quiz/', { compress: false });
  const vanillaSite = await site(sites.vanilla, '/vanilla/');
  const h5pSite = await site(sites.h5p, '/h5p/');
  const scaleSite = await site(sites.scale, '/quiz/');

  browser = await launch();
  const browserVersion = browser.version();

  ours.bytes = await attempt(ours, 'bytes', () => firstLoadBytes(browser, oursSite));
  vanilla.bytes = await attempt(vanilla, 'bytes', () => firstLoadBytes(browser, vanillaSite));
  vanilla.byteSets = vanilla.bytes ? [['as fetched', vanilla.bytes]] : [];
  h5p.bytes = await attempt(h5p, 'bytes', () => fileBytes(join(sites.h5p, 'player'), H5P_CORE));
  const h5pFetched = await attempt(h5p, 'bytes of the stub page', () => firstLoadBytes(browser, h5pSite));
  h5p.byteSets = [
    ...(h5p.bytes ? [['core player', h5p.bytes]] : []),
    ...(h5pFetched ? [['stub page, as fetched', h5pFetched]] : []),
  ];

  ours.start = await attempt(ours, 'start clickable', () => startTimes(browser, oursSite.url, RUNS.loads, { core: true }));
  vanilla.start = await attempt(vanilla, 'start clickable', () => startTimes(browser, vanillaSite.url, RUNS.loads));
  h5p.start = await attempt(h5p, 'start clickable', () => startTimes(browser, h5pSite.url, RUNS.loads));

  ours.slow = await attempt(ours, 'slow 4G', () => slowTimes(browser, oursSite.url, RUNS.slow));
  vanilla.slow = await attempt(vanilla, 'slow 4G', () => slowTimes(browser, vanillaSite.url, RUNS.slow));
  h5p.slow = await attempt(h5p, 'slow 4G', () => slowTimes(browser, h5pSite.url, RUNS.slow, { question: false }));

  ours.latency = await attempt(ours, 'answer latency', () => answerLatency(browser, oursSite.url, RUNS.answers));
  vanilla.latency = await attempt(vanilla, 'answer latency', () => answerLatency(browser, vanillaSite.url, RUNS.answers));
  h5p.errors['answer latency'] = 'the stub content type has no questions (no H5P question type on the npm registry)';

  const count = `?count=${RUNS.memoryQuestions}`;
  ours.memory = await attempt(ours, 'memory', () => memory(browser, oursSite.url + count, RUNS.memoryQuestions));
  vanilla.memory = await attempt(vanilla, 'memory', () => memory(browser, vanillaSite.url, RUNS.memoryQuestions));
  h5p.memory = await attempt(h5p, 'memory', () => memory(browser, h5pSite.url, 0));

  scaling = await measureScaling(scaleSite).catch((error) => ({ error: String(error?.message ?? error).split('\n')[0] }));

  await browser.close();
  browser = null;

  // Lighthouse last, in its own Chromium, with nothing else running on the two cores.
  ours.lighthouse = await attempt(ours, 'Lighthouse', () => lighthouseRuns(oursSite.url, RUNS.lighthouse));
  // A side figure: fewer runs keep the whole benchmark under ten minutes.
  ours.lighthousePlain = await attempt(ours, 'Lighthouse, uncompressed', () =>
    lighthouseRuns(oursPlain.url, Math.min(3, RUNS.lighthouse)),
  );
  vanilla.lighthouse = await attempt(vanilla, 'Lighthouse', () => lighthouseRuns(vanillaSite.url, RUNS.lighthouse));
  h5p.lighthouse = await attempt(h5p, 'Lighthouse', () => lighthouseRuns(h5pSite.url, RUNS.lighthouse));
  for (const subject of [ours, vanilla, h5p]) {
    for (const key of ['lighthouse', 'lighthousePlain']) {
      if (subject[key]?.runs === 0) {
        subject.errors[key === 'lighthouse' ? 'Lighthouse' : 'Lighthouse, uncompressed'] = subject[key].error;
        subject[key] = null;
      }
    }
  }

  const report = render({
    date: new Date().toISOString().replace('T', ' ').replace(/\.\d+Z$/, ' UTC'),
    machine: machine(browserVersion),
    tools: { lighthouse: ours.lighthouse?.version ?? packageVersion('lighthouse'), playwright: packageVersion('playwright-core') },
    build,
    load: { start: loadAtStart, end: loadavg()[0] },
    flags: FLAGS,
    runs: RUNS,
    ours,
    peers: [vanilla, h5p],
    scaling,
  });
  process.stdout.write(`${report}\n`);
  if (write) {
    const docs = join(project, 'docs');
    mkdirSync(docs, { recursive: true });
    writeFileSync(join(docs, 'BENCHMARKS.md'), `${report}\n`);
    say('wrote docs/BENCHMARKS.md');
  }
  say('done');
} finally {
  await browser?.close();
  await Promise.all(servers.map((s) => s.close()));
  rmSync(work, { recursive: true, force: true });
}

/** The same load and memory figures with a 1,000-question bank given by ?bank=. */
async function measureScaling(scaleSite) {
  const subject = { name: 'scaling', errors: {} };
  const url = `${scaleSite.url}?bank=bank-1000.json`;
  say(`scaling: probing ${url}`);
  const context = await newContext(browser);
  try {
    const page = await newPage(context);
    try {
      await loadToStart(page, url, 20_000);
    } catch {
      const shown = (await page.locator('body').innerText().catch(() => '')).replace(/\s+/g, ' ').trim().slice(0, 160);
      return { unavailable: true, reason: `no "Start quiz" within 20 s; the page showed "${shown}"` };
    }
    const title = ((await page.locator('h1').first().textContent({ timeout: 2_000 }).catch(() => '')) ?? '').trim();
    if (title !== SCALE_TITLE) return { unavailable: true, reason: `the page showed the bank "${title}"` };
  } finally {
    await context.close();
  }
  const start = await attempt(subject, 'start clickable', () => startTimes(browser, url, RUNS.loads, { warm: false }));
  const mem = await attempt(subject, 'memory', () => memory(browser, `${url}&count=${RUNS.memoryQuestions}`, RUNS.memoryQuestions));
  const bankFetched = scaleSite.server.log.some((e) => e.path.endsWith('/bank-1000.json') && e.status === 200);
  return { start, memory: mem, bankBytes: sizes(readFileSync(bankFile)), bankFetched, errors: subject.errors };
}
