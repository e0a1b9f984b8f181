import { defineConfig } from '@playwright/test';

export const PORT = 4173;
export const PREFIX = '/quiz/';

// Debian's Chromium, never a downloaded browser; flags keep it off the closed network.
export const chromium = {
  executablePath: '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-dev-shm-usage',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
};

export default defineConfig({
  testDir: '.',
  testMatch: '*.spec.mjs',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}${PREFIX}`,
    viewport: { width: 375, height: 667 },
    launchOptions: chromium,
    trace: 'retain-on-failure',
  },
  webServer: {
    command: `node server.mjs ../../dist ${PREFIX} ${PORT}`,
    url: `http://127.0.0.1:${PORT}${PREFIX}`,
    reuseExistingServer: false,
    stdout: 'ignore',
  },
});
