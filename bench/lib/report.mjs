// Turns the results into the Markdown that is printed and written to docs/BENCHMARKS.md.
import { kb, mb, ms, num, ok, ratio, shift, table } from './format.mjs';
import { leadsSection, slowSection, slowTargets } from './report-slow.mjs';

export const TARGETS = {
  lighthouse: 98,
  startColdMs: 1500,
  latencyP95Ms: 16,
  firstLoadBrotli: 100_000,
  wasmBrotli: 80_000,
  stretchBrotli: 60_000,
};

const failed = (r) => r?.error && !ok(r?.runs ?? NaN);

/** Markdown for the whole report. `r` is what run.mjs collected. */
export function render(r) {
  const out = [];
  const ours = r.ours;
  const peers = r.peers;
  const wasmFile = ours.bytes?.files.find((f) => f.file === ours.bytes.mainWasm);

  out.push('# Benchmarks', '');
  out.push(
    `Written by \`bench/run.sh\` on ${r.date}. Every figure below comes from that one run, of ${r.build.commit}; ` +
      'rerun the script rather than editing this file. How each figure is taken is described ' +
      'under "Method" at the end.',
    '',
    '```sh',
    'bench/run.sh              # npm ci if needed, release build, measure, rewrite this file (about 9 minutes plus the build, as measured at c626eb8)',
    'bench/run.sh --no-build   # measure the dist/ that is there',
    'bench/run.sh --quick      # a smoke run: fewer samples, prints only, writes nothing',
    '```',
    '',
  );

  out.push('## Machine and build', '');
  out.push(
    table(
      ['', ''],
      [
        ['CPU', `${r.machine.cpu}, ${r.machine.cores} cores`],
        ['RAM', `${r.machine.ramGiB} GiB`],
        ['OS', r.machine.os],
        ['Browser', `${r.machine.chromium} (headless=new)`],
        ['Node', r.machine.node],
        ['Tools', `Lighthouse ${r.tools.lighthouse}, Playwright ${r.tools.playwright}`],
        ['Build', `${r.build.source} (${r.build.commit}): ${r.build.files.map((f) => `\`${f}\``).join(', ')}`],
        ['Load average (1 min)', `${r.load.start.toFixed(2)} at the start, ${r.load.end.toFixed(2)} at the end`],
      ],
    ),
    '',
  );
  if (Math.max(r.load.start, r.load.end) > r.machine.cores / 2) {
    out.push(
      `**The machine was busy during this run** (load average above ${r.machine.cores / 2} on ${r.machine.cores} cores): ` +
        'the timings are inflated and noisier than on a quiet machine. Sizes and memory are not affected.',
      '',
    );
  }

  out.push(...slowTargets(r));
  out.push('## Earlier targets (reported, not enforced)', '');
  const mark = (met) => (met === null ? 'not measured' : met ? '**met**' : '**missed**');
  const lh = ours.lighthouse;
  const cold = ours.start?.cold?.clickable;
  const p95 = ours.latency?.p95;
  const total = ours.bytes?.total.brotli;
  const check = (value, pass) => (ok(value) ? pass(value) : null);
  out.push(
    table(
      ['target', 'figure', 'result'],
      [
        [`Lighthouse mobile performance ≥ ${TARGETS.lighthouse}`, num(lh?.score), mark(check(lh?.score, (v) => v >= TARGETS.lighthouse))],
        [`"Start quiz" clickable, cold, 4x CPU < ${TARGETS.startColdMs} ms`, ms(cold), mark(check(cold, (v) => v < TARGETS.startColdMs))],
        [`Answer latency p95, 4x CPU < ${TARGETS.latencyP95Ms} ms`, ms(p95), mark(check(p95, (v) => v < TARGETS.latencyP95Ms))],
        [`Budget: first load ≤ ${kb(TARGETS.firstLoadBrotli)} brotli`, kb(total), mark(check(total, (v) => v <= TARGETS.firstLoadBrotli))],
        [`Budget: wasm ≤ ${kb(TARGETS.wasmBrotli)} brotli`, kb(wasmFile?.brotli), mark(check(wasmFile?.brotli, (v) => v <= TARGETS.wasmBrotli))],
        [`Stretch: first load ≤ ${kb(TARGETS.stretchBrotli)} brotli`, kb(total), mark(check(total, (v) => v <= TARGETS.stretchBrotli))],
        ['(For information) whole first visit, brotli, service-worker precache included', kb(ours.bytes?.visit.brotli), '–'],
      ],
    ),
    '',
    'The answer latency runs to the frame that shows the feedback, and frames come every 16.7 ms, ' +
      'so even a click whose work took no time waits up to one frame: p95 < 16 ms is barely within ' +
      'reach by any page. The "click to feedback in the DOM" rows below show the part the quiz controls.',
    '',
  );

  out.push('## First visit: what was downloaded', '');
  if (ours.bytes) {
    const b = ours.bytes;
    const worker = {
      active: 'registered, and active by the end of the visit',
      timeout: 'registered, not active within 20 s',
      none: 'none',
    }[b.serviceWorker];
    out.push(
      table(
        ['file', 'downloads by the page', 'downloads by the service worker', 'raw', 'gzip -9', 'brotli -q 11'],
        [
          ...b.files.map((f) => [`\`${f.file}\``, f.fromPage, f.fromWorker, kb(f.raw), kb(f.gzip), kb(f.brotli)]),
          ['**first load** (the start screen): the distinct files the page itself asked for before "Start quiz" was shown, wasm chunks excepted', '', '', `**${kb(b.total.raw)}**`, `**${kb(b.total.gzip)}**`, `**${kb(b.total.brotli)}**`],
          ['**then**: the wasm chunks (the core and results, fetched once the start screen is painted; the progress screen when idle)', '', '', `**${kb(b.later.raw)}**`, `**${kb(b.later.gzip)}**`, `**${kb(b.later.brotli)}**`],
          [`**whole first visit**: all ${b.requests} downloads, repeats counted`, '', '', `**${kb(b.visit.raw)}**`, `**${kb(b.visit.gzip)}**`, `**${kb(b.visit.brotli)}**`],
        ],
      ),
      '',
      `Service worker: ${worker}.` +
        (b.files.some((f) => f.fromPage > 0 && f.fromWorker > 0)
          ? ' Its precache downloaded again, in full, files the page had just downloaded; the whole-visit total counts both.'
          : '') +
        (b.late.length ? ` Requested by the page only after "Start quiz" was shown: ${b.late.map((f) => `\`${f}\``).join(', ')}.` : ''),
      '',
    );
  } else {
    out.push(`Not measured: ${ours.errors.bytes}`, '');
  }
  const peerBytes = [];
  for (const peer of peers) {
    for (const [label, bytes] of peer.byteSets ?? []) {
      peerBytes.push([
        `${peer.name}: ${label}`,
        bytes.files.map((f) => `\`${f.file}\``).join(', '),
        kb(bytes.total.raw),
        kb(bytes.total.gzip),
        kb(bytes.total.brotli),
        ratio(ours.bytes?.total.gzip, bytes.total.gzip),
        ratio(ours.bytes?.total.brotli, bytes.total.brotli),
      ]);
    }
  }
  if (peerBytes.length) {
    out.push(
      'The peers, same method:',
      '',
      table(['peer', 'files', 'raw', 'gzip -9', 'brotli -q 11', 'ours / peer (gzip)', 'ours / peer (brotli)'], peerBytes),
      '',
    );
  }

  out.push(...slowSection(r));
  out.push('## Side by side', '');
  const vanilla = peers.find((p) => p.id === 'vanilla');
  const h5p = peers.find((p) => p.id === 'h5p');
  const columns = [ours, vanilla, h5p];
  const rows = [
    ['First load, brotli', (x) => x?.bytes?.total.brotli, kb],
    ['First load, gzip', (x) => x?.bytes?.total.gzip, kb],
    ['Whole first visit, brotli', (x) => x?.bytes?.visit.brotli, kb],
    [`Lighthouse performance (median of ${r.runs.lighthouse})`, (x) => x?.lighthouse?.score, num],
    ['Lighthouse FCP', (x) => x?.lighthouse?.fcp, ms],
    ['Lighthouse LCP', (x) => x?.lighthouse?.lcp, ms],
    ['Lighthouse TBT', (x) => x?.lighthouse?.tbt, ms],
    ['Lighthouse Speed Index', (x) => x?.lighthouse?.si, ms],
    ['Lighthouse CLS', (x) => x?.lighthouse?.cls, shift],
    [`"Start quiz" ready (clickable, not loading), cold (median of ${r.runs.loads})`, (x) => x?.start?.cold?.clickable, ms],
    [`"Start quiz" ready (clickable, not loading), warm (median of ${r.runs.loads})`, (x) => x?.start?.warm?.clickable, ms],
    [`Core chunk in (Start runs at once), cold; ours only`, (x) => x?.start?.cold?.core, ms],
    [`Core chunk in (Start runs at once), warm; ours only`, (x) => x?.start?.warm?.core, ms],
    [`Answer latency p50 (${r.runs.answers} answers)`, (x) => x?.latency?.p50, ms],
    [`Answer latency p95 (${r.runs.answers} answers)`, (x) => x?.latency?.p95, ms],
    ['Click to feedback in the DOM, p50', (x) => x?.latency?.domP50, ms],
    ['Click to feedback in the DOM, p95', (x) => x?.latency?.domP95, ms],
    ['JS heap on the start screen', (x) => x?.memory?.atStart?.jsUsed, mb],
    [`JS heap after ${r.runs.memoryQuestions} questions`, (x) => x?.memory?.after?.jsUsed, mb],
    ['Wasm memory on the start screen', (x) => x?.memory?.atStart?.wasm, mb],
    [`Wasm memory after ${r.runs.memoryQuestions} questions`, (x) => x?.memory?.after?.wasm, mb],
    [`Layout shift (CLS) over ${r.runs.memoryQuestions} questions, pictures included`, (x) => x?.memory?.layoutShift, shift],
  ];
  out.push(
    table(
      ['measure', 'ours', 'vanilla JS', 'H5P', 'ours / vanilla', 'ours / H5P'],
      rows.map(([label, get, fmt]) => [
        label,
        ...columns.map((c) => fmt(get(c))),
        ratio(get(ours), get(vanilla)),
        ratio(get(ours), get(h5p)),
      ]),
    ),
    '',
  );
  out.push(
    'Bytes for H5P are its core player only (main.bundle.js, frame.bundle.js, h5p.css), as in ' +
      "TOOLCHAIN.md; what its stub page fetched is in the table above. H5P's time and memory come from " +
      'its core player running a stub content type (a "Start quiz" button): the real question ' +
      'types are not on the npm registry, so these are lower bounds for any H5P quiz, and there is ' +
      'no H5P answer latency. Its Lighthouse paint figures see only the host page, since H5P draws ' +
      'inside an iframe.',
    '',
  );

  const details = [];
  if (ours.lighthousePlain) {
    details.push(
      `- Lighthouse for ours served **without compression** (as tests/e2e/server.mjs serves it), median of ${ours.lighthousePlain.runs}: score ${num(ours.lighthousePlain.score)}, ` +
        `FCP ${ms(ours.lighthousePlain.fcp)}, LCP ${ms(ours.lighthousePlain.lcp)}, TBT ${ms(ours.lighthousePlain.tbt)}, ` +
        `Speed Index ${ms(ours.lighthousePlain.si)}. The figures above are served with brotli, as a production host would.`,
    );
  }
  if (lh?.scores) details.push(`- Lighthouse scores of the ${lh.scores.length} runs (ours): ${lh.scores.join(', ')}.`);
  if (ours.start?.cold) {
    const s = ours.start;
    details.push(
      `- "Start quiz" cold: clickable ${ms(s.cold.clickable)} (range ${ms(s.cold.min)}–${ms(s.cold.max)}), next frame painted ${ms(s.cold.painted)}, ` +
        `wall clock from Node ${ms(s.cold.wall)}; warm: clickable ${ms(s.warm?.clickable)}, painted ${ms(s.warm?.painted)}, wall clock ${ms(s.warm?.wall)}.`,
    );
  }
  if (ours.latency) {
    const l = ours.latency;
    details.push(
      `- Answer latency (ours): painted p50 ${ms(l.p50)}, p95 ${ms(l.p95)}, max ${ms(l.max)}; ` +
        `by double requestAnimationFrame (one frame later than the paint) p50 ${ms(l.doubleRafP50)}, p95 ${ms(l.doubleRafP95)}.`,
    );
  }
  if (vanilla?.latency) {
    const l = vanilla.latency;
    details.push(`- Answer latency (vanilla): painted p50 ${ms(l.p50)}, p95 ${ms(l.p95)}, max ${ms(l.max)}; double rAF p50 ${ms(l.doubleRafP50)}, p95 ${ms(l.doubleRafP95)}.`);
  }
  if (ours.memory?.after) {
    const m = ours.memory;
    details.push(
      `- Memory run (ours): the page's run length was ${m.runLength} ` +
        (m.runs > 1 ? `(\`?count=${r.runs.memoryQuestions}\` not honoured yet), so ${m.runs} runs of ${m.runLength} were answered.` : `(\`?count=${r.runs.memoryQuestions}\` honoured), one run.`) +
        ` JS heap total (allocated) after: ${mb(m.after.jsTotal)}.`,
    );
  }
  for (const peer of peers) {
    for (const [what, why] of Object.entries(peer.errors ?? {})) details.push(`- ${peer.name}: ${what} not measured: ${why}`);
  }
  for (const [what, why] of Object.entries(ours.errors ?? {})) details.push(`- Ours: ${what} not measured: ${why}`);
  if (details.length) out.push('Details:', '', ...details, '');

  out.push('## Scaling: a 1,000-question custom bank', '');
  const sc = r.scaling;
  if (sc?.error) {
    out.push(`scaling: not measured: ${sc.error}`, '');
  } else if (!sc || sc.unavailable) {
    out.push(`scaling: not available yet (bank= parameter unsupported)${sc?.reason ? `: ${sc.reason}` : ''}`, '');
  } else {
    out.push(
      table(
        ['measure', 'built-in bank', '1,000-question bank', 'ratio'],
        [
          [`Bank file${sc.bankFetched ? '' : ' (never fetched!)'}, raw / brotli`, '(compiled in)', `${kb(sc.bankBytes?.raw)} / ${kb(sc.bankBytes?.brotli)}`, '–'],
          [`"Start quiz" clickable, cold, 4x CPU (median of ${r.runs.loads})`, ms(ours.start?.cold?.clickable), ms(sc.start?.cold?.clickable), ratio(sc.start?.cold?.clickable, ours.start?.cold?.clickable)],
          ['JS heap on the start screen', mb(ours.memory?.atStart?.jsUsed), mb(sc.memory?.atStart?.jsUsed), ratio(sc.memory?.atStart?.jsUsed, ours.memory?.atStart?.jsUsed)],
          ['Wasm memory on the start screen', mb(ours.memory?.atStart?.wasm), mb(sc.memory?.atStart?.wasm), ratio(sc.memory?.atStart?.wasm, ours.memory?.atStart?.wasm)],
          [`JS heap after ${r.runs.memoryQuestions} questions`, mb(ours.memory?.after?.jsUsed), mb(sc.memory?.after?.jsUsed), ratio(sc.memory?.after?.jsUsed, ours.memory?.after?.jsUsed)],
          [`Wasm memory after ${r.runs.memoryQuestions} questions`, mb(ours.memory?.after?.wasm), mb(sc.memory?.after?.wasm), ratio(sc.memory?.after?.wasm, ours.memory?.after?.wasm)],
        ],
      ),
      '',
    );
    for (const [what, why] of Object.entries(sc.errors ?? {})) out.push(`- ${what} not measured: ${why}`);
    if (Object.keys(sc.errors ?? {}).length) out.push('');
  }

  out.push(...leadsSection());
  out.push('## Method', '', ...METHOD(r), '');
  return out.join('\n');
}

