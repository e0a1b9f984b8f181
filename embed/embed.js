/*! PMO Leader Quiz host script. No dependencies. See docs/EMBEDDING.md. */
(function () {
  'use strict';
  // Included twice? The first copy already mounts everything.
  if (window.PmoQuiz) return;

  var TYPE = 'pmo-quiz';
  var VERSION = 1;
  var MAX_HEIGHT = 20000;

  // data-* attribute -> quiz URL setting. The widget validates every value itself.
  var SETTINGS = {
    mode: 'mode',
    topics: 'topics',
    count: 'count',
    passMark: 'pass',
    shuffle: 'shuffle',
    lang: 'lang',
    accent: 'accent',
    namespace: 'ns',
    bank: 'bank',
    minutes: 'minutes',
    origins: 'origins',
    scorm: 'scorm',
    xapi: 'xapi',
    strings: 'strings'
  };

  // currentScript is only set while this script first runs, so read it now.
  // An empty data-pmo-quiz means "the quiz lives beside embed.js".
  var script = document.currentScript;
  var home = script && script.src ? new URL('./', script.src).href : '';

  var frames = []; // { el, frame, origin }
  var mounted = new WeakMap(); // placeholder -> its iframe

  function quizUrl(el) {
    var data = el.dataset;
    var src = el.getAttribute('data-pmo-quiz') || home;
    // Never fall back to this page itself: it would embed itself over and over.
    if (!src) throw new Error('no quiz URL: set data-pmo-quiz');
    var url = new URL(src, document.baseURI);
    Object.keys(SETTINGS).forEach(function (key) {
      if (data[key] != null) url.searchParams.set(SETTINGS[key], data[key]);
    });
    // Send events back to this page unless the provider chose the origins.
    // An opaque origin ("null", e.g. a file:// page) cannot receive them.
    if (data.origins == null && location.origin !== 'null') {
      url.searchParams.set('origins', location.origin);
    }
    // Commas are legal in a query; keep topic lists readable.
    url.search = url.search.replace(/%2C/gi, ',');
    return url;
  }

  function mount(el) {
    if (!el || mounted.has(el)) return el && mounted.get(el);
    var url;
    try {
      url = quizUrl(el);
    } catch (err) {
      console.warn('PmoQuiz: cannot mount', el, err.message);
      return;
    }

    var frame = document.createElement('iframe');
    frame.src = url.href;
    frame.title = el.dataset.title || 'PMO Leader Quiz';
    // Browsers without Web Share (desktop Linux, Firefox) warn about an unknown
    // feature; they cannot share from the frame either, so leave it out there.
    frame.setAttribute('allow', 'clipboard-write' + (navigator.share ? '; web-share' : ''));
    // CSSOM, not a style attribute: a strict style-src CSP blocks only the latter.
    var s = frame.style;
    s.width = '100%';
    s.border = '0';
    s.display = 'block';
    s.height = '640px';

    var record = { el: el, frame: frame, origin: url.origin };
    // Ask for the height on every (re)load; the widget also sends one on each change.
    frame.addEventListener('load', function () {
      if (frame.contentWindow) {
        frame.contentWindow.postMessage({ type: TYPE, version: VERSION, command: 'measure' }, record.origin);
      }
    });
    frames.push(record);
    mounted.set(el, frame);

    // Fill the placeholder, so the provider's element (and its id) stays.
    el.textContent = '';
    el.appendChild(frame);
    return frame;
  }

  function onMessage(event) {
    var record;
    for (var i = 0; i < frames.length; i++) {
      // Match by window: one page may hold several widgets from one origin.
      if (frames[i].frame.contentWindow === event.source) record = frames[i];
    }
    var data = event.data;
    if (!record || event.origin !== record.origin) return;
    if (!data || typeof data !== 'object' || data.type !== TYPE || data.version !== VERSION) return;
    if (typeof data.event !== 'string' || !/^[a-z][a-z0-9-]{0,39}$/.test(data.event)) return;

    if (data.event === 'resize') {
      var h = data.height;
      if (typeof h !== 'number' || !isFinite(h) || h < 0) return;
      record.frame.style.height = Math.min(Math.round(h), MAX_HEIGHT) + 'px';
    }
    record.el.dispatchEvent(new CustomEvent(TYPE + ':' + data.event, { detail: data, bubbles: true }));
  }

  function mountAll() {
    document.querySelectorAll('[data-pmo-quiz]').forEach(mount);
  }

  window.addEventListener('message', onMessage);
  window.PmoQuiz = { mount: mount, version: VERSION };

  // Loaded with defer (or later): the document is parsed. At the end of <body> without
  // defer, wait so placeholders after the script are found too.
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', mountAll);
  } else {
    mountAll();
  }
})();
