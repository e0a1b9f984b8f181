// Starts a WebDriver server for one engine on a loopback port, and opens sessions on it
// through selenium-webdriver. WebKit: Debian's WebKitWebDriver driving MiniBrowser under
// xvfb-run (it needs an X display). Firefox: Debian's firefox-esr driven by geckodriver.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { homedir } from 'node:os';
import { Builder } from 'selenium-webdriver';

const MINIBROWSER = '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
const GECKODRIVER = process.env.GECKODRIVER ?? join(homedir(), '.cargo/bin/geckodriver');

/** How to run each engine: its driver's command line and a session's capabilities. */
export const ENGINES = {
  webkit: {
    // A screen taller than any page we open, so nothing is clipped by the display.
    command: (port) => ['xvfb-run', ['-a', '-s', '-screen 0 1280x2400x24', '/usr/bin/WebKitWebDriver', `--port=${port}`]],
    capabilities: ({ args = [] } = {}) => ({
      browserName: 'MiniBrowser',
      'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation', ...args] },
    }),
  },
  firefox: {
    command: (port) => [GECKODRIVER, ['--host', '127.0.0.1', `--port=${port}`]],
    capabilities: ({ prefs = {} } = {}) => ({
      browserName: 'firefox',
      'moz:firefoxOptions': { binary: '/usr/bin/firefox-esr', args: ['-headless'], prefs },
    }),
  },
};

/** Starts `engine`'s driver on `port` and resolves once it answers; `stop()` ends it. */
export async function startDriver(engine, port) {
  const [cmd, args] = ENGINES[engine].command(port);
  if (cmd.startsWith('/') && !existsSync(cmd)) throw new Error(`${engine}: ${cmd} is missing; run make setup`);
  // Its own process group, so stopping it also stops xvfb-run's Xvfb and the browser.
  const child = spawn(cmd, args, { detached: true, stdio: ['ignore', 'ignore', 'pipe'] });
  let log = '';
  child.stderr.on('data', (d) => (log = (log + d).slice(-4000)));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 20_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${engine} driver exited (${child.exitCode}): ${log}`);
    try {
      const res = await fetch(`${url}/status`);
      if (res.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`${engine} driver did not start on ${port}: ${log}`);
    await new Promise((ok) => setTimeout(ok, 100));
  }
  return {
    url,
    stop: async () => {
      if (child.exitCode !== null) return;
      const exited = new Promise((ok) => child.once('exit', ok));
      try {
        process.kill(-child.pid, 'SIGTERM');
      } catch {
        return;
      }
      await Promise.race([exited, new Promise((ok) => setTimeout(ok, 3000))]);
    },
  };
}

/** A new browser session on a running driver. `options` are engine-specific (args, prefs). */
export async function openSession(engine, driverUrl, options) {
  const driver = await new Builder().usingServer(driverUrl).withCapabilities(ENGINES[engine].capabilities(options)).build();
  await driver.manage().setTimeouts({ script: 30_000, pageLoad: 30_000 });
  return driver;
}
