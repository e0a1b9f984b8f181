// Navigation to "Start quiz" clickable, at 4x CPU slowdown: cold in a fresh context, then
// warm as a second load in the same context, once the first visit has settled (its HTTP
// cache, and its service worker when it has one).
import { CPU_SLOWDOWN, loadToStart, newContext, newPage, settle } from './browser.mjs';
import { median } from './stats.mjs';

export async function startTimes(browser, url, runs, { warm = true, core = false } = {}) {
  const cold = [];
  const hot = [];
  for (let i = 0; i < runs; i++) {
    const context = await newContext(browser);
    try {
      const first = await newPage(context, CPU_SLOWDOWN);
      cold.push(await loadToStart(first, url, undefined, { core }));
      if (warm) await settle(first);
      await first.close();
      if (warm) {
        const second = await newPage(context, CPU_SLOWDOWN);
        hot.push(await loadToStart(second, url, undefined, { core }));
      }
    } finally {
      await context.close();
    }
  }
  const summary = (samples) =>
    samples.length === 0
      ? null
      : {
          runs: samples.length,
          clickable: median(samples.map((s) => s.clickable)),
          painted: median(samples.map((s) => s.painted)),
          core: core ? median(samples.map((s) => s.core)) : null,
          wall: median(samples.map((s) => s.wall)),
          min: Math.min(...samples.map((s) => s.clickable)),
          max: Math.max(...samples.map((s) => s.clickable)),
        };
  return { cold: summary(cold), warm: summary(hot) };
}
