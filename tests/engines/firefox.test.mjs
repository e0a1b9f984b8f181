// Firefox ESR, driven by geckodriver.
import { engineSuite } from './suite.mjs';

engineSuite('firefox', {
  ports: { driver: 4329, secondDriver: 4328, quiz: 4321, host: 4322, offline: 4323 },
  // "Block all cookies": Firefox then throws SecurityError on window.localStorage.
  blockedStorage: { prefs: { 'network.cookie.cookieBehavior': 2 } },
  // Firefox partitions by top-level site: a same-site frame shares the quiz's own record.
  sameSiteShared: true,
  // Pointer actions from the host did not reach the frame here; element click does.
  frameTaps: 'click',
});
