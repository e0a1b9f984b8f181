// A learner on a cheap phone over slow 4G (issue 18): the network throttled by CDP on top
// of 4x CPU, and "Start quiz" tapped as soon as it is ready. Cold in a fresh context with
// no service worker; warm as a second visit once a first has settled (HTTP cache, service
// worker); then a third visit with the context offline, which only a page with a service
// worker survives.
import { CPU_SLOWDOWN, newContext, newPage, settle } from './browser.mjs';
import { median } from './stats.mjs';

// Slow 4G as the issue gives it: 150 ms round trip, 1.6 Mbps down, 750 kbps up (1 Mbps =
// 10^6 bit/s; CDP takes bytes per second).
export const SLOW_4G = { latency: 150, downloadThroughput: 1.6e6 / 8, uploadThroughput: 0.75e6 / 8 };
// Every visit starts from "Start quiz": the attempt the last visit began is forgotten,
// as if the learner had finished it, so ours offers no "Resume" instead.
const TAP = 'window.__benchTapStart = true; try { localStorage.clear(); } catch {}';
const MARKS = ['fcp', 'lcp', 'screenPainted', 'startClickable', 'startPainted', 'questionPainted'];

/** A page at 4x CPU on slow 4G (or offline), that taps Start once it is ready. */
async function slowPage(context, offline) {
  const page = await newPage(context, CPU_SLOWDOWN);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', { offline, ...SLOW_4G });
  return page;
}

/** Loads `url` and resolves to the probe's marks once the first question is painted (or,
 * with `question` false, once Start is: H5P's stub has no questions). */
async function visit(page, url, timeout, question) {
  const mark = question ? 'questionPainted' : 'startPainted';
  await page.goto(url, { waitUntil: 'commit', timeout });
  await page.waitForFunction((m) => window.__bench?.[m] != null, mark, { timeout, polling: 50 });
  return page.evaluate((marks) => {
    const b = window.__bench;
    // The largest paint of the start screen: the last candidate painted by the frame that
    // showed Start ready (candidates arrive after their frame, so they are read here).
    const upTo = b.startPainted ?? Infinity;
    const lcps = b.lcps.filter((t) => t <= upTo);
    const lcp = lcps.length ? Math.max(...lcps) : null;
    return { ...Object.fromEntries(marks.filter((m) => m !== 'lcp').map((m) => [m, b[m]])), lcp };
  }, MARKS);
}

/** Medians over `runs` of cold, warm and offline visits; an offline failure is recorded
 * (and not tried again), not thrown. */
export async function slowTimes(browser, url, runs, { question = true } = {}) {
  const samples = { cold: [], warm: [], offline: [] };
  let offlineError = null;
  for (let i = 0; i < runs; i++) {
    // Cold in a context with service workers blocked: CDP throttles only the page's own
    // requests, and ours claims the first page, so its worker would fetch the chunks
    // unthrottled (the cold first question then read 1.3 s, under what 249 KB can take at
    // 1.6 Mbps). A real first visit is slower still: the worker's precache shares the link.
    const cold = await newContext(browser, { serviceWorkers: 'block' });
    await cold.addInitScript(TAP);
    try {
      samples.cold.push(await visit(await slowPage(cold, false), url, 60_000, question));
    } finally {
      await cold.close();
    }
    const context = await newContext(browser);
    await context.addInitScript(TAP);
    try {
      // An unmeasured first visit, so the next one is warm: HTTP cache, worker in control.
      const first = await slowPage(context, false);
      await visit(first, url, 60_000, question);
      await settle(first, 30_000);
      await first.close();
      const second = await slowPage(context, false);
      samples.warm.push(await visit(second, url, 60_000, question));
      await second.close();
      if (offlineError) continue;
      // setOffline cuts the page's requests; a service worker answers from its cache.
      await context.setOffline(true);
      const third = await slowPage(context, true);
      try {
        samples.offline.push(await visit(third, url, 15_000, question));
      } catch (error) {
        offlineError = String(error?.message ?? error).split('\n')[0].slice(0, 120);
      }
    } finally {
      await context.close();
    }
  }
  const summary = (list) =>
    list.length === 0 ? null : { runs: list.length, ...Object.fromEntries(MARKS.map((m) => [m, median(list.map((s) => s[m]))])) };
  return { cold: summary(samples.cold), warm: summary(samples.warm), offline: summary(samples.offline), offlineError, all: samples };
}
