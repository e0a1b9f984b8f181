// The crash screen (src/web/crash.js). A panic in the wasm is a bare trap, after which the
// app answers nothing: the learner must see a short message with a Reload button, never a
// frozen or blank screen, and the console must say enough to find the cause.
//
// The panic tests need the test build: tools/quiz.sh builds target/dist-crash with the cargo
// feature test-panic, where ?test-panic=1 makes the first click panic (src/main.rs), and runs
// this spec on it with QUIZ_E2E_TEST_PANIC=1. Elsewhere they are skipped. The other tests
// run on every build: a trap forced in the wasm as built (the release's own), a build
// without the feature ignoring the parameter, and errors that are not the app's.
//
// Playwright's own `test`, not ./test.mjs's: that one fails a test on any uncaught error,
// which is what these tests cause on purpose. Each checks its errors itself.
import { test, expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expectNoHorizontalScroll } from './helpers.mjs';
import { serve } from './server.mjs';
import { PORT, PREFIX } from './playwright.config.mjs';

const TEST_BUILD = Boolean(process.env.QUIZ_E2E_TEST_PANIC);
const NEEDS_TEST_BUILD = 'needs the test-panic build (tools/quiz.sh builds it into target/dist-crash)';
const QUIZ = `http://127.0.0.1:${PORT}${PREFIX}`;
// As in a11y.spec.mjs.
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
const SHOTS = new URL('./screenshots/', import.meta.url);
mkdirSync(SHOTS, { recursive: true });
// What crash.js logs, once per page.
const LINE = 'PMO Leader Quiz stopped (crash screen shown): ';

/** The page's console errors and uncaught errors (unhandled rejections included). */
function watch(page) {
  const log = { errors: [], uncaught: [] };
  page.on('console', (m) => m.type() === 'error' && log.errors.push(m.text()));
  page.on('pageerror', (e) => log.uncaught.push(`${e.name}: ${e.message}`));
  return log;
}
const crashLines = (log) => log.errors.filter((t) => t.startsWith(LINE));

async function expectCrashScreen(page, { heading = 'Something went wrong', button = 'Reload' } = {}) {
  const alert = page.getByRole('alert');
  await expect(alert).toBeVisible();
  await expect(alert.getByRole('heading', { level: 1, name: heading })).toBeFocused();
  const reload = alert.getByRole('button', { name: button });
  await expect(reload).toBeVisible();
  const box = await reload.boundingBox();
  expect(Math.min(box.width, box.height), 'Reload is a 44 px target').toBeGreaterThanOrEqual(44);
  // Nothing of the frozen app is left to tap.
  await expect(page.locator('body > :not(.crash)').filter({ visible: true })).toHaveCount(0);
}

async function axe(page, screen) {
  const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  const summary = violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
  expect(summary, `axe violations on ${screen}`).toEqual([]);
}

test.describe('a panic in the test build', () => {
  test.skip(!TEST_BUILD, NEEDS_TEST_BUILD);

  test('shows the crash screen, logs the trap once, passes axe; Reload brings the quiz back, attempt kept', async ({ page }) => {
    const log = watch(page);
    await page.goto('./?test-panic=1');
    await page.getByRole('button', { name: 'Start quiz' }).click();
    await expectCrashScreen(page);
    expect(log.uncaught, 'the panic is a trap').toContain('RuntimeError: unreachable');
    const lines = crashLines(log);
    expect(lines, 'one line in the console').toHaveLength(1);
    // The trap, where the app was, and the stack into our wasm.
    expect(lines[0]).toMatch(/^[^|]*RuntimeError: unreachable \| lang=en search=\?test-panic=1 screen=\S/);
    expect(lines[0]).toMatch(/ stack: .*pmo-leader-quiz-[0-9a-f]+_bg\.wasm:wasm-function\[\d+\]/);
    await axe(page, 'the crash screen');
    await page.evaluate(() => document.fonts.ready);
    await page.screenshot({ path: new URL('crash-375-light.png', SHOTS).pathname });

    // The quiz is back, with the attempt the panic interrupted kept, as the message says.
    await page.getByRole('button', { name: 'Reload' }).click();
    await expect(page.getByRole('button', { name: /^Resume \(question 1 of \d+\)$/ })).toBeVisible();
    await expect(page.getByRole('alert')).toHaveCount(0);
    expect(crashLines(log), 'nothing more after the reload').toHaveLength(1);
  });

  test('in Spanish, dark, at 320 px: fits, and passes axe', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 568 });
    await page.emulateMedia({ colorScheme: 'dark' });
    const log = watch(page);
    await page.goto('./?test-panic=1&lang=es');
    await page.getByRole('button', { name: JSON.parse(readFileSync(new URL('../../src/i18n/strings/es.json', import.meta.url), 'utf8')).messages.start, exact: true }).click();
    await expectCrashScreen(page, { heading: 'Algo ha fallado', button: 'Recargar' });
    expect(crashLines(log)[0]).toContain('lang=es');
    await expectNoHorizontalScroll(page);
    await axe(page, 'the crash screen in Spanish, dark, at 320 px');
    await page.setViewportSize({ width: 375, height: 667 });
    await page.screenshot({ path: new URL('crash-375-dark-es.png', SHOTS).pathname });
  });

  test('in a cross-site iframe: the screen shows in the frame, and the host fits the frame to it', async ({ page }) => {
    const dir = mkdtempSync(join(tmpdir(), 'crash-host-'));
    writeFileSync(
      join(dir, 'index.html'),
      `<!doctype html><html lang="en"><head><title>Host</title><script src="${QUIZ}embed.js" defer></script></head>` +
        `<body><main><h1>Course</h1><div id="quiz" data-pmo-quiz="${QUIZ}?test-panic=1"></div><p>After the quiz</p></main></body></html>`,
    );
    const host = await serve({ root: dir, prefix: '/' });
    try {
      // localhost: another site than the quiz's 127.0.0.1.
      await page.goto(`http://localhost:${host.port}/`);
      const iframe = page.locator('#quiz iframe');
      const frame = page.frameLocator('#quiz iframe');
      const content = async () => {
        const inner = await (await iframe.elementHandle()).contentFrame();
        const height = await inner.evaluate(() => document.documentElement.getBoundingClientRect().height);
        return Math.abs((await iframe.boundingBox()).height - height);
      };
      await expect(frame.getByRole('button', { name: 'Start quiz' })).toBeVisible();
      // Sized before the tap, so the tap is not lost to a frame still growing (embed.spec.mjs).
      await expect.poll(content).toBeLessThanOrEqual(1);
      await frame.getByRole('button', { name: 'Start quiz' }).click();
      await expect(frame.getByRole('alert')).toBeVisible();
      await expect(frame.getByRole('heading', { name: 'Something went wrong' })).toBeFocused();
      await expect.poll(content, 'the host fits the iframe to the crash screen').toBeLessThanOrEqual(1);
      await expect(page.getByText('After the quiz')).toBeInViewport();
    } finally {
      await host.close();
    }
  });
});

