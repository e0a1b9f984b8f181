// Role- and name-based access to the quiz through WebDriver, like Playwright's getByRole:
// elements are found by their ARIA role and accessible name, never by CSS class, and every
// tap checks the name against the engine's own accessibility tree (computed role and label).
// Works on the top-level page or inside an embedded iframe (taps then go through the host).
import assert from 'node:assert/strict';
import { Key, Origin } from 'selenium-webdriver';
import { FIND, RECORD } from './page-scripts.mjs';

export { Key };

// Runs in the page: calls back once the element's box held still for one frame (or after 2 s).
const STEADY = `
const [el, done] = arguments;
let last = null;
const giveUp = setTimeout(() => done(false), 2000);
const step = () => {
  const r = el.getBoundingClientRect();
  const box = [r.x, r.y, r.width, r.height].join();
  if (box === last) { clearTimeout(giveUp); done(true); } else { last = box; requestAnimationFrame(step); }
};
requestAnimationFrame(step);`;

const describe = (name) => (name && name.re ? `/${name.re}/` : JSON.stringify(name));

/** The quiz as a learner sees it, in a page or in an iframe on a host page. */
export class Screen {
  /**
   * @param driver a selenium-webdriver session
   * @param options.frame CSS selector of the quiz's iframe on the host page, or null
   * @param options.checkNames compare names with the engine's computed label on every tap
   * @param options.frameTaps in a frame: 'pointer' (from the host, for WebKit) or 'click'
   */
  constructor(driver, { frame = null, checkNames = true, timeout = 10_000, frameTaps = 'pointer' } = {}) {
    this.driver = driver;
    this.frameTaps = frameTaps;
    this.frame = frame;
    this.checkNames = checkNames;
    this.timeout = timeout;
    this.inFrame = false;
  }

  /** A view of the quiz inside `selector`'s iframe, on the same session. */
  inside(selector) {
    return new Screen(this.driver, { frame: selector, checkNames: this.checkNames, timeout: this.timeout, frameTaps: this.frameTaps });
  }

  async enter() {
    if (this.frame && !this.inFrame) {
      await this.driver.switchTo().defaultContent();
      await this.driver.switchTo().frame(await this.driver.findElement({ css: this.frame }));
      this.inFrame = true;
    }
  }

  async leave() {
    if (this.inFrame) {
      await this.driver.switchTo().defaultContent();
      this.inFrame = false;
    }
  }

  /** Runs `script` (a function or its body) in the quiz's document. */
  async run(script, ...args) {
    await this.enter();
    const body = typeof script === 'function' ? `return (${script}).apply(null, arguments);` : script;
    return this.driver.executeScript(body, ...args);
  }

  /** Runs `script` in the top-level (host) document. */
  async host(script, ...args) {
    await this.leave();
    const body = typeof script === 'function' ? `return (${script}).apply(null, arguments);` : script;
    return this.driver.executeScript(body, ...args);
  }

  /** Every element with this role and name; `within` narrows the search: an element, or { group: name }. */
  async all(role, name = null, { exact = true, level, within } = {}) {
    return this.run(`${RECORD}\n${FIND}`, role, name, exact, level ?? null, within ?? null);
  }

