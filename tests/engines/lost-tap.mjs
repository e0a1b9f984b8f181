// The lost-tap lead, as a repeatable experiment (not part of `make test`):
//   node lost-tap.mjs [webkit|firefox] [runs] [delay-ms] [click|pointer]
// Opens the quiz fresh `runs` times, taps Start as soon as it shows (while the core chunk
// may still be arriving: chunks are held back by delay-ms), then Check and Next on the
// first question. A stall prints which events reached the page, to tell a tap the driver
// never delivered from one the page ignored.
import { createServer } from 'node:http';
import { fileURLToPath } from 'node:url';
import { serve } from '../e2e/server.mjs';
import { openSession, startDriver } from './drivers.mjs';
import { Screen } from './screen.mjs';
import { WORDS, answer, currentQuestion, verdict } from './quiz.mjs';

const [engine = 'webkit', runs = '15', delay = '0', how = 'click'] = process.argv.slice(2);
const dist = fileURLToPath(new URL('../../dist/', import.meta.url));
const EN = WORDS.en;

const inner = await serve({ root: dist, prefix: '/quiz/', port: 4316 });
// A proxy that holds back the wasm chunks, so a tap lands while one is still arriving.
const proxy = createServer(async (req, res) => {
  if (/\/(split|chunk)_[^/]*\.wasm$/.test(req.url)) await new Promise((ok) => setTimeout(ok, Number(delay)));
  const upstream = await fetch(`http://127.0.0.1:4316${req.url}`);
  res.writeHead(upstream.status, Object.fromEntries(upstream.headers));
  res.end(Buffer.from(await upstream.arrayBuffer()));
});
await new Promise((ok) => proxy.listen(4315, '127.0.0.1', ok));

const driverServer = await startDriver(engine, engine === 'webkit' ? 4317 : 4318);
const driver = await openSession(engine, driverServer.url);
const screen = new Screen(driver, { checkNames: false, timeout: 5000 });
if (how === 'pointer') {
  screen.tapElement = async (el) => {
    // As a finger would: bring it into view first, then tap its centre.
    const at = await driver.executeScript('arguments[0].scrollIntoView({ block: "center" }); const r = arguments[0].getBoundingClientRect(); return { x: Math.round(r.left + r.width / 2), y: Math.round(r.top + r.height / 2) };', el);
    await driver.actions().move({ x: at.x, y: at.y, origin: 'viewport' }).press().release().perform();
  };
}
let stalls = 0;
let early = 0;
const started = Date.now();
for (let i = 0; i < Number(runs); i++) {
  try {
    // No server worker between runs: every visit fetches the chunks again.
    await driver.get(`http://127.0.0.1:4315/quiz/?ns=tap${Date.now()}&count=2`);
    await screen.get('button', EN.start);
    // Whether the core chunk was still on its way when Start was tapped.
    if (!(await driver.executeScript('return Boolean(document.querySelector(".links"))'))) early++;
    await screen.tap('button', EN.start);
    await screen.get('heading', EN.question(1, 2));
    const q = await currentQuestion(screen);
    await answer(screen, q, true);
    await screen.tap('button', EN.check);
    await verdict(screen);
    await screen.tap('button', EN.next);
    await screen.get('heading', EN.question(2, 2));
    await driver.executeScript('return navigator.serviceWorker.getRegistrations().then((rs) => Promise.all(rs.map((r) => r.unregister())))');
  } catch (e) {
    stalls++;
    console.log(`run ${i + 1}: STALL ${e.name} ${e.message} ${e.stack.split("\n").slice(1, 4).join(" | ")}`);
  }
}
console.log(`${engine} ${how} delay=${delay}: ${stalls} stalls in ${runs} runs (${early} tapped before the core was in), ${((Date.now() - started) / 1000).toFixed(1)} s`);
await driver.quit();
await driverServer.stop();
proxy.close();
await inner.close();
