// The crash screen: after a panic (a bare wasm trap) the app answers nothing, so this shows a
// message with Reload in its place and logs what is known. Only for errors from our wasm or
// the page's modules (a .wasm beside the page, the loader, glue), never a host's.
(() => {
  // 10 frames by default: deep wasm frames would hide the glue's, which has our URL on Safari.
  if (!(Error.stackTraceLimit >= 99)) Error.stackTraceLimit = 99;
  const root = document.documentElement;
  const here = new URL('./', location.href).href;
  const show = (error, file) => {
    const stack = String((error && error.stack) || '');
    const modules = [...document.querySelectorAll('script[type=module],link[rel=modulepreload]')].map((e) => e.src || e.href);
    const urls = `${file}\n${stack}`.match(/\w+:\/\/[^\s()'"]+?\.(js|wasm)\b/g) || [];
    if (root.classList.contains('crashed') || !urls.some((u) => modules.includes(u) || (u.startsWith(here) && u.endsWith('.wasm')))) return;
    root.classList.add('crashed');
    const heading = document.querySelector('main h2, main h1');
    const screen = document.querySelector('main .screen');
    console.error(
      `PMO Leader Quiz stopped (crash screen shown): ${error} | lang=${root.lang} search=${location.search} screen=${screen && screen.className}` +
        ` heading=${heading && heading.textContent.trim()} file=${file} | stack: ${stack.replace(/\s*\n\s*/g, ' < ')}`,
    );
    const es = /^es\b/i.test(root.lang);
    const box = document.createElement('main');
    box.className = 'crash';
    box.innerHTML = '<div role="alert"><h1 tabindex="-1"></h1><p></p><button type="button" class="primary"></button></div>';
    const [title, text, button] = box.querySelectorAll('h1,p,button');
    title.textContent = es ? 'Algo ha fallado' : 'Something went wrong';
    text.textContent = es
      ? 'El cuestionario se ha detenido por un error. Recarga para seguir; tu progreso guardado se conserva.'
      : 'The quiz stopped because of an error. Reload to carry on; your saved progress is kept.';
    button.textContent = es ? 'Recargar' : 'Reload';
    button.onclick = () => location.reload();
    document.body.append(box);
    title.focus();
  };
  addEventListener('error', (e) => show(e.error, e.filename));
  addEventListener('unhandledrejection', (e) => show(e.reason, ''));
})();
