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
  // The app's rule (src/app.rs): the lang setting when it names a language we have
  // exactly, else the browser's first language we have, else English.
  const asked = params.get('lang');
  const browser = navigator.languages && navigator.languages.length ? navigator.languages : [navigator.language];
  const copy =
    copies.find((c) => c.lang === asked) ||
    browser.map((tag) => copies.find((c) => c.lang === primary(tag))).find(Boolean) ||
    copies.find((c) => c.lang === 'en');
  if (!copy) return;
  copy.hidden = false;
  boot.classList.add('pre-shown');
  document.documentElement.lang = copy.lang;
  document.title = copy.querySelector('h1').textContent;
})();
