// Lighthouse 12's default mobile run (simulated slow 4G, 4x CPU), performance only.
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM, FLAGS } from './browser.mjs';
import { median } from './stats.mjs';

const AUDITS = {
  fcp: 'first-contentful-paint',
  lcp: 'largest-contentful-paint',
  tbt: 'total-blocking-time',
  si: 'speed-index',
  cls: 'cumulative-layout-shift',
};

/** Median of each figure over `runs` runs, taken separately (not one "median run"). */
export async function lighthouseRuns(url, runs) {
  const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM, chromeFlags: FLAGS });
  const samples = [];
  const errors = [];
  try {
    for (let i = 0; i < runs; i++) {
      const { lhr } = await lighthouse(url, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance'],
      });
      if (lhr.runtimeError) {
        errors.push(lhr.runtimeError.code);
        continue;
      }
      const sample = { score: lhr.categories.performance.score * 100, version: lhr.lighthouseVersion };
      for (const [key, id] of Object.entries(AUDITS)) sample[key] = lhr.audits[id].numericValue;
      sample.bytes = lhr.audits['total-byte-weight'].numericValue;
      samples.push(sample);
    }
  } finally {
    chrome.kill();
  }
  if (samples.length === 0) return { runs: 0, error: errors.join(', ') || 'no result' };
  const of = (key) => median(samples.map((s) => s[key]));
  return {
    runs: samples.length,
    version: samples[0].version,
    score: of('score'),
    fcp: of('fcp'),
    lcp: of('lcp'),
    tbt: of('tbt'),
    si: of('si'),
    cls: of('cls'),
    bytes: of('bytes'),
    scores: samples.map((s) => s.score),
    error: errors.length ? errors.join(', ') : null,
  };
}
