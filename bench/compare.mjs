// A/B for one change at a time (issue 18's leads): serves each built folder given and
// measures it on slow 4G and 4x CPU (bench/lib/slow.mjs), optionally with Lighthouse and
// answer latency at 4x CPU (bench/lib/quiz.mjs). Prints medians as JSON lines, with the
// load average; writes nothing. `--runs 0` skips the loads, e.g. to compare latency only.
//
//   node bench/compare.mjs [--runs N] [--lighthouse N] [--answers N] DIR...
import { loadavg } from 'node:os';
import { resolve } from 'node:path';
import { launch } from './lib/browser.mjs';
import { lighthouseRuns } from './lib/lighthouse.mjs';
import { answerLatency } from './lib/quiz.mjs';
import { serve } from './lib/server.mjs';
import { slowTimes } from './lib/slow.mjs';

const args = process.argv.slice(2);
const take = (name, fallback) => {
  const at = args.indexOf(name);
  if (at < 0) return fallback;
  const [value] = args.splice(at, 2).slice(1);
  return Number(value);
};
const runs = take('--runs', 5);
const lhRuns = take('--lighthouse', 0);
const answers = take('--answers', 0);
for (const dir of args) {
  const server = await serve({ root: resolve(dir), prefix: '/quiz/' });
  const load = loadavg()[0];
  const browser = await launch();
  try {
    const slow = runs ? await slowTimes(browser, server.url, runs) : null;
    const lh = lhRuns ? await lighthouseRuns(server.url, lhRuns) : null;
    const latency = answers ? await answerLatency(browser, server.url, answers) : null;
    const pick = (s) => s && { fcp: s.fcp, lcp: s.lcp, screen: s.screenPainted, ready: s.startClickable, question: s.questionPainted };
    const perRun = slow?.all.cold.map((s) => Math.round(s.questionPainted));
    console.log(JSON.stringify({ dir, runs, load: [load, loadavg()[0]].map((l) => l.toFixed(2)), cold: pick(slow?.cold), warm: pick(slow?.warm), offline: pick(slow?.offline), coldQuestionPerRun: perRun, lighthouse: lh && { score: lh.score, lcp: lh.lcp, scores: lh.scores }, latency }));
  } finally {
    await browser.close();
    await server.close();
  }
}