const METHOD = (r) => [
  '- **Run:** `bench/run.sh` installs bench/\'s npm packages when missing (`npm ci`), builds the release ' +
    'with `tools/quiz.sh build` unless given `--no-build`, then runs `node bench/run.mjs`. The script copies ' +
    '`dist/` to a temporary folder first, so a rebuild during the run cannot change what is measured. ' +
    'Everything is served on 127.0.0.1 under a sub-path (`/quiz/`), each page on its own port, ' +
    'by bench/lib/server.mjs: brotli when the browser accepts it, `cache-control: no-cache` with an ETag.',
  '- **Browser:** Debian\'s Chromium at /usr/bin/chromium with `' + r.flags.join(' ') + '`, a 375×667 viewport. ' +
    'Playwright (playwright-core) drives it; Lighthouse launches its own instance through chrome-launcher.',
  '- **Bytes:** a fresh context loads the page and is followed until the load event, any service worker is ' +
    'active, and the network has been quiet for 500 ms. The server logs every full (200) response; Playwright ' +
    'tells which requests a service worker made (its own script included). "First load", the figure the budget ' +
    'is held to, is the distinct files the page itself downloaded before "Start quiz" was clickable; the ' +
    'wasm chunks it fetches after (the core, which the quiz needs past the start screen, and the results and progress screens) are counted apart; "whole first visit" is every download of ' +
    'the visit, a file downloaded twice counted twice. Each file is priced from disk with node:zlib, gzip ' +
    'level 9 and brotli quality 11 (what a host sends for already-compressed PNGs is close to their raw size). ' +
    'KB = 1,000 bytes.',
  `- **Lighthouse:** ${r.tools.lighthouse}, default mobile config (simulated slow 4G, 4x CPU), performance only, ` +
    `${r.runs.lighthouse} runs; each figure is the median of its own ${r.runs.lighthouse} values.`,
  '- **"Start quiz" clickable:** an init script (bench/lib/probe.js) watches the DOM with a MutationObserver ' +
    'and records `performance.now()` (time since navigation start) when a `<button>Start quiz</button>` is ' +
    'present, enabled, laid out and not described as loading (ours says "Loading…" until a run\'s code is in); inside a same-origin iframe (H5P) it converts to the top page\'s clock. ' +
    '"Painted" is the task after the next frame. The CPU is slowed 4x with CDP ' +
    '`Emulation.setCPUThrottlingRate` before navigating. Cold: a new browser context each run. Warm: a second ' +
    'page in the same context, so the HTTP cache (revalidated with the ETag: 304s) and compiled-code caches ' +
    `apply, and a service worker once there is one. Median of ${r.runs.loads} each; the wall clock seen from Node is in the details.`,
  `- **Answer latency:** at 4x CPU, ${r.runs.answers} answers over consecutive runs ("Try again" between them). ` +
    'Playwright holds each click for 100 ms, as a person does. The probe takes the click event\'s own ' +
    'timestamp on "Check answer" (so time queued behind other work counts), sees the feedback appear in `[data-testid=feedback]` with a MutationObserver, then stamps the ' +
    'task after the next frame (requestAnimationFrame, then a MessageChannel message): that frame is the one ' +
    'that shows the feedback. A double requestAnimationFrame lands one whole frame (≈16.7 ms) later than ' +
    'that, which would make a 16 ms target unreachable by construction, so it is reported only in the ' +
    'details. Percentiles are nearest-rank.',
  `- **Memory:** no CPU slowdown. CDP \`HeapProfiler.collectGarbage\`, then \`Runtime.getHeapUsage\` (used JS heap). ` +
    'Wasm memory is the byte length of the module\'s `WebAssembly.Memory`, read from the instance that Trunk\'s ' +
    'loader passes with its `TrunkApplicationStarted` event (wasm-bindgen exposes no `__wasm` on ' +
    `\`window.wasmBindings\`). Taken on the start screen and after ${r.runs.memoryQuestions} answered questions: one run ` +
    `with \`?count=${r.runs.memoryQuestions}\`, or as many runs as it takes when the page ignores that parameter.`,
  '- **Scaling:** a generated bank of 1,000 valid single-choice questions (4 topics) is written beside a copy ' +
    'of dist/ and loaded with `?bank=bank-1000.json`; the run checks that the page shows that bank\'s title.',
  '- **Peers:** the vanilla-JS quiz in bench/peers/vanilla/ (10 questions from the built-in bank, the same ' +
    'screens and labels), measured by the same code. H5P: npm `h5p-standalone@3.8.2` with its default ' +
    'options (an iframe) and a one-file stub content type in bench/peers/h5p/.',
];