  /** Polls `probe` until it returns something truthy; fails with `what` and the page's state. */
  async until(probe, what, timeout = this.timeout) {
    const deadline = Date.now() + timeout;
    let last;
    for (;;) {
      try {
        last = await probe();
        if (last) return last;
      } catch (e) {
        last = e;
      }
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${what} (last: ${last instanceof Error ? last.message : JSON.stringify(last)})\n${await this.state()}`);
      await new Promise((ok) => setTimeout(ok, 50));
    }
  }

  /** The one element with this role and name, once it is there. */
  async get(role, name, options = {}) {
    return this.until(async () => {
      const found = await this.all(role, name, options);
      if (found.length > 1) throw new Error(`${found.length} ${role}s named ${describe(name)}`);
      return found[0];
    }, `${role} ${describe(name)}`, options.timeout);
  }

  async gone(role, name, options = {}) {
    await this.until(async () => (await this.all(role, name, options)).length === 0, `no ${role} ${describe(name)}`);
  }

  /** What the learner sees and the taps that reached the page, for a failure message. */
  async state() {
    try {
      const s = await this.run(() => ({
        url: location.href,
        headings: [...document.querySelectorAll('h1,h2')].map((h) => h.textContent.trim()),
        buttons: [...document.querySelectorAll('button')].map((b) => b.textContent.trim()),
        status: document.querySelector('.waiting')?.textContent ?? '',
        taps: (window.__taps || []).slice(-24),
        errors: (window.__errors || []).slice(-5),
        hint: document.querySelector('.hint')?.textContent ?? null,
        inputs: [...document.querySelectorAll('input[type=radio],input[type=checkbox]')].map((i) => (i.checked ? 1 : 0) + (i.disabled ? 'd' : '')).join(''),
        loaded: [performance.getEntriesByType('navigation')[0]?.type, Math.round(performance.timeOrigin)],
        now: Math.round(performance.now()),
      }));
      return `page state: ${JSON.stringify(s)}`;
    } catch (e) {
      return `page state unavailable: ${e.message}`;
    }
  }

  async text(role, name, options) {
    const el = await this.get(role, name, options);
    return (await el.getText()).trim();
  }

  /** Text content of the element marked data-testid=`id` (results lines, feedback). */
  async testId(id) {
    return this.run((id) => document.querySelector(`[data-testid="${id}"]`)?.textContent.trim() ?? null, id);
  }

  async waitTestId(id, expected) {
    return this.until(async () => {
      const t = await this.testId(id);
      return (typeof expected === 'object' && expected?.test ? expected.test(t ?? '') : t === expected) && t;
    }, `${id} = ${expected}`);
  }

  /** Checks the engine's own role and name for `el` against what was asked for. */
  async checkName(el, role, name) {
    if (!this.checkNames || typeof name !== 'string') return;
    const [computedRole, label] = [await el.getAriaRole(), (await el.getAccessibleName()).replace(/\s+/g, ' ').trim()];
    assert.equal(label, name, `accessible name in the engine for ${role} ${describe(name)}`);
    const roles = role === 'group' ? ['group', 'fieldset'] : [role];
    assert.ok(roles.includes(computedRole), `computed role ${computedRole} for ${role} ${describe(name)}`);
  }

  /** Taps the element with this role and name, as a learner's finger would. */
  async tap(role, name, options = {}) {
    // A button below the iframe's old height is clipped until the host resizes it: a tap
    // sent before then lands on the host page (seen in Firefox and WebKit). Wait first,
    // then find: WebKitGTK drops a frame's element references once the host is visited.
    await this.settled();
    let el = await this.get(role, name, options);
    try {
      await this.checkName(el, role, name);
    } catch (e) {
      // WebKitGTK sometimes calls a reference found inside a frame stale, though the node
      // is still in place (a MutationObserver saw nothing removed): find it once more.
      if (e.name !== 'StaleElementReferenceError') throw e;
      el = await this.get(role, name, options);
      await this.checkName(el, role, name);
    }
    await this.steady(el);
    await this.tapElement(el);
  }

  /**
   * Waits until `el`'s box is the same in two frames in a row, as Playwright's "stable" check
   * does. A driver taps the moment a node exists, before its frame is painted; the quiz moves
   * focus to a new question's heading in that frame, which scrolls the page, and WebKitGTK
   * under a busy Xvfb can run it 50 ms late, after the driver has aimed (a tap then lands on
   * whatever scrolled under it). A learner only taps what was painted.
   */
  async steady(el) {
    await this.enter();
    await this.driver.executeAsyncScript(STEADY, el);
  }

  /** In a frame: waits until the host has sized the iframe to the content (what a learner sees). */
  async settled() {
    if (!this.frame) return;
    await this.until(async () => {
      const content = await this.run(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
      const frame = await this.host((s) => document.querySelector(s).getBoundingClientRect().height, this.frame);
      return Math.abs(content - frame) <= 1;
    }, 'the iframe sized to its content');
  }

  async tapElement(el) {
    if (!this.frame) {
      await el.click();
      return;
    }
    // A click inside a cross-origin frame does not scroll the host page, in any engine:
    // scroll the host so the element is in view first, as a learner would.
    const inner = await this.run((e) => {
      const r = e.getBoundingClientRect();
      return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
    }, el);
    const at = await this.host(
      (selector, inner) => {
        const frame = document.querySelector(selector);
        const top = frame.getBoundingClientRect().top + scrollY + inner.y;
        if (top - scrollY < 40 || top - scrollY > innerHeight - 40) scrollTo(0, top - innerHeight / 2);
        const r = frame.getBoundingClientRect();
        return { x: Math.round(r.left + inner.x), y: Math.round(r.top + inner.y) };
      },
      this.frame,
      inner,
    );
    if (this.frameTaps === 'click') {
      await this.enter();
      await el.click();
      return;
    }
    // WebKitGTK's element click sometimes misses inside a cross-origin frame
    // (TOOLCHAIN.md): tap from the host at the element's centre in host coordinates.
    await this.driver.actions().move({ x: at.x, y: at.y, origin: Origin.VIEWPORT }).press().release().perform();
  }

  /** Presses keys, one after another, on whatever has focus. */
  async press(...keys) {
    await this.enter();
    const actions = this.driver.actions();
    for (const key of keys) actions.keyDown(key).keyUp(key);
    await actions.perform();
  }

  /** The focused element's role-relevant description: tag, type and name. */
  async focused() {
    return this.run(() => {
      const a = document.activeElement;
      const label = a.closest('label');
      return { tag: a.tagName, type: a.type ?? null, text: (label ? label.textContent : a.textContent).replace(/\s+/g, ' ').trim(), checked: a.checked ?? null };
    });
  }
}
