// Runs before the app, inside the placeholder #boot: after the start screen's opening,
// which tools/postbuild.mjs wrote there as one hidden copy per built-in bank (title, lead
// and "Loading…"), and before the "Loading the quiz…" line. It shows the copy the app will
// choose, so a learner on a slow link sees the start screen at once; the loading line is
// then hidden by CSS (.pre-shown) before it is ever painted. The app (src/app.rs) removes
// #boot in the same task it draws the real screen in its place.
(() => {
  const boot = document.getElementById('boot');
  if (!boot) return;
  const params = new URLSearchParams(location.search);
  // A provider's bank brings its own title and text: keep "Loading the quiz…" until then.
  if (params.has('bank')) return;
  const copies = [...boot.querySelectorAll('[data-pre]')];
  const primary = (tag) => String(tag).split(/[-_]/)[0].toLowerCase();
  // The app's rule (src/boot.rs): the lang setting, else the browser's languages, the
  // first we have; English otherwise. The bank's copy and the interface's "Loading…" are
  // chosen apart, as a French interface may sit over the English bank.
  const browser = navigator.languages && navigator.languages.length ? navigator.languages : [navigator.language];
  const wanted = [params.get('lang'), ...browser].filter(Boolean).map(primary);
  const copy = wanted.map((lang) => copies.find((c) => c.lang === lang)).find(Boolean) || copies.find((c) => c.lang === 'en');
  if (!copy) return;
  copy.hidden = false;
  try {
    // A provider's strings file is not known here: keep the bank's own "Loading…" then.
    const loading = JSON.parse(boot.dataset.loading || '{}');
    const ui = params.has('strings') ? null : wanted.find((lang) => loading[lang]);
    const line = copy.querySelector('[role="status"]');
    if (ui && line) {
      line.textContent = loading[ui];
      line.lang = ui;
    }
  } catch (_) {
    // A damaged attribute only costs the translated loading line.
  }
  boot.classList.add('pre-shown');
  document.documentElement.lang = copy.lang;
  document.title = copy.querySelector('h1').textContent;
})();
