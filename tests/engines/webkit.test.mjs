// WebKit (the engine of every browser on iPhone and iPad): WebKitGTK's MiniBrowser.
import { engineSuite } from './suite.mjs';

engineSuite('webkit', {
  ports: { driver: 4319, secondDriver: 4318, quiz: 4311, host: 4312, offline: 4313 },
  // MiniBrowser's own setting for "no web storage": window.localStorage is then null.
  blockedStorage: { args: ['--enable-html5-local-storage=false'] },
  // WebKit keys a frame's storage by the top-level origin: even a same-site frame is apart.
  sameSiteShared: false,
  // Its element click sometimes misses inside a cross-origin frame (TOOLCHAIN.md).
  frameTaps: 'pointer',
});
