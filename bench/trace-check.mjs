// Where a Check's frame goes: records a Chromium trace at 4x CPU while answering `N`
// questions and prints, per Check, the milliseconds of style (with elements restyled),
// layout, pre-paint, paint and script, then the most frequent invalidations and their
// reasons. Works on ours and the vanilla peer. For issue 18's answer-latency lead; writes
// nothing.
//
//   node bench/trace-check.mjs DIR [N]
import { resolve } from 'node:path';
import { CPU_SLOWDOWN, launch, loadToStart, newContext, newPage } from './lib/browser.mjs';
import { CLICK_HOLD_MS, pick } from './lib/quiz.mjs';
import { serve } from './lib/server.mjs';

const [dir, n = '6'] = process.argv.slice(2);
const SCRIPT = new Set(['FunctionCall', 'EventDispatch', 'FireAnimationFrame', 'RunMicrotasks']);
const server = await serve({ root: resolve(dir), prefix: '/quiz/' });
const browser = await launch();
try {
  const context = await newContext(browser);
  const page = await newPage(context, CPU_SLOWDOWN);
  await loadToStart(page, server.url);
  await page.getByRole('button', { name: 'Start quiz', exact: true }).click();
  const cdp = await context.newCDPSession(page);
  const events = [];
  cdp.on('Tracing.dataCollected', ({ value }) => events.push(...value));
  const done = new Promise((ok) => cdp.once('Tracing.tracingComplete', ok));
  await cdp.send('Tracing.start', {
    categories: 'devtools.timeline,disabled-by-default-devtools.timeline,disabled-by-default-devtools.timeline.invalidationTracking,blink.user_timing',
    transferMode: 'ReportEvents',
  });
  for (let i = 0; i < Number(n); i += 1) {
    await page.getByRole('button', { name: 'Check answer', exact: true }).waitFor();
    await pick(page);
    await page.evaluate(() => performance.mark('check'));
    await page.getByRole('button', { name: 'Check answer', exact: true }).click({ delay: CLICK_HOLD_MS });
    await page.waitForTimeout(400);
    await page.evaluate(() => performance.mark('next'));
    await page.getByRole('button', { name: /^(Next question|See results)$/ }).click();
    await page.waitForTimeout(300);
  }
  await cdp.send('Tracing.end');
  await done;
  const marks = events.filter((e) => e.name === 'check' || e.name === 'next').sort((a, b) => a.ts - b.ts);
  const windows = marks.filter((m) => m.name === 'check').map((m) => [m.ts, marks.find((x) => x.ts > m.ts && x.name === 'next')?.ts ?? Infinity]);
  const within = (e, [a, b]) => e.ts >= a && e.ts < b;
  const totals = {};
  for (const w of windows) {
    const evs = events.filter((e) => within(e, w) && e.ph === 'X');
    const sum = (name) => evs.filter((e) => e.name === name).reduce((s, e) => s + (e.dur ?? 0) / 1000, 0);
    // Script events nest (a FunctionCall inside an EventDispatch inside RunMicrotasks...):
    // count only the outermost, so no millisecond is counted twice.
    const scripts = evs.filter((e) => SCRIPT.has(e.name)).sort((a, b) => a.ts - b.ts || b.dur - a.dur);
    let scriptEnd = -Infinity;
    let script = 0;
    for (const e of scripts) {
      if (e.ts >= scriptEnd) {
        script += (e.dur ?? 0) / 1000;
        scriptEnd = e.ts + (e.dur ?? 0);
      }
    }
    const style = evs.filter((e) => e.name === 'UpdateLayoutTree');
    const row = {
      style: sum('UpdateLayoutTree').toFixed(1),
      elements: style.map((e) => e.args?.elementCount ?? e.args?.data?.elementCount ?? '?').join('+'),
      layout: sum('Layout').toFixed(1),
      paint: sum('Paint').toFixed(1),
      prePaint: sum('PrePaint').toFixed(1),
      script: script.toFixed(1),
    };
    console.log(JSON.stringify(row));
    for (const e of events.filter((e) => within(e, w) && /Invalidation/.test(e.name))) {
      const d = e.args?.data ?? {};
      const key = `${e.name} ${d.reason ?? ''} ${d.nodeName ?? ''} ${(d.invalidationList ?? []).map((x) => JSON.stringify(x)).join(' ')} ${d.invalidatedSelectorId ?? ''} ${d.changedClass ?? d.changedAttribute ?? d.changedPseudo ?? d.changedId ?? ''}`;
      totals[key] = (totals[key] ?? 0) + 1;
    }
  }
  for (const [k, v] of Object.entries(totals).sort((a, b) => b[1] - a[1]).slice(0, 40)) console.log(v, k);
} finally {
  await browser.close();
  await server.close();
}
