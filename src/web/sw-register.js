// Registers the service worker and tells the app when a new version is waiting.
// The app answers with a 'pmo-quiz:apply-update' event when the learner chooses to reload.
(() => {
  if (!('serviceWorker' in navigator)) return;
  let reloading = false;
  const announce = (registration) => {
    window.__pmoQuizUpdateReady = true;
    window.dispatchEvent(new CustomEvent('pmo-quiz:update-ready'));
    window.addEventListener('pmo-quiz:apply-update', () => {
      if (registration.waiting) registration.waiting.postMessage({ type: 'skip-waiting' });
    });
  };
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    if (reloading || !window.__pmoQuizUpdateReady) return;
    reloading = true;
    window.location.reload();
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
        if (registration.waiting && navigator.serviceWorker.controller) announce(registration);
        registration.addEventListener('updatefound', () => {
          const worker = registration.installing;
          if (!worker) return;
          worker.addEventListener('statechange', () => {
            if (worker.state === 'installed' && navigator.serviceWorker.controller) announce(registration);
          });
        });
      })
      .catch((error) => console.warn('offline support unavailable:', error));
  });
})();
