import { defineConfig } from '@playwright/test';

// QUIZ_E2E_PORT moves the suite's servers elsewhere, so two checkouts can run it at once;
// the extra servers some specs start sit at fixed offsets from it (see `port`).
export const PORT = Number(process.env.QUIZ_E2E_PORT ?? 4173);
export const port = (offset) => PORT + offset;
export const PREFIX = '/quiz/';
// QUIZ_E2E_DIST serves another build (relative to this folder), such as the stable fallback.
const DIST = process.env.QUIZ_E2E_DIST ?? '../../dist';

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

// Playwright turns Chromium's third-party storage partitioning off by default
// (playwright#32230); real Chrome 115+ has it on. A later --disable-features replaces the
// default list, so this is Playwright 1.65.1's list without ThirdPartyStoragePartitioning.
// partition.spec.mjs fails if partitioning is not really on.
const PLAYWRIGHT_DISABLED_FEATURES = [
  'AvoidUnnecessaryBeforeUnloadCheckSync', 'DestroyProfileOnBrowserClose', 'HttpsUpgrades',
  'HttpsFirstBalancedModeAutoEnable', 'LensOverlay', 'MediaRouter', 'PaintHolding',
  'AvoidCorsURLLoaderRestartOnRedirect', 'TcpPortRandomizationWin', 'OptimizationHints',
  'NetworkTimeServiceQuerying', 'AimEnabled', 'PreconnectToSearch',
];
export const chromiumPartitioned = {
  ...chromium,
  args: [...chromium.args, `--disable-features=${PLAYWRIGHT_DISABLED_FEATURES.join(',')}`],
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
  projects: [
    { name: 'chromium', testIgnore: 'partition.spec.mjs' },
    // The cross-site embed specs again, with storage partitioned as in real Chrome.
    {
      name: 'chromium-partitioned',
      testMatch: ['embed.spec.mjs', 'partition.spec.mjs'],
      // These two do not embed anything.
      grepInvert: /Content-Security-Policy|settings are applied/,
      use: { launchOptions: chromiumPartitioned },
    },
  ],
  webServer: {
    command: `node server.mjs ${DIST} ${PREFIX} ${PORT}`,
    url: `http://127.0.0.1:${PORT}${PREFIX}`,
    reuseExistingServer: false,
    stdout: 'ignore',
  },
});