test('a build without the test-panic feature ignores ?test-panic=1', async ({ page }) => {
  test.skip(TEST_BUILD, 'the test build has the trigger');
  const log = watch(page);
  await page.goto('./?test-panic=1');
  await page.getByRole('button', { name: 'Start quiz' }).click();
  await expect(page.getByRole('heading', { name: /^Question 1 of \d+$/ })).toBeVisible();
  await page.getByRole('heading', { name: /^Question 1 of \d+$/ }).click();
  expect(log.uncaught).toEqual([]);
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('a trap in the wasm as built shows the crash screen, from a timer and from a promise', async ({ page }) => {
  const log = watch(page);
  // Trunk's loader hands the wasm's exports to this event.
  await page.addInitScript(() => addEventListener('TrunkApplicationStarted', (e) => (window.__wasm = e.detail.wasm)));
  for (const how of ['timer', 'promise']) {
    await page.goto('./');
    await expect(page.getByRole('button', { name: 'Start quiz' })).toBeVisible();
    await page.evaluate((how) => {
      // A size no wasm32 heap can hold: wasm-bindgen's malloc export aborts, a bare trap as a
      // panic is, in the release build itself.
      const trap = () => window.__wasm.__wbindgen_malloc(0xfffffff0, 8);
      if (how === 'timer') setTimeout(trap);
      else Promise.resolve().then(trap);
    }, how);
    await expectCrashScreen(page);
  }
  expect(log.uncaught).toEqual(['RuntimeError: unreachable', 'RuntimeError: unreachable']);
  const lines = crashLines(log);
  expect(lines).toHaveLength(2);
  for (const line of lines) expect(line).toMatch(/RuntimeError: unreachable .* stack: .*_bg\.wasm:wasm-function\[\d+\]/);
});

test("errors that are not the app's leave it alone", async ({ page }) => {
  const log = watch(page);
  await page.goto('./');
  await expect(page.getByRole('button', { name: 'Start quiz' })).toBeVisible();
  // As a host's script would fail on the standalone page: an exception, a rejected promise,
  // and a wasm module of its own that traps. (In an iframe a host's errors never reach the
  // quiz's window at all.)
  await page.addScriptTag({
    content: `
      setTimeout(() => { throw new Error('a host script failed'); });
      Promise.reject(new TypeError('a host promise failed'));
      // (module (func (export "f") unreachable))
      const bytes = new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0, 1, 4, 1, 96, 0, 0, 3, 2, 1, 0, 7, 5, 1, 1, 102, 0, 0, 10, 5, 1, 3, 0, 0, 11]);
      setTimeout(() => new WebAssembly.Instance(new WebAssembly.Module(bytes)).exports.f());
    `,
  });
  await expect.poll(() => log.uncaught.length).toBe(3);
  expect(log.uncaught.sort()).toEqual(['Error: a host script failed', 'RuntimeError: unreachable', 'TypeError: a host promise failed']);
  await expect(page.getByRole('alert')).toHaveCount(0);
  expect(crashLines(log)).toEqual([]);
  await page.getByRole('button', { name: 'Start quiz' }).click();
  await expect(page.getByRole('heading', { name: /^Question 1 of \d+$/ })).toBeVisible();
});
