// The suite's `test`: Playwright's, with one guard that every test gets. A panic in the wasm,
// or an error nothing caught, in any page of the test's browser context fails the test, even
// when the screen still looks right: after a panic the wasm may refuse the next tap.
import { test as base, expect } from '@playwright/test';

export { expect };

/** Playwright's `test`, failing on panics and uncaught errors in the test's pages. */
export const test = base.extend({
  context: async ({ context }, use) => {
    const problems = [];
    context.on('weberror', (e) => problems.push(`uncaught: ${e.error().message.split('\n')[0]}`));
    context.on('console', (m) => {
      // console_error_panic_hook prints the panic as an error that starts "panicked at".
      if (m.type() === 'error' && m.text().includes('panicked at')) problems.push(m.text().split('\n').slice(0, 2).join(' '));
    });
    await use(context);
    expect(problems, 'panics and uncaught errors in the pages of this test').toEqual([]);
  },
});
