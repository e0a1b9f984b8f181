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
    // The built-in interface languages (src/i18n/strings); English for any other, marked so.
    const WORDS = {
      en: ['Something went wrong', 'The quiz stopped because of an error. Reload to carry on; your saved progress is kept.', 'Reload'],
      es: ['Algo ha fallado', 'El cuestionario se ha detenido por un error. Recarga para seguir; tu progreso guardado se conserva.', 'Recargar'],
      fr: ['Un problème est survenu', 'Le quiz s’est arrêté à cause d’une erreur. Rechargez la page pour continuer\u00a0; votre progression enregistrée est conservée.', 'Recharger'],
      de: ['Etwas ist schiefgelaufen', 'Das Quiz wurde wegen eines Fehlers angehalten. Lade die Seite neu, um weiterzumachen; dein gespeicherter Fortschritt bleibt erhalten.', 'Neu laden'],
      pt: ['Algo deu errado', 'O quiz parou por causa de um erro. Recarregue para continuar; seu progresso salvo é mantido.', 'Recarregar'],
      it: ['Qualcosa è andato storto', 'Il quiz si è interrotto per un errore. Ricarica per continuare: i progressi salvati restano.', 'Ricarica'],
    };
    const lang = (root.lang || 'en').split('-')[0].toLowerCase();
    const words = WORDS[lang] || WORDS.en;
    const box = document.createElement('main');
    if (!WORDS[lang]) {
      box.lang = 'en';
      box.dir = 'ltr';
    }
    box.className = 'crash';
    box.innerHTML = '<div role="alert"><h1 tabindex="-1"></h1><p></p><button type="button" class="primary"></button></div>';
    const [title, text, button] = box.querySelectorAll('h1,p,button');
    [title.textContent, text.textContent, button.textContent] = words;
    button.onclick = () => location.reload();
    document.body.append(box);
    title.focus();
  };
  addEventListener('error', (e) => show(e.error, e.filename));
  addEventListener('unhandledrejection', (e) => show(e.reason, ''));
})();
