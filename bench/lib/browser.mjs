// Debian's Chromium, never a downloaded browser; the flags keep it off the closed network.
import { readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';
export const FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
export const CPU_SLOWDOWN = 4;
// The e2e tests' phone-sized viewport.
const VIEWPORT = { width: 375, height: 667 };

const PROBE = readFileSync(new URL('./probe.js', import.meta.url), 'utf8');

export function launch() {
  return chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
}

/** A fresh context (no cache, no storage) with the in-page probe installed. */
export async function newContext(browser, options = {}) {
  const context = await browser.newContext({ viewport: VIEWPORT, ...options });
  await context.addInitScript(PROBE);
  return context;
}

/** A page whose renderer runs `rate` times slower, set before anything loads. */
export async function newPage(context, rate = 1) {
  const page = await context.newPage();
  if (rate !== 1) {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  }
  return page;
}

/**
 * Navigates and resolves to the probe's timings once "Start quiz" is clickable and painted,
 * and, with `core`, once our core chunk is in as well.
 */
export async function loadToStart(page, url, timeout = 30_000, { core = false } = {}) {
  const before = Date.now();
  await page.goto(url, { waitUntil: 'commit', timeout });
  await page.waitForFunction(() => window.__bench?.startPainted != null, null, { timeout, polling: 50 });
  const wall = Date.now() - before;
  if (core) await page.waitForFunction(() => window.__bench.coreReady != null, null, { timeout, polling: 50 });
  const probe = await page.evaluate(() => ({
    shown: window.__bench.screenShown,
    clickable: window.__bench.startClickable,
    painted: window.__bench.startPainted,
    core: window.__bench.coreReady,
  }));
  return { ...probe, wall };
}

/**
 * Waits for the load event and, when the page registers a service worker, for that worker
 * to be active (its precache done). Resolves to 'active', 'none' or 'timeout'.
 */
export async function settle(page, timeout = 20_000) {
  await page.waitForLoadState('load', { timeout });
  return page.evaluate(async (timeout) => {
    if (!('serviceWorker' in navigator)) return 'none';
    const sleep = (ms) => new Promise((ok) => setTimeout(ok, ms));
    // register() is often called from a load listener and its registration appears a
    // little later, so look for a while before deciding there is none.
    for (let waited = 0; waited < 1500; waited += 100) {
      if (await navigator.serviceWorker.getRegistration()) {
        return Promise.race([navigator.serviceWorker.ready.then(() => 'active'), sleep(timeout).then(() => 'timeout')]);
      }
      await sleep(100);
    }
    return 'none';
  }, timeout);
}
