// The report's slow-4G section and issue 18's targets, apart from report.mjs to keep each
// file short. `r` is what run.mjs collected.
import { existsSync, readFileSync } from 'node:fs';
import { kb, ms, num, ok, table } from './format.mjs';

export const SLOW_TARGETS = {
  questionColdMs: 1500,
  visitBrotli: 160_000,
  startScreenBrotli: 100_000,
  lcpMs: 1000,
  lighthouse: 99,
  latencyVsVanilla: 1.5,
};

const mark = (value, pass) => (ok(value) ? (pass(value) ? '**met**' : '**missed**') : 'not measured');

/** Issue 18's targets, each with its figure from this run. */
export function slowTargets(r) {
  const ours = r.ours;
  const vanilla = r.peers.find((p) => p.id === 'vanilla');
  const question = ours.slow?.cold?.questionPainted;
  const visit = ours.bytes?.visit.brotli;
  const screen = ours.bytes?.total.brotli;
  const lh = ours.lighthouse;
  const p95 = ours.latency?.p95;
  const limit = ok(vanilla?.latency?.p95) ? vanilla.latency.p95 * SLOW_TARGETS.latencyVsVanilla : NaN;
  return [
    '## Issue 18 targets (reported, not enforced)',
    '',
    table(
      ['target', 'figure', 'result'],
      [
        [`First question interactive, cold, slow 4G and 4x CPU ≤ ${SLOW_TARGETS.questionColdMs} ms`, ms(question), mark(question, (v) => v <= SLOW_TARGETS.questionColdMs)],
        [`Whole first visit ≤ ${kb(SLOW_TARGETS.visitBrotli)} brotli (every download, repeats counted)`, kb(visit), mark(visit, (v) => v <= SLOW_TARGETS.visitBrotli)],
        [`Start screen (first load) ≤ ${kb(SLOW_TARGETS.startScreenBrotli)} brotli`, kb(screen), mark(screen, (v) => v <= SLOW_TARGETS.startScreenBrotli)],
        [`Lighthouse LCP ≤ ${SLOW_TARGETS.lcpMs} ms (median of ${r.runs.lighthouse})`, ms(lh?.lcp), mark(lh?.lcp, (v) => v <= SLOW_TARGETS.lcpMs)],
        [`Lighthouse mobile performance ≥ ${SLOW_TARGETS.lighthouse} (median of ${r.runs.lighthouse})`, num(lh?.score), mark(lh?.score, (v) => v >= SLOW_TARGETS.lighthouse)],
        [
          `Answer to painted feedback p95 ≤ ${SLOW_TARGETS.latencyVsVanilla}x the vanilla peer's (${ms(vanilla?.latency?.p95)}), so ≤ ${ms(limit)}`,
          ms(p95),
          mark(p95, (v) => ok(limit) && v <= limit),
        ],
      ],
    ),
    '',
  ];
}

/** Slow 4G on top of 4x CPU: cold, warm and offline, for ours and the peers. */
export function slowSection(r) {
  const columns = [r.ours, ...r.peers];
  const out = ['## Slow 4G and 4x CPU: as a learner on a cheap phone meets it', ''];
  const rows = [];
  for (const [visit, name] of [['cold', 'cold'], ['warm', 'warm'], ['offline', 'repeat visit, offline']]) {
    rows.push(
      [`First contentful paint (the browser's), ${name}`, ...columns.map((c) => ms(c.slow?.[visit]?.fcp))],
      [`Largest contentful paint until Start is ready (the browser's), ${name}`, ...columns.map((c) => ms(c.slow?.[visit]?.lcp))],
      [`Start screen painted, ${name}`, ...columns.map((c) => ms(c.slow?.[visit]?.screenPainted))],
      [`"Start quiz" ready (clickable, not loading), ${name}`, ...columns.map((c) => ms(c.slow?.[visit]?.startClickable))],
      [`First question interactive (Start tapped when ready), ${name}`, ...columns.map((c) => ms(c.slow?.[visit]?.questionPainted))],
    );
  }
  out.push(table(['measure (median)', ...columns.map((c) => c.name)], rows), '');
  const notes = [];
  for (const c of columns) {
    if (c.slow?.offlineError) notes.push(`- ${c.name}: no repeat visit offline: ${c.slow.offlineError}`);
    if (c.slow?.cold) {
      const runs = c.slow.all.cold.map((s) => ms(s.questionPainted ?? s.startPainted)).join(', ');
      notes.push(`- ${c.name}: ${c.slow.cold.runs} runs; cold ${c.id === 'h5p' ? 'Start painted' : 'first question'} per run: ${runs}.`);
    }
    if (c.errors?.['slow 4G']) notes.push(`- ${c.name}: not measured: ${c.errors['slow 4G']}`);
  }
  if (r.peers.some((p) => p.id === 'h5p')) notes.push("- H5P's stub content type has no questions: its rows stop at Start.");
  out.push(...notes, '');
  out.push(
    'Network throttled by CDP `Network.emulateNetworkConditions` on the page (150 ms latency, 1.6 Mbps down, ' +
      '750 kbps up; 1 Mbps = 10^6 bit/s) with `Emulation.setCPUThrottlingRate` 4. Times are from navigation start, ' +
      'by the probe: "painted" is the task after the next frame. The first and largest contentful paints are the ' +
      'browser\'s own (PerformanceObserver), measured on this real throttled link, unlike Lighthouse\'s simulated ' +
      'figures; the largest is the last candidate painted by the frame that showed Start ready. "Start quiz" ready means laid out, enabled and not ' +
      'described as loading (ours says "Loading…" until the core and results chunks are in). The probe taps Start ' +
      'the moment it is ready; the first question is interactive when its "Check answer" button is laid out and ' +
      'enabled, painted. Cold: a fresh context with service workers blocked, because CDP throttles the page\'s ' +
      'own requests and not a service worker\'s, and ours takes control of the first page (a cold visit with its ' +
      'worker read faster than the bytes allow). A real first visit is slower still, as the worker\'s precache ' +
      'shares the link. Warm: a second page in another context, after a first visit there settled (load, service ' +
      'worker active), so its chunk fetches go through the unthrottled worker. Offline: a third page with the ' +
      'context and the page offline.',
    '',
  );
  return out;
}

/** The A/B measurements of issue 18's leads, kept by hand in bench/leads.md (each figure
 * there names its own commit and load), carried into the report so it is not lost on a rerun. */
export function leadsSection() {
  const file = new URL('../leads.md', import.meta.url);
  return existsSync(file) ? [readFileSync(file, 'utf8').trim(), ''] : [];
}
