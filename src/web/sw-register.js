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
  window.addEventListener('load', () => {
    navigator.serviceWorker
      .register('sw.js')
      .then((registration) => {
        // Ready means an active worker, which installs only once it has cached every
        // file (sw.js's install step): the quiz then opens and runs with no network.
        navigator.serviceWorker.ready.then(() => {
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
