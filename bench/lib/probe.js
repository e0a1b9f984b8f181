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
    startClickable: null,
    startPainted: null,
    // Ours only: the practice modes, drawn once the core chunk is in and Start runs at once.
    coreReady: null,
    pending: null,
    answers: [],
    wasm: null,
  });

  // "Painted" is the task after the next frame: rAF runs just before the frame is rendered,
  // and a message posted from it is handled only once that frame has been produced.
  const afterNextPaint = (done) =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => done(now());
      channel.port2.postMessage(null);
    });

  const label = (el) => el.textContent.trim();
  const clickable = (el) =>
    !el.disabled && el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden';

  const lookForStart = () => {
    if (bench.startClickable !== null) return true;
    for (const button of document.getElementsByTagName('button')) {
      if (label(button) === 'Start quiz' && clickable(button)) {
        bench.startClickable = now();
        afterNextPaint((t) => (bench.startPainted = t));
        return true;
      }
    }
    return false;
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

  addEventListener('TrunkApplicationStarted', (event) => {
    bench.wasm = event.detail?.wasm ?? null;
  });

  const lookForCore = () => {
    if (bench.coreReady === null && document.querySelector('section.ways')) bench.coreReady = now();
  };

  const observer = new MutationObserver(() => {
    lookForStart();
    lookForCore();
    lookForFeedback();
  });
  observer.observe(document, {
    childList: true,
    subtree: true,
    attributes: true,
    attributeFilter: ['disabled', 'hidden', 'class', 'style'],
  });
  // Stylesheets can make an existing button visible without any DOM mutation.
  addEventListener('load', lookForStart);
})();
