// Registers the service worker and tells the app when a new version is waiting.
// The app answers with a 'pmo-quiz:apply-update' event when the learner chooses to reload.
(() => {
  if (!('serviceWorker' in navigator)) return;
  // Set only when the learner asked for the new version in this page. Another tab's
  // request, or an engine activating the new worker by itself, must never reload this
  // page under the learner (WebKit was seen doing the latter in an embedding frame).
  let requested = false;
  let reloading = false;
  const reload = () => {
    if (reloading) return;
    reloading = true;
    window.location.reload();
  };
  const announce = () => {
    if (window.__pmoQuizUpdateReady) return;
    window.__pmoQuizUpdateReady = true;
    window.dispatchEvent(new CustomEvent('pmo-quiz:update-ready'));
  };
  window.addEventListener('pmo-quiz:apply-update', () => {
    requested = true;
    navigator.serviceWorker.getRegistration().then((registration) => {
      // Already in control (taken over without this page asking): reloading is all it takes.
      if (registration && registration.waiting) registration.waiting.postMessage({ type: 'skip-waiting' });
      else reload();
    }, reload);
  });
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    if (requested) reload();
  });
  // The worker precaches no language's strings or bank (a learner needs only their own):
  // it is asked to keep the JSON files this page fetched (the strings, the built-in or a
  // provider's bank), now and as more arrive, so they open offline too.
  const fetched = new Set();
  let worker = null;
  const keep = (urls) =>
    new Promise((done) => {
      if (!worker || urls.length === 0) return done();
      const channel = new MessageChannel();
      channel.port1.onmessage = () => done();
      worker.postMessage({ type: 'keep', urls }, [channel.port2]);
    });
  const json = (entry) => {
    const url = new URL(entry.name);
    return url.origin === location.origin && url.pathname.endsWith('.json') ? url.href : null;
  };
  if ('PerformanceObserver' in window) {
    try {
      new PerformanceObserver((list) => {
        const fresh = list.getEntries().map(json).filter((url) => url && !fetched.has(url));
        fresh.forEach((url) => fetched.add(url));
        keep(fresh);
      }).observe({ type: 'resource', buffered: true });
    } catch (_) {
      // An engine without buffered resource entries: only the precache is offline.
    }
  }
  // A provider bank's pictures, named by the app (src/browser/pictures.rs) once the bank
  // is in use: kept with the bank, so every question shows offline after one visit.
  window.addEventListener('pmo-quiz:keep', () => {
    const list = Array.isArray(window.__pmoQuizKeep) ? window.__pmoQuizKeep : [];
    const fresh = list.map((url) => new URL(url, location.href)).filter((url) => url.origin === location.origin)
      .map((url) => url.href).filter((url) => !fetched.has(url));
    fresh.forEach((url) => fetched.add(url));
    keep(fresh);
  });
  const keepInUse = (active) => {
    worker = active;
    return keep([...fetched]);
  };
  window.addEventListener('load', () => {
    navigator.serviceWorker
      .register('sw.js')
      .then((registration) => {
        // Ready means an active worker, which installs only once it has cached every
        // file (sw.js's install step): the quiz then opens and runs with no network.
        navigator.serviceWorker.ready.then((ready) => keepInUse(ready.active)).then(() => {
          window.__pmoQuizOfflineReady = true;
          window.dispatchEvent(new CustomEvent('pmo-quiz:offline-ready'));
        });
        if (registration.waiting && navigator.serviceWorker.controller) announce();
        registration.addEventListener('updatefound', () => {
          const worker = registration.installing;
          if (!worker) return;
          worker.addEventListener('statechange', () => {
            if (worker.state === 'installed' && navigator.serviceWorker.controller) announce();
          });
        });
      })
      .catch((error) => console.warn('offline support unavailable:', error));
  });
})();
