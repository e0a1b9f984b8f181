/*! PMO Leader Quiz: the cmi5 launcher. No dependencies, no build step.
 * See crates/quiz-core/lms/cmi5/README.md and the cmi5 specification (Quartz):
 * https://github.com/AICC/CMI-5_Spec_Current/blob/quartz/cmi5_spec.md */
//
// cmi5.html is the assignable unit (AU) the LMS launches. This script:
//  1. reads the launch parameters (endpoint, fetch, actor, registration, activityId);
//  2. POSTs once to `fetch` for the auth token (spec 8.2), GETs the LMS.LaunchData state
//     document (10.0) and the quiz's own state document (resume data);
//  3. sends "initialized", lends the quiz a SCORM 2004 API (window.API_1484_11), and only
//     then opens the quiz (index.html) in the frame, with scorm=2004 and xapi=on;
//  4. turns what the quiz does into statements: each answer (the quiz's own xAPI
//     statement, posted to this page) becomes a cmi5 "allowed" statement; the result it
//     writes through the SCORM API becomes at most one "passed" or "failed" and one
//     "completed"; the quiz's Terminate, the Exit button or the page going away ends the
//     session with "terminated", and then the learner goes to the LMS's returnURL.
//
// The LMS failing never stops the learner: every request has a time limit, each failure
// is logged with console.warn and the quiz goes on. Statements are sent one at a time, in
// the order they were made, each by PUT with its own id; a statement whose PUT failed
// (no answer, a network error, 429 or 5xx) is sent once more with the same id, which an
// LRS stores at most once, so nothing is ever recorded twice.
(function () {
  'use strict';

  // The packaged quiz settings, a URL query string; the packager replaces the marker.
  var PACKAGED = '__SETTINGS__';
  // In the unpackaged source the marker is still there: it means no settings.
  if (PACKAGED === '__' + 'SETTINGS__') PACKAGED = '';

  var QUIZ_PAGE = 'index.html';
  /** The quiz's own state document, beside the LMS's LMS.LaunchData. */
  var STATE_ID = 'pmo-quiz.suspend';
  var XAPI_VERSION = '1.0.3';
  /** How long one statement or state request may take before it counts as failed. */
  var REQUEST_MS = 10000;
  /** How long the launch (token, launch data, resume data) may take altogether before
   * the quiz opens without reporting: the learner never waits longer for the LMS. */
  var LAUNCH_MS = 8000;
  /** The pause before a failed statement's one retry. */
  var RETRY_MS = 1000;
  /** How long Exit waits for the last statements before it goes to the returnURL. */
  var EXIT_WAIT_MS = 5000;
  /** Keepalive requests and beacons may carry at most 64 KiB between them, those in
   * flight included. The last batch goes twice as the page goes away (a beacon, whose
   * form encoding about doubles it, and a keepalive fetch), so its JSON stays under this. */
  var UNLOAD_BUDGET = 12000;

  var CMI5 = 'https://w3id.org/xapi/cmi5/';
  var CATEGORY_CMI5 = CMI5 + 'context/categories/cmi5';
  var CATEGORY_MOVEON = CMI5 + 'context/categories/moveon';
  var EXT_SESSION = CMI5 + 'context/extensions/sessionid';
  var EXT_MASTERY = CMI5 + 'context/extensions/masteryscore';
  var VERBS = {
    initialized: 'http://adlnet.gov/expapi/verbs/initialized',
    passed: 'http://adlnet.gov/expapi/verbs/passed',
    failed: 'http://adlnet.gov/expapi/verbs/failed',
    completed: 'http://adlnet.gov/expapi/verbs/completed',
    terminated: 'http://adlnet.gov/expapi/verbs/terminated',
  };

  var MESSAGES = {
    connecting: 'Connecting to your learning platform…',
    outside: 'Opened outside a learning platform: your results are not recorded.',
    offline: 'Your learning platform could not be reached: your results are not recorded this time.',
    failing: 'Your learning platform is not answering: some results may not have been recorded.',
    ended: 'Your session has ended. You can close this window.',
  };

  var page = {}; // the page's elements: status, exit, frame

  function warn() {
    var args = ['cmi5:'].concat([].slice.call(arguments));
    console.warn.apply(console, args);
  }

  // ---------------------------------------------------------------------------------
  // The page: layout through the CSSOM (a strict style-src blocks only inline styles).

  function layout() {
    page.status = document.getElementById('cmi5-status');
    page.exit = document.getElementById('cmi5-exit');
    page.frame = document.getElementById('cmi5-quiz');
    page.bar = document.getElementById('cmi5-bar');
    var set = function (el, css) {
      Object.keys(css).forEach(function (k) { el.style[k] = css[k]; });
    };
    set(document.documentElement, { height: '100%' });
    set(document.body, { margin: '0', height: '100%', display: 'flex', flexDirection: 'column', background: 'Canvas', color: 'CanvasText' });
    set(page.bar, { display: 'flex', alignItems: 'center', gap: '0.5rem', padding: '0.25rem 0.5rem', font: '0.875rem/1.4 system-ui, sans-serif', flex: 'none', borderBottom: '1px solid GrayText' });
    set(page.status, { margin: '0', flex: '1 1 auto' });
    // 44 px, as every target in the quiz (more than WCAG 2.2's 24 px minimum).
    set(page.exit, { font: 'inherit', minHeight: '44px', minWidth: '4.5rem', marginLeft: 'auto' });
    set(page.frame, { flex: '1 1 auto', width: '100%', minHeight: '0', border: '0', display: 'block' });
    page.frame.title = page.frame.title || document.title;
  }

  /** Shows `text` in the live status line; the bar folds away when it has nothing. */
  function status(text) {
    page.status.textContent = text || '';
    page.bar.hidden = !text && page.exit.hidden;
  }

  // ---------------------------------------------------------------------------------
  // Small helpers.

  /** A random (version 4) UUID. crypto.randomUUID needs a secure context; this does not. */
  function uuid() {
    var b = crypto.getRandomValues(new Uint8Array(16));
    b[6] = (b[6] & 0x0f) | 0x40;
    b[8] = (b[8] & 0x3f) | 0x80;
    var h = Array.prototype.map.call(b, function (x) { return (x + 256).toString(16).slice(1); }).join('');
    return h.slice(0, 8) + '-' + h.slice(8, 12) + '-' + h.slice(12, 16) + '-' + h.slice(16, 20) + '-' + h.slice(20);
  }

  /** Milliseconds as an ISO 8601 duration, to the hundredth of a second: PT1H2M3.45S. */
  function duration(ms) {
    var cs = Math.max(0, Math.round(ms / 10));
    var h = Math.floor(cs / 360000);
    var m = Math.floor((cs % 360000) / 6000);
    var s = (cs % 6000) / 100;
    return 'PT' + (h ? h + 'H' : '') + (m ? m + 'M' : '') + s + 'S';
  }

  function clone(value) {
    return value == null ? value : JSON.parse(JSON.stringify(value));
  }

  function sleep(ms) {
    return new Promise(function (ok) { setTimeout(ok, ms); });
  }

  // ---------------------------------------------------------------------------------
  // Launch parameters (spec 8.1).

  /** The five launch parameters, or null when any is missing (opened outside an LMS). */
  function launchParameters() {
    var q = new URLSearchParams(location.search);
    var names = ['endpoint', 'fetch', 'actor', 'registration', 'activityId'];
    var missing = names.filter(function (n) { return !q.get(n); });
    if (missing.length === names.length) return null;
    if (missing.length) {
      warn('launch parameters missing:', missing.join(', '), '- the quiz runs without reporting');
      return null;
    }
    var actor;
    try {
      actor = JSON.parse(q.get('actor'));
    } catch (e) {
      warn('the actor launch parameter is not JSON - the quiz runs without reporting');
      return null;
    }
    var endpoint = q.get('endpoint');
    return {
      endpoint: endpoint.replace(/\/?$/, '/'),
      fetch: q.get('fetch'),
      actorText: q.get('actor'),
      actor: actor,
      registration: q.get('registration'),
      activityId: q.get('activityId'),
    };
  }

  // ---------------------------------------------------------------------------------
  // HTTP: every request has a time limit and never throws.

  /**
   * Sends one request; resolves to { ok, status, body } and never rejects: status 0 means
   * no answer (a network error or the time limit). `keepalive` lets it outlive the page.
   */
  function request(method, url, opts) {
    opts = opts || {};
    var controller = new AbortController();
    var timer = setTimeout(function () { controller.abort(); }, opts.timeout || REQUEST_MS);
    var headers = { 'X-Experience-API-Version': XAPI_VERSION };
    if (opts.auth) headers.Authorization = 'Basic ' + opts.auth;
    var init = { method: method, headers: headers, signal: controller.signal, cache: 'no-store', keepalive: !!opts.keepalive };
    if (opts.json !== undefined) {
      headers['Content-Type'] = 'application/json';
      init.body = JSON.stringify(opts.json);
    }
    if (opts.noVersion) delete headers['X-Experience-API-Version'];
    var answered;
    try {
      answered = fetch(url, init);
    } catch (e) {
      answered = Promise.reject(e);
    }
    return answered.then(function (res) {
      return res.text().then(function (text) {
        var body = null;
        try { body = text ? JSON.parse(text) : null; } catch (e) { body = text; }
        return { ok: res.ok, status: res.status, body: body };
      });
    }).catch(function (e) {
      return { ok: false, status: 0, body: null, error: e && e.name === 'AbortError' ? 'no answer in time' : String(e && e.message || e) };
    }).finally(function () {
      clearTimeout(timer);
    });
  }

  function describe(res) {
    return res.status ? 'HTTP ' + res.status : res.error || 'no answer';
  }

  /** The state API's address for one document of this learner's registration. */
  function stateUrl(p, stateId) {
    var q = new URLSearchParams({ activityId: p.activityId, agent: p.actorText, registration: p.registration, stateId: stateId });
    return p.endpoint + 'activities/state?' + q.toString();
  }

  /** The auth token from the one-time fetch URL (8.2), or null. */
  function fetchToken(p, deadline) {
    // POST with no body; the fetch URL is the LMS's, not the LRS's, so no xAPI header.
    return request('POST', p.fetch, { timeout: remaining(deadline), noVersion: true }).then(function (res) {
      var token = res.ok && res.body && typeof res.body === 'object' ? res.body['auth-token'] : null;
      if (!token) {
        var why = res.body && res.body['error-code'] ? 'error ' + res.body['error-code'] + ' ' + (res.body['error-text'] || '') : describe(res);
        warn('the fetch URL gave no auth token (' + why + ')');
        return null;
      }
      return token;
    });
  }

  function remaining(deadline) {
    return Math.max(1, deadline - Date.now());
  }

  /** A state document: its JSON, null when there is none (404), undefined on failure. */
  function getState(p, token, stateId, deadline) {
    return request('GET', stateUrl(p, stateId), { auth: token, timeout: remaining(deadline) }).then(function (res) {
      if (res.status === 404) return null;
      if (res.ok && res.body && typeof res.body === 'object') return res.body;
      warn('could not read the state document ' + stateId + ' (' + describe(res) + ')');
      return undefined;
    });
  }

  // ---------------------------------------------------------------------------------
  // Statements (spec 9.0).

  /**
   * The statement's context: the LMS's contextTemplate (10.2.1), whose values are never
   * overwritten (its session id and publisher id grouping among them), the registration,
   * and `extra`'s context activities and extensions added to it.
   */
  function context(s, extra) {
    var c = clone(s.launchData.contextTemplate) || {};
    extra = extra || {};
    Object.keys(extra).forEach(function (k) {
      if (k !== 'contextActivities' && k !== 'extensions' && c[k] === undefined) c[k] = extra[k];
    });
    c.registration = s.params.registration;
    var activities = c.contextActivities || {};
    var more = extra.contextActivities || {};
    Object.keys(more).forEach(function (k) {
      var list = [].concat(activities[k] || [], more[k] || []);
      var seen = {};
      activities[k] = list.filter(function (a) { return a && !seen[a.id] && (seen[a.id] = true); });
    });
    if (Object.keys(activities).length) c.contextActivities = activities;
    var extensions = Object.assign({}, extra.extensions || {}, c.extensions || {});
    if (!extensions[EXT_SESSION]) extensions[EXT_SESSION] = s.sessionId;
    c.extensions = extensions;
    return c;
  }

  /** A "cmi5 defined" statement: one of the spec's verbs about the AU itself. */
  function defined(s, verb, result, more) {
    more = more || {};
    var category = [{ objectType: 'Activity', id: CATEGORY_CMI5 }];
    if (result && (result.success !== undefined || result.completion !== undefined)) {
      category.push({ objectType: 'Activity', id: CATEGORY_MOVEON });
    }
    var statement = {
      id: uuid(),
      timestamp: new Date().toISOString(),
      actor: s.params.actor,
      verb: { id: VERBS[verb], display: { 'en-US': verb } },
      object: { objectType: 'Activity', id: s.params.activityId },
      context: context(s, { contextActivities: { category: category }, extensions: more.extensions }),
    };
    if (result) statement.result = result;
    return statement;
  }

  /**
   * A "cmi5 allowed" statement from the quiz's own xAPI statement for an answer: the same
   * verb, question and result, with this learner as the actor, the AU as the question's
   * parent, and the cmi5 context (registration, session id, publisher id grouping), but
   * never the cmi5 category, which marks defined statements only (7.1.3).
   */
  function allowed(s, quizStatement) {
    var statement = clone(quizStatement);
    statement.id = uuid();
    statement.timestamp = new Date().toISOString();
    statement.actor = s.params.actor;
    var own = statement.context || {};
    var activities = own.contextActivities || {};
    // The quiz names its own address as the parent; here the AU is.
    activities.parent = [{ objectType: 'Activity', id: s.params.activityId }];
    statement.context = context(s, Object.assign({}, own, { contextActivities: activities }));
    var ca = statement.context.contextActivities;
    if (ca && ca.category) {
      ca.category = ca.category.filter(function (a) { return a.id !== CATEGORY_CMI5 && a.id !== CATEGORY_MOVEON; });
      if (!ca.category.length) delete ca.category;
    }
    return statement;
  }

  /** Queues a statement; they go one at a time, in order. Nothing after "terminated". */
  function send(s, statement) {
    if (s.terminatedQueued) {
      warn('statement after terminated dropped:', statement.verb.id);
      return;
    }
    if (statement.verb.id === VERBS.terminated) s.terminatedQueued = true;
    s.queue.push(statement);
    pump(s);
  }

  function pump(s) {
    if (s.sending || s.unloading || !s.queue.length) return;
    s.sending = true;
    var statement = s.queue[0];
    s.inFlight = statement;
    put(s, statement).then(function () {
      s.inFlight = null;
      s.sending = false;
      if (s.queue[0] === statement) s.queue.shift();
      if (s.queue.length) pump(s);
      else s.drained.splice(0).forEach(function (done) { done(); });
    });
  }

  /** PUTs one statement by its id; one retry, with the same id, after no answer or a 429
   * or 5xx. A 4xx means the LRS refused it: sending it again cannot help. */
  function put(s, statement) {
    var url = s.params.endpoint + 'statements?statementId=' + encodeURIComponent(statement.id);
    var attempt = function (n) {
      return request('PUT', url, { auth: s.token, json: statement, keepalive: true }).then(function (res) {
        if (res.ok) return;
        var again = res.status === 0 || res.status === 429 || res.status >= 500;
        if (again && n === 0 && !s.unloading) {
          return sleep(RETRY_MS).then(function () { return attempt(1); });
        }
        warn('statement not recorded: ' + statement.verb.display['en-US'] + ' ' + statement.id + ' (' + describe(res) + ')');
        if (!s.warned) {
          s.warned = true;
          status(MESSAGES.failing);
        }
      });
    };
    return attempt(0);
  }

  /** Resolves once every queued statement has had its answer, or after `ms`. */
  function drained(s, ms) {
    if (!s.sending && !s.queue.length) return Promise.resolve();
    return Promise.race([new Promise(function (ok) { s.drained.push(ok); }), sleep(ms)]);
  }

  /**
   * xAPI 1.0.3's alternate request syntax (Communication 1.3, which an LRS must accept):
   * the method as the one query parameter, and the headers, the other parameters and the
   * content as form fields of a POST. A browser sends that as a beacon with no CORS
   * preflight, so it still leaves while the page is being torn down, where a keepalive
   * fetch to another origin, which needs a preflight first, is sometimes lost.
   */
  function beacon(s, method, resource, params, json) {
    if (!navigator.sendBeacon) return false;
    var form = new URLSearchParams(params || {});
    form.set('Authorization', 'Basic ' + s.token);
    form.set('X-Experience-API-Version', XAPI_VERSION);
    form.set('Content-Type', 'application/json');
    form.set('content', JSON.stringify(json));
    try {
      return navigator.sendBeacon(s.params.endpoint + resource + '?method=' + method, form);
    } catch (e) {
      return false;
    }
  }

  /**
   * The page is going away: every statement not yet acknowledged goes out in one batch,
   * in order, both as a beacon and as a keepalive POST. The one whose PUT is in flight
   * goes again too: a keepalive that needs a CORS preflight is sometimes lost as a page
   * is torn down. Each carries its id, so an LRS that gets a statement twice keeps one.
   */
  function flush(s) {
    s.unloading = true;
    var waiting = s.queue.slice();
    s.queue = [];
    if (!waiting.length) return;
    // Within the budget: answers are dropped first, oldest first, before any cmi5
    // defined statement (terminated above all) would be.
    var isAllowed = function (st) { return !Object.keys(VERBS).some(function (k) { return VERBS[k] === st.verb.id; }); };
    while (JSON.stringify(waiting).length > UNLOAD_BUDGET && waiting.some(isAllowed)) {
      var dropped = waiting.splice(waiting.findIndex(isAllowed), 1)[0];
      warn('answer statement dropped as the page closed:', dropped.id);
    }
    beacon(s, 'POST', 'statements', null, waiting);
    request('POST', s.params.endpoint + 'statements', { auth: s.token, json: waiting, keepalive: true }).then(function (res) {
      if (!res.ok) warn('last statements not recorded (' + describe(res) + ')');
    });
  }

  // ---------------------------------------------------------------------------------
  // The quiz's state document: resume data and what this registration has reported.

  /** Saves the document; one request at a time, the latest version last. */
  function saveState(s, keepalive) {
    // A document that could not be read is never overwritten: it may hold what this
    // registration already reported, or another session's resume data.
    if (s.docUnread) return;
    s.stateDirty = true;
    if (s.stateSaving && !keepalive) return;
    var doc = clone(s.doc);
    if (s.unloading) {
      // As the page goes: a beacon as well (see beacon()); the same PUT twice is harmless.
      var q = new URLSearchParams(stateUrl(s.params, STATE_ID).split('?')[1]);
      var params = {};
      q.forEach(function (v, k) { params[k] = v; });
      beacon(s, 'PUT', 'activities/state', params, doc);
    }
    s.stateDirty = false;
    s.stateSaving = true;
    request('PUT', stateUrl(s.params, STATE_ID), { auth: s.token, json: doc, keepalive: !!keepalive || s.unloading }).then(function (res) {
      s.stateSaving = false;
      if (!res.ok) {
        warn('resume data not saved (' + describe(res) + ')');
        // Tried again with the next commit, or as the page goes away.
        s.stateDirty = true;
        return;
      }
      if (s.stateDirty && !s.unloading) saveState(s);
    });
  }

  // ---------------------------------------------------------------------------------
  // The result: passed or failed, and completed (spec 9.3, 9.5, 10.2.4).

  /** Called on each Commit and on Terminate: reports a result the quiz has just set. */
  function judge(s) {
    var finished = s.verdictDue;
    s.verdictDue = false;
    var completed = s.completionDue;
    s.completionDue = false;
    // Browse and Review record nothing that counts (10.2.2).
    if (s.launchData.launchMode !== 'Normal') return;
    var changed = false;
    var elapsed = duration(Date.now() - s.initializedAt);
    if (finished) {
      var scaled = parseFloat(s.cmi['cmi.score.scaled']);
      var mastery = s.mastery;
      // The LMS's mastery score decides when it gave one; else the quiz's own verdict.
      var passed = mastery != null && !isNaN(scaled) ? scaled >= mastery : s.cmi['cmi.success_status'] === 'passed';
      var result = { success: passed, duration: elapsed };
      if (!isNaN(scaled)) result.score = { scaled: Math.min(1, Math.max(0, scaled)) };
      var extensions = mastery != null ? { [EXT_MASTERY]: mastery } : undefined;
      // At most one of passed/failed a session, at most one passed a registration, and
      // no failed after a passed (9.3). A pass goes at once. A fail waits for the end of
      // the session, timestamped when it happened: a learner who tries again at once
      // and passes gets the pass recorded, which a failed already sent would forbid.
      if (!s.judged && !s.doc.reported.passed) {
        var statement = defined(s, passed ? 'passed' : 'failed', result, { extensions: extensions });
        if (passed) {
          s.failure = null;
          send(s, statement);
          s.judged = true;
          s.doc.reported.passed = true;
          changed = true;
        } else {
          s.failure = statement;
        }
      }
    }
    if (completed && !s.doc.reported.completed) {
      // At most one completed a registration; it carries no score or success (9.5).
      send(s, defined(s, 'completed', { completion: true, duration: elapsed }));
      s.doc.reported.completed = true;
      changed = true;
    }
    if (changed) saveState(s);
  }

  /**
   * Ends the session: the last state, a result still due, then "terminated", last of all.
   * With the page staying (Exit, or the quiz's own Terminate) it then goes to returnURL.
   */
  function end(s) {
    if (s.ended) return;
    s.ended = true;
    judge(s);
    if (s.failure) send(s, s.failure);
    send(s, defined(s, 'terminated', { duration: duration(Date.now() - s.initializedAt) }));
    if (s.unloading) return;
    if (s.stateDirty || s.stateSaving) saveState(s, true);
    page.exit.hidden = true;
    drained(s, EXIT_WAIT_MS).then(function () {
      var back = s.launchData.returnURL;
      if (typeof back === 'string' && back) {
        leaveTo(back);
      } else {
        page.frame.hidden = true;
        status(MESSAGES.ended);
      }
    });
  }

  /** Goes to the LMS's returnURL in the top window, or in this one where the top is not
   * ours to navigate (10.2.6: "the current browser window or frame"). */
  function leaveTo(url) {
    try {
      if (window.top !== window) {
        window.top.location.href = url;
        return;
      }
    } catch (e) {
      warn('could not navigate the top window; going to the return URL here');
    }
    location.href = url;
  }

  // ---------------------------------------------------------------------------------
  // The SCORM 2004 API lent to the quiz (src/lms/ finds it in this, its parent, window).

  var ERRORS = {
    0: 'No Error', 101: 'General Exception', 103: 'Already Initialized', 104: 'Content Instance Terminated',
    112: 'Termination Before Initialization', 113: 'Termination After Termination',
    122: 'Retrieve Data Before Initialization', 123: 'Retrieve Data After Termination',
    132: 'Store Data Before Initialization', 133: 'Store Data After Termination',
    142: 'Commit Before Initialization', 143: 'Commit After Termination', 201: 'General Argument Error',
    401: 'Undefined Data Model Element', 403: 'Data Model Element Value Not Initialized',
  };

  function scormApi(s) {
    var state = 'new'; // new, running, done
    var last = 0;
    var fail = function (code, value) { last = code; return value === undefined ? 'false' : value; };
    var ok = function (value) { last = 0; return value === undefined ? 'true' : value; };
    var saved = s.doc;
    // What the quiz reads at launch, answered from the state document and launch data.
    var initial = function (element) {
      switch (element) {
        case 'cmi._version': return '1.0';
        case 'cmi.entry': return s.hadDoc ? (saved.exit === 'suspend' ? 'resume' : '') : 'ab-initio';
        case 'cmi.suspend_data': return saved.suspendData || undefined;
        case 'cmi.completion_status': return saved.completionStatus || 'unknown';
        case 'cmi.success_status': return saved.successStatus || 'unknown';
        case 'cmi.mode': return { Browse: 'browse', Review: 'review' }[s.launchData.launchMode] || 'normal';
        case 'cmi.credit': return s.launchData.launchMode === 'Normal' ? 'credit' : 'no-credit';
        case 'cmi.scaled_passing_score': return s.mastery != null ? String(s.mastery) : undefined;
        case 'cmi.launch_data': return typeof s.launchData.launchParameters === 'string' ? s.launchData.launchParameters : undefined;
        case 'cmi.learner_id': return s.params.actor.account ? String(s.params.actor.account.name) : undefined;
        case 'cmi.learner_name': return s.params.actor.name ? String(s.params.actor.name) : undefined;
        case 'cmi.interactions._count': return String(s.interactions);
        default: return undefined;
      }
    };
    var commit = function () {
      var normal = s.launchData.launchMode === 'Normal';
      var doc = s.doc;
      var before = JSON.stringify(doc);
      if ('cmi.suspend_data' in s.cmi) doc.suspendData = s.cmi['cmi.suspend_data'];
      if ('cmi.exit' in s.cmi) doc.exit = s.cmi['cmi.exit'];
      // Browse and Review leave the recorded status as it was.
      if (normal && 'cmi.completion_status' in s.cmi) doc.completionStatus = s.cmi['cmi.completion_status'];
      if (normal && 'cmi.success_status' in s.cmi) doc.successStatus = s.cmi['cmi.success_status'];
      if (JSON.stringify(doc) !== before || s.stateDirty) saveState(s);
      judge(s);
    };
    return {
      Initialize: function (arg) {
        if (arg !== '' && arg !== undefined) return fail(201);
        if (state === 'running') return fail(103);
        if (state === 'done') return fail(104);
        state = 'running';
        return ok();
      },
      Terminate: function (arg) {
        if (arg !== '' && arg !== undefined) return fail(201);
        if (state === 'new') return fail(112);
        if (state === 'done') return fail(113);
        commit();
        state = 'done';
        end(s);
        return ok();
      },
      GetValue: function (element) {
        if (state === 'new') return fail(122, '');
        if (state === 'done') return fail(123, '');
        element = String(element);
        if (element in s.cmi) return ok(s.cmi[element]);
        var value = initial(element);
        return value === undefined ? fail(403, '') : ok(value);
      },
      SetValue: function (element, value) {
        if (state === 'new') return fail(132);
        if (state === 'done') return fail(133);
        element = String(element);
        value = String(value);
        if (!/^cmi\./.test(element)) return fail(401);
        s.cmi[element] = value;
        var n = /^cmi\.interactions\.(\d+)\.id$/.exec(element);
        if (n) s.interactions = Math.max(s.interactions, Number(n[1]) + 1);
        // The quiz writes the score before the statuses at the end of an attempt.
        if (element === 'cmi.success_status' && (value === 'passed' || value === 'failed')) s.verdictDue = true;
        if (element === 'cmi.completion_status' && value === 'completed') s.completionDue = true;
        return ok();
      },
      Commit: function (arg) {
        if (arg !== '' && arg !== undefined) return fail(201);
        if (state === 'new') return fail(142);
        if (state === 'done') return fail(143);
        commit();
        return ok();
      },
      GetLastError: function () { return String(last); },
      GetErrorString: function (code) { return ERRORS[code] || ''; },
      GetDiagnostic: function (code) { return ERRORS[code === '' || code == null ? last : code] || ''; },
    };
  }

  // ---------------------------------------------------------------------------------
  // The quiz's address and its answers.

  /** index.html with the packaged settings, the LMS's launchParameters when they are a
   * query string, and what reporting needs. */
  function quizUrl(s) {
    var q = new URLSearchParams(PACKAGED);
    if (s) {
      var extra = s.launchData.launchParameters;
      if (typeof extra === 'string' && extra.indexOf('=') >= 0) {
        new URLSearchParams(extra).forEach(function (v, k) { q.set(k, v); });
      }
      if (s.mastery != null) {
        // The quiz takes a whole percent; rounding up means the quiz never shows "passed"
        // where the LMS records "failed" (the launcher judges by masteryScore itself).
        q.set('pass', String(Math.ceil(Math.round(s.mastery * 10000) / 100)));
      }
      q.set('scorm', '2004');
      q.set('xapi', 'on');
      // The quiz posts its events (and their statements) only to the origins named.
      if (location.origin !== 'null') {
        var origins = (q.get('origins') || '').split(/[ ,]+/).filter(Boolean);
        if (origins.indexOf(location.origin) < 0) origins.push(location.origin);
        q.set('origins', origins.join(','));
      }
    }
    var query = q.toString().replace(/%2C/gi, ',');
    return QUIZ_PAGE + (query ? '?' + query : '');
  }

  function listen(s) {
    window.addEventListener('message', function (e) {
      if (e.source !== page.frame.contentWindow || e.origin !== location.origin) return;
      var d = e.data;
      if (!d || d.type !== 'pmo-quiz' || d.version !== 1) return;
      // Answers become allowed statements. The attempt's result reaches the LMS through
      // the SCORM API as passed/failed and completed, so its statement is not sent.
      if (d.event === 'question-answered' && d.statement && !s.ended) send(s, allowed(s, d.statement));
    });
    // The page goes: the session ends now, and what is left goes out as beacons and
    // keepalives. beforeunload comes first, while the page is still whole: a page being
    // torn down is sometimes stopped before its pagehide handlers run (seen in Chromium
    // when the renderer is busy). pagehide covers browsers and cases without beforeunload
    // (mobile, the back-forward cache) and sends what the quiz saved in between.
    var leaving = function () {
      s.unloading = true;
      end(s);
      flush(s);
      if (s.stateDirty || s.stateSaving) saveState(s, true);
    };
    window.addEventListener('beforeunload', function () {
      leaving();
      // Nothing here cancels leaving; if something else did, the session is over anyway.
      setTimeout(function () {
        page.exit.hidden = true;
        status(MESSAGES.ended);
      }, 3000);
    });
    window.addEventListener('pagehide', leaving);
    window.addEventListener('pageshow', function (e) {
      // Back from the back-forward cache: the LMS session is over; a new launch is needed.
      if (e.persisted && s.ended) {
        page.exit.hidden = true;
        status(MESSAGES.ended);
      }
    });
    page.exit.addEventListener('click', function () {
      page.exit.disabled = true;
      // Unloading the quiz makes it save, commit and Terminate, which ends the session.
      var gone = new Promise(function (ok) { page.frame.addEventListener('load', ok, { once: true }); });
      page.frame.src = 'about:blank';
      Promise.race([gone, sleep(2000)]).then(function () { end(s); });
    });
  }

  // ---------------------------------------------------------------------------------
  // The launch.

  function open(s) {
    page.frame.src = quizUrl(s);
  }

  function launch() {
    layout();
    var params = launchParameters();
    if (!params) {
      status(MESSAGES.outside);
      open(null);
      return;
    }
    status(MESSAGES.connecting);
    var deadline = Date.now() + LAUNCH_MS;
    var token;
    var launchData;
    fetchToken(params, deadline).then(function (t) {
      token = t;
      if (!token) return [];
      // The launch data and the resume data, side by side; resume data is optional.
      return Promise.all([getState(params, token, 'LMS.LaunchData', deadline), getState(params, token, STATE_ID, deadline)]);
    }).then(function (docs) {
      launchData = docs[0];
      var doc = docs[1];
      if (!token || !launchData) {
        if (token) warn('no LMS.LaunchData - the quiz runs without reporting');
        status(MESSAGES.offline);
        open(null);
        return;
      }
      var mastery = Number(launchData.masteryScore);
      var s = {
        params: params,
        token: token,
        launchData: launchData,
        mastery: launchData.masteryScore != null && mastery >= 0 && mastery <= 1 ? mastery : null,
        sessionId: '',
        hadDoc: !!doc,
        docUnread: doc === undefined,
        doc: Object.assign({ suspendData: '', exit: '', reported: {} }, doc || {}),
        cmi: {},
        interactions: 0,
        queue: [],
        drained: [],
        initializedAt: Date.now(),
      };
      s.doc.reported = Object.assign({ passed: false, completed: false }, s.doc.reported);
      var template = launchData.contextTemplate || {};
      s.sessionId = (template.extensions && template.extensions[EXT_SESSION]) || '';
      if (!s.sessionId) {
        warn('the launch data has no session id in its contextTemplate; using one of our own');
        s.sessionId = uuid();
      }
      if (!launchData.contextTemplate) launchData.contextTemplate = {};
      if (['Normal', 'Browse', 'Review'].indexOf(launchData.launchMode) < 0) {
        warn('the launch data has no valid launchMode (' + launchData.launchMode + '); taken as Normal');
        launchData.launchMode = 'Normal';
      }
      // "initialized" first of all (7.1.1); the quiz can be used meanwhile.
      send(s, defined(s, 'initialized'));
      window.API_1484_11 = scormApi(s);
      listen(s);
      page.exit.hidden = false;
      status('');
      open(s);
    });
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', launch);
  else launch();
})();
