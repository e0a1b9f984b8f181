// Injected before any page script, in every frame (Playwright addInitScript). Records into
// window.top.__bench, in milliseconds since the top document's navigation started, so a
// button inside a same-origin iframe (H5P) lands on the same clock.
(() => {
  let top = window;
  try {
    if (window.top.document) top = window.top;
  } catch {
    // A cross-origin parent: keep this frame's own clock.
  }
  const now = () => performance.timeOrigin + performance.now() - top.performance.timeOrigin;
  const bench = (top.__bench ??= {
    // The browser's own paint timings (top frame): first contentful paint, and every
    // largest-contentful-paint candidate's time (bench/lib/slow.mjs keeps those up to the
    // frame that showed Start ready: the start screen's, not the question's).
    fcp: null,
    lcps: [],
    // The start screen drawn: "Start quiz" laid out, ready or not.
    screenShown: null,
    screenPainted: null,
    // "Start quiz" ready: laid out, enabled, and not marked or described as loading.
    startClickable: null,
    startPainted: null,
    // The first question interactive: its "Check answer" button laid out and enabled.
    questionClickable: null,
    questionPainted: null,
    // Ours only: the practice modes, drawn once the core chunk is in and Start runs at once.
    coreReady: null,
    pending: null,
    answers: [],
    wasm: null,
    // Cumulative layout shift not caused by input, over the page's whole life (issue 27:
    // pictures hold their space while they load, so a run with pictures stays at 0).
    layoutShift: 0,
  });
  if (top === window && 'PerformanceObserver' in window) {
    try {
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) if (!e.hadRecentInput) bench.layoutShift += e.value;
      }).observe({ type: 'layout-shift', buffered: true });
    } catch {
      // An engine without layout-shift entries: the figure is not measured there.
    }
  }

  // "Painted" is the task after the next frame: rAF runs just before the frame is rendered,
  // and a message posted from it is handled only once that frame has been produced.
  const afterNextPaint = (done) =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => done(now());
      channel.port2.postMessage(null);
    });

  const label = (el) => el.textContent.trim();
  const shown = (el) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden';
  // Ours says "Loading…" (aria-describedby) until a run's code is in: not ready to a learner.
  const busy = (el) =>
    el.closest('[aria-disabled="true"], [aria-busy="true"]') !== null ||
    (el.getAttribute('aria-describedby') ?? '')
      .split(/\s+/)
      .some((id) => id && /Loading|Cargando/.test(document.getElementById(id)?.textContent ?? ''));
  const clickable = (el) => !el.disabled && shown(el) && !busy(el);
  const find = (text, ok) => [...document.getElementsByTagName('button')].find((b) => label(b) === text && ok(b));

  const lookForStart = () => {
    if (bench.screenShown === null && find('Start quiz', shown)) {
      bench.screenShown = now();
      afterNextPaint((t) => (bench.screenPainted = t));
    }
    if (bench.startClickable !== null) return true;
    const start = find('Start quiz', clickable);
    if (!start) return false;
    bench.startClickable = now();
    afterNextPaint((t) => (bench.startPainted = t));
    // bench/lib/slow.mjs: tap Start as soon as it is ready, as a learner waiting for it would.
    if (top.__benchTapStart) start.click();
    return true;
  };

  const lookForQuestion = () => {
    if (bench.questionClickable !== null || bench.startClickable === null) return;
    if (!find('Check answer', clickable)) return;
    bench.questionClickable = now();
    afterNextPaint((t) => (bench.questionPainted = t));
  };

  // Answer latency: from the click on "Check answer" (the event's own timestamp, so time
  // spent queued behind other work counts) to the frame that shows the feedback.
  addEventListener(
    'click',
    (event) => {
      const button = event.target.closest?.('button');
      if (button && label(button) === 'Check answer') {
        bench.pending = { clicked: event.timeStamp };
      }
    },
    true,
  );

  const lookForFeedback = () => {
    const pending = bench.pending;
    if (!pending || pending.shown !== undefined) return;
    const region = document.querySelector('[data-testid=feedback]');
    if (!region || region.childElementCount === 0) return;
    pending.shown = performance.now();
    afterNextPaint(() => {
      pending.painted = performance.now();
      // The double-rAF reading as well: it lands one frame later than the paint.
      requestAnimationFrame(() => requestAnimationFrame(() => {
        pending.doubleRaf = performance.now();
        bench.answers.push(pending);
        bench.pending = null;
      }));
    });
  };

  if (top === window && typeof PerformanceObserver === 'function') {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (e.name === 'first-contentful-paint') bench.fcp = e.startTime;
    }).observe({ type: 'paint', buffered: true });
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) bench.lcps.push(e.startTime);
    }).observe({ type: 'largest-contentful-paint', buffered: true });
  }

  addEventListener('TrunkApplicationStarted', (event) => {
    bench.wasm = event.detail?.wasm ?? null;
  });

  const lookForCore = () => {
    if (bench.coreReady === null && document.querySelector('section.ways')) bench.coreReady = now();
  };

  const observer = new MutationObserver(() => {
    lookForStart();
    lookForQuestion();
    lookForCore();
    lookForFeedback();
  });
  observer.observe(document, {
    childList: true,
    subtree: true,
    // Ours empties its "Loading…" status in place.
    characterData: true,
    attributes: true,
    attributeFilter: ['disabled', 'hidden', 'class', 'style', 'aria-disabled', 'aria-busy'],
  });
  // Stylesheets can make an existing button visible without any DOM mutation.
  addEventListener('load', lookForStart);
})();
