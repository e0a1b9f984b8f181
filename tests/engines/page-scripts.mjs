// Scripts that run inside the page under test, sent through WebDriver's execute script.

// Runs in the page: the elements with `role` whose accessible name matches. A small
// version of the accname rules the quiz's markup needs (aria-labelledby, aria-label,
// wrapping label, legend, content without aria-hidden parts).
export const FIND = `
const [role, name, exact, level, scope] = arguments;
const SELECTORS = {
  button: 'button,[role=button],input[type=button],input[type=submit]',
  heading: 'h1,h2,h3,h4,h5,h6,[role=heading]',
  radio: 'input[type=radio],[role=radio]',
  checkbox: 'input[type=checkbox],[role=checkbox]',
  group: 'fieldset,[role=group]',
  timer: '[role=timer]',
  status: '[role=status],output',
  alert: '[role=alert]',
  link: 'a[href],[role=link]',
  combobox: 'select,[role=combobox]',
  progressbar: '[role=progressbar]',
};
const norm = (s) => s.replace(/\\s+/g, ' ').trim();
const content = (n) => {
  if (n.nodeType === 3) return n.data;
  if (n.nodeType !== 1 || n.getAttribute('aria-hidden') === 'true' || n.tagName === 'INPUT') return '';
  return [...n.childNodes].map(content).join('');
};
const nameOf = (el) => {
  const by = el.getAttribute('aria-labelledby');
  if (by) return norm(by.split(/\\s+/).map((id) => { const r = document.getElementById(id); return r ? content(r) : ''; }).join(' '));
  const label = el.getAttribute('aria-label');
  if (label) return norm(label);
  if (el.tagName === 'INPUT' || el.tagName === 'SELECT') {
    const l = el.closest('label') || (el.id && document.querySelector('label[for="' + el.id + '"]'));
    return l ? norm(content(l)) : '';
  }
  if (el.tagName === 'FIELDSET') {
    const legend = el.querySelector(':scope > legend');
    return legend ? norm(content(legend)) : '';
  }
  if (['group', 'timer', 'status', 'alert', 'progressbar'].includes(role)) return '';
  return norm(content(el));
};
const shown = (el) => {
  const box = el.tagName === 'INPUT' ? el.closest('label') || el : el;
  return !el.closest('[hidden],[aria-hidden=true]') && box.getClientRects().length > 0 && getComputedStyle(box).visibility !== 'hidden';
};
// A scope given by name, { group: 'Statement text' }, is found here, so a reference to it
// never goes stale between commands.
const root = scope && scope.group !== undefined
  ? [...document.querySelectorAll(SELECTORS.group)].find((g) => nameOf(g) === scope.group)
  : scope;
const wanted = (n) => (name === null ? true : name.re ? new RegExp(name.re).test(n) : exact ? n === name : n.includes(name));
if (scope && !root) return [];
return [...(root || document).querySelectorAll(SELECTORS[role])].filter((el) =>
  shown(el) && (level == null || el.tagName === 'H' + level) && wanted(nameOf(el)));
`;

// Runs in the page: a log of what reached the document, to tell a tap the driver never
// delivered from one the page ignored (the lost-tap lead).
export const RECORD = `
if (!window.__taps) {
  window.__taps = [];
  for (const type of ['pointerdown', 'pointerup', 'mousedown', 'mouseup', 'click', 'keydown', 'change']) {
    document.addEventListener(type, (e) => {
      const t = e.target;
      const what = type === 'change' ? String(t.value) + (t.checked ? ' on' : ' off') : (t && (t.textContent || '').trim().slice(0, 30));
      window.__taps.push([Math.round(performance.now()), type, t && t.tagName, what, e.clientX, e.clientY]);
    }, true);
  }
  // Focus moves and scrolls, which can carry an element away between a driver's aim and its tap.
  document.addEventListener('focusin', (e) => window.__taps.push([Math.round(performance.now()), 'focus', e.target.tagName, (e.target.textContent || '').trim().slice(0, 30)]));
  addEventListener('scroll', () => window.__taps.push([Math.round(performance.now()), 'scroll', Math.round(scrollY)]));
  // Errors and warnings the page reported, such as a panic in the wasm or a refused check.
  window.__errors = [];
  const keep = (kind, parts) => window.__errors.push([Math.round(performance.now()), kind, parts.map(String).join(' ').slice(0, 300)]);
  addEventListener('error', (e) => keep('error', [e.message]));
  addEventListener('unhandledrejection', (e) => keep('rejection', [e.reason]));
  for (const level of ['error', 'warn']) {
    const original = console[level];
    console[level] = (...parts) => { keep(level, parts); original.apply(console, parts); };
  }
}`;

