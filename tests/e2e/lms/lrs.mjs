// A stand-in cmi5 LMS and its learning record store for cmi5.spec.mjs, in the test
// process on loopback. Two origins, as in most real set-ups: `content` serves the AU's
// files (under /au/) and the returnURL page; `lrs` answers the one-time fetch URL
// (/fetch), the statements resource and the state resource (under /xapi/), with CORS.
//
// `launch()` does what a cmi5 LMS does before it launches an AU (spec 8.0, 10.0): a new
// session id and auth token, the LMS.LaunchData state document with a contextTemplate,
// and the launch URL. Every statement that arrives is checked at once with Learning
// Locker's xAPI validator and the cmi5 rules an AU must keep; what breaks them is in
// `problems`, which the tests expect to be empty. `fail` makes the LRS answer 500 or
// nothing at all, per resource.
import { createServer } from 'node:http';
import { randomUUID } from 'node:crypto';
import { isDeepStrictEqual } from 'node:util';
import { serve } from '../server.mjs';
import validation from '@learninglocker/xapi-validation';

const validate = validation.default ?? validation;

const CMI5 = 'https://w3id.org/xapi/cmi5/';
export const CATEGORY_CMI5 = `${CMI5}context/categories/cmi5`;
export const CATEGORY_MOVEON = `${CMI5}context/categories/moveon`;
export const EXT_SESSION = `${CMI5}context/extensions/sessionid`;
export const EXT_MASTERY = `${CMI5}context/extensions/masteryscore`;
const ADL = 'http://adlnet.gov/expapi/verbs/';
export const VERBS = Object.fromEntries(['initialized', 'passed', 'failed', 'completed', 'terminated', 'answered'].map((v) => [v, ADL + v]));
const DEFINED = new Set(['initialized', 'passed', 'failed', 'completed', 'terminated'].map((v) => ADL + v));
export const PUBLISHER_ID = 'urn:pmo-leader-quiz:test:quiz';
const CORS = {
  'access-control-allow-origin': '*',
  'access-control-allow-methods': 'GET, PUT, POST, DELETE, OPTIONS',
  'access-control-allow-headers': 'Authorization, Content-Type, X-Experience-API-Version',
  'access-control-expose-headers': 'X-Experience-API-Version',
  'access-control-max-age': '600',
};

/** The verb's last word, for readable lists: `initialized`, `answered`… */
export const verbName = (s) => s.verb.id.split('/').pop();
const isDefined = (s) => (s.context?.contextActivities?.category ?? []).some((a) => a.id === CATEGORY_CMI5);
const hasCategory = (s, id) => (s.context?.contextActivities?.category ?? []).some((a) => a.id === id);
const readBody = (req) => new Promise((ok) => {
  const chunks = [];
  req.on('data', (c) => chunks.push(c));
  req.on('end', () => ok(Buffer.concat(chunks).toString('utf8')));
});

/** A JSON value with its keys sorted, so two agents compare by content. */
function canonical(value) {
  if (Array.isArray(value)) return value.map(canonical);
  if (value && typeof value === 'object') return Object.fromEntries(Object.keys(value).sort().map((k) => [k, canonical(value[k])]));
  return value;
}

/**
 * Starts the LMS. `auRoot` is the AU's folder (the quiz, cmi5.html and cmi5.js), served
 * at `${content}au/`.
 */
export async function startLms({ auRoot, csp = false }) {
  const lms = {
    /** Every statement request's statements as they arrived: { id, statement, session, status }. */
    deliveries: [],
    /** The statements the LRS stored, once each, in arrival order, with their session. */
    stored: [],
    /** Broken rules, as readable sentences. */
    problems: [],
    /** Second and later uses of a fetch URL (each got cmi5's error 1). */
    refusedFetches: 0,
    /** Requests in xAPI's alternate request syntax (the launcher's beacons). */
    alternate: 0,
    /** The launches, by auth token: { actor, activityId, registration, sessionId, token,
     * launchData, fetches (uses of its fetch URL), url, fetchUrl }. */
    sessions: new Map(),
    /** State documents by key. */
    documents: new Map(),
    /** Per resource: null (answer), a status such as 500, or 'hang' (never answer). A
     * statement the LRS hangs on is stored (the answer is what is lost); one it fails is not. */
    fail: { statements: null, stateRead: null, stateWrite: null, launchData: null, fetch: null },
    /** Responses held open, ended by close(). */
    hanging: [],
  };
  const problem = (text) => lms.problems.push(text);
  const fetchKeys = new Map(); // key -> session

  const stateKey = (q) => {
    let agent;
    try {
      agent = JSON.stringify(canonical(JSON.parse(q.get('agent'))));
    } catch {
      return null;
    }
    return JSON.stringify([q.get('activityId'), agent, q.get('registration') ?? '', q.get('stateId')]);
  };

  const lrs = createServer(async (req, res) => {
    // LRS_LOG=1 prints each request the LRS gets, for debugging a run.
    if (process.env.LRS_LOG) console.log(`LRS ${lrs.address().port}`, Date.now() % 100000, req.method, req.url.slice(0, 60));
    const url = new URL(req.url, 'http://x');
    const raw = await readBody(req);
    const reply = (status, json, headers = {}) => {
      res.writeHead(status, { ...CORS, 'x-experience-api-version': '1.0.3', ...(json !== undefined ? { 'content-type': 'application/json' } : {}), ...headers });
      res.end(json !== undefined ? JSON.stringify(json) : undefined);
    };
    if (req.method === 'OPTIONS') return reply(204);
    const failing = (mode) => {
      if (mode === 'hang') {
        lms.hanging.push(res);
        return true;
      }
      if (mode) {
        reply(mode, { error: 'the test LRS is failing on purpose' });
        return true;
      }
      return false;
    };

    // The LMS's one-time fetch URL (8.2).
    if (url.pathname === '/fetch') {
      if (req.method !== 'POST') {
        problem(`fetch URL called with ${req.method}; the spec allows only POST`);
        return reply(405, {});
      }
      if (failing(lms.fail.fetch)) return;
      const session = fetchKeys.get(url.searchParams.get('k'));
      if (!session) return reply(200, { 'error-code': '2', 'error-text': 'Unknown fetch URL.' });
      session.fetches += 1;
      if (session.fetches > 1) {
        lms.refusedFetches += 1;
        return reply(200, { 'error-code': '1', 'error-text': 'The authorization token has already been returned.' });
      }
      return reply(200, { 'auth-token': session.token });
    }

    // The page the LMS gives as returnURL.
    if (url.pathname === '/lms/returned') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      return res.end('<!doctype html><title>Course page</title><h1>Back in the course</h1>');
    }

    if (!url.pathname.startsWith('/xapi/')) return reply(404, {});
    // xAPI 1.0.3's alternate request syntax (Communication 1.3): a POST whose one query
    // parameter is the method, with the headers, parameters and content as form fields.
    let method = req.method;
    let headers = req.headers;
    let body = raw;
    if (req.method === 'POST' && url.searchParams.has('method')) {
      method = url.searchParams.get('method').toUpperCase();
      if ([...url.searchParams.keys()].length !== 1) problem(`alternate request syntax with more than the method in the query: ${url.search}`);
      if (!/^application\/x-www-form-urlencoded/.test(req.headers['content-type'] ?? '')) problem('alternate request syntax without a form body');
      const form = new URLSearchParams(raw);
      const HEADERS = { Authorization: 'authorization', 'X-Experience-API-Version': 'x-experience-api-version', 'Content-Type': 'content-type' };
      headers = {};
      url.search = '';
      for (const [k, v] of form) {
        if (HEADERS[k]) headers[HEADERS[k]] = v;
        else if (k !== 'content') url.searchParams.set(k, v);
      }
      body = form.get('content') ?? '';
      lms.alternate += 1;
    }
    const auth = headers.authorization ?? '';
    const session = lms.sessions.get(auth.replace(/^Basic /, ''));
    if (!auth.startsWith('Basic ') || !session) {
      problem(`${method} ${url.pathname} without a valid auth token (${auth || 'none'})`);
      return reply(401, {});
    }
    if (headers['x-experience-api-version'] !== '1.0.3') {
      problem(`${method} ${url.pathname} with X-Experience-API-Version ${headers['x-experience-api-version']}`);
    }

    if (url.pathname === '/xapi/activities/state') {
      const key = stateKey(url.searchParams);
      if (!key || !url.searchParams.get('activityId') || !url.searchParams.get('stateId')) {
        problem(`state ${method} without activityId, agent or stateId: ${url.search}`);
        return reply(400, {});
      }
      const stateId = url.searchParams.get('stateId');
      if (url.searchParams.get('registration') !== session.registration) problem(`state ${method} ${stateId} for another registration`);
      if (url.searchParams.get('activityId') !== session.activityId) problem(`state ${method} ${stateId} for another activity`);
      if (!isDeepStrictEqual(canonical(JSON.parse(url.searchParams.get('agent'))), canonical(session.actor))) problem(`state ${method} ${stateId} for another agent`);
      if (method === 'GET') {
        if (failing(stateId === 'LMS.LaunchData' ? lms.fail.launchData : lms.fail.stateRead)) return;
        const doc = lms.documents.get(key);
        return doc === undefined ? reply(404, {}) : reply(200, doc);
      }
      if (stateId === 'LMS.LaunchData') {
        problem(`the AU tried to ${method} LMS.LaunchData, which it must not change (10.2.1)`);
        return reply(403, {});
      }
      if (failing(lms.fail.stateWrite)) return;
      if (method === 'DELETE') {
        lms.documents.delete(key);
        return reply(204);
      }
      let doc;
      try {
        doc = JSON.parse(body);
      } catch {
        problem(`state ${method} ${stateId} with a body that is not JSON`);
        return reply(400, {});
      }
      if (!/^application\/json/.test(headers['content-type'] ?? '')) problem(`state ${method} ${stateId} without Content-Type application/json`);
      if (method === 'PUT') lms.documents.set(key, doc);
      else if (method === 'POST') lms.documents.set(key, { ...(lms.documents.get(key) ?? {}), ...doc });
      else return reply(405, {});
      return reply(204);
    }

    if (url.pathname === '/xapi/statements') {
      if (method !== 'PUT' && method !== 'POST') return reply(405, {});
      let sent;
      try {
        sent = JSON.parse(body);
      } catch {
        problem('a statements request whose body is not JSON');
        return reply(400, {});
      }
      const list = Array.isArray(sent) ? sent : [sent];
      if (method === 'PUT') {
        if (Array.isArray(sent)) problem('PUT /statements with an array');
        if (url.searchParams.get('statementId') !== sent.id) problem(`PUT /statements?statementId=${url.searchParams.get('statementId')} with a statement whose id is ${sent.id}`);
      }
      const mode = lms.fail.statements;
      const stores = mode === null || mode === 'hang';
      for (const statement of list) {
        lms.deliveries.push({ id: statement.id, statement, session, status: mode ?? 200 });
        if (stores) receive(statement, session);
      }
      if (failing(mode)) return;
      return method === 'PUT' ? reply(204) : reply(200, list.map((s) => s.id));
    }
    return reply(404, {});
  });

  /** Stores a statement (once per id) and checks it against xAPI and cmi5. */
  function receive(statement, session) {
    const earlier = lms.stored.find((e) => e.statement.id === statement.id);
    if (earlier) {
      // Sent again (a retry): the LRS keeps the first; the two must be the same.
      if (!isDeepStrictEqual(earlier.statement, statement)) problem(`statement ${statement.id} sent twice with different content`);
      return;
    }
    const mine = lms.stored.filter((e) => e.session === session).map((e) => e.statement);
    lms.stored.push({ statement, session });
    const name = statement.verb ? verbName(statement) : '?';
    const say = (text) => problem(`${name} ${statement.id ?? ''}: ${text}`);
    const need = (ok, text) => ok || say(text);
    for (const w of validate(statement)) say(`xAPI: ${w.path.join('.')} is not a valid ${w.typeName ?? 'value'}`);
    need(typeof statement.id === 'string', 'has an id (9.1)');
    need(/(Z|[+-]00:?00)$/.test(statement.timestamp ?? ''), 'has a UTC timestamp (9.7)');
    need(isDeepStrictEqual(statement.actor, session.actor), 'has the launch actor (8.1.3)');
    const context = statement.context ?? {};
    need(context.registration === session.registration, 'has the registration in its context (9.6.1)');
    need(context.extensions?.[EXT_SESSION] === session.sessionId, 'has the session id extension (9.6.3.1)');
    need((context.contextActivities?.grouping ?? []).some((a) => a.id === PUBLISHER_ID), 'keeps the contextTemplate publisher id grouping (9.6.2.3, 10.2.1)');
    // Order within the session (9.3): initialized first, nothing after terminated.
    if (!mine.length) need(statement.verb?.id === VERBS.initialized, 'the first statement of a session is initialized (7.1.1)');
    if (mine.some((s) => s.verb.id === VERBS.terminated)) say('arrived after terminated (7.1.2)');
    if (mine.length && statement.timestamp < mine[0].timestamp) say('is timestamped before initialized');
    if (mine.some((s) => s.verb.id === VERBS.terminated && s.timestamp > statement.timestamp)) say('is timestamped before terminated');
    const result = statement.result ?? {};
    if (!isDefined(statement)) {
      need(!hasCategory(statement, CATEGORY_MOVEON), 'an allowed statement carries no moveOn category (9.6.2.2)');
      return;
    }
    // cmi5 defined statements.
    need(DEFINED.has(statement.verb?.id), 'a cmi5 defined statement uses a cmi5 verb an AU may send (9.3)');
    need(statement.object?.id === session.activityId, 'its object is the AU, by the launch activityId (9.4)');
    const judged = statement.verb.id === VERBS.passed || statement.verb.id === VERBS.failed;
    need(hasCategory(statement, CATEGORY_MOVEON) === (result.success !== undefined || result.completion !== undefined), 'carries the moveOn category exactly when its result has success or completion (9.6.2.2)');
    need(judged || result.score === undefined, 'has no score unless passed or failed (9.5.1)');
    need(judged ? result.success === (statement.verb.id === VERBS.passed) : result.success === undefined, 'success is true for passed, false for failed, absent otherwise (9.5.2)');
    need(statement.verb.id === VERBS.completed ? result.completion === true : result.completion === undefined, 'completion is true for completed, absent otherwise (9.5.3)');
    if (statement.verb.id !== VERBS.initialized) need(typeof result.duration === 'string', 'has a duration (9.5.4)');
    if (mine.some((s) => isDefined(s) && s.verb.id === statement.verb.id)) say('repeats a cmi5 verb within the session (9.3)');
    const mastery = session.launchData.masteryScore;
    if (judged) {
      if (mine.some((s) => isDefined(s) && (s.verb.id === VERBS.passed || s.verb.id === VERBS.failed))) say('a second passed or failed in the session (9.3)');
      if (mastery !== undefined) {
        need(context.extensions?.[EXT_MASTERY] === mastery, 'carries the LMS masteryScore extension (9.6.3.2)');
        const scaled = result.score?.scaled;
        if (scaled !== undefined) need(statement.verb.id === VERBS.passed ? scaled >= mastery : scaled < mastery, `is consistent with masteryScore ${mastery} (scaled ${scaled}) (9.3.4, 9.3.5)`);
      }
    }
    if (judged || statement.verb.id === VERBS.completed) {
      need(session.launchData.launchMode === 'Normal', `is not sent in ${session.launchData.launchMode} mode (10.2.2)`);
      // Per registration (9.3): one completed, one passed, no failed after passed.
      const registration = lms.stored.filter((e) => e.session.registration === session.registration && e.statement !== statement).map((e) => e.statement).filter(isDefined);
      if (statement.verb.id !== VERBS.failed) need(!registration.some((s) => s.verb.id === statement.verb.id), 'only one per registration (9.3)');
      else need(!registration.some((s) => s.verb.id === VERBS.passed), 'no failed after passed in a registration (9.3)');
    }
  }

  await new Promise((ok) => lrs.listen(0, '127.0.0.1', ok));
  const lrsOrigin = `http://127.0.0.1:${lrs.address().port}`;
  // With `csp`, the AU is served under the quiz's strict policy (docs/EMBEDDING.md), the
  // LRS's origin added to connect-src as a provider must.
  const policy = `default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; connect-src 'self' ${lrsOrigin}; manifest-src 'self'; worker-src 'self'; object-src 'none'; base-uri 'self'; form-action 'none'`;
  const content = await serve({ root: auRoot, prefix: '/au/', port: 0, headers: csp ? { 'content-security-policy': policy } : {} });
  lms.endpoint = `${lrsOrigin}/xapi/`;
  lms.returnURL = `${lrsOrigin}/lms/returned`;
  lms.auUrl = content.url;

  /**
   * Prepares a launch as a cmi5 LMS does and returns its URL and session. Options:
   * `registration` (a new one unless given), `launchMode`, `masteryScore`, `moveOn`,
   * `returnURL` (true for the LMS's page), `launchParameters`, `page` (the AU's URL).
   */
  lms.launch = ({ registration = randomUUID(), launchMode = 'Normal', masteryScore, moveOn = 'CompletedOrPassed', returnURL = false, launchParameters, page = 'cmi5.html' } = {}) => {
    const actor = { objectType: 'Agent', account: { homePage: lrsOrigin, name: 'learner-1625378' }, name: 'Test Learner' };
    const activityId = `${lrsOrigin}/activities/au/${encodeURIComponent(PUBLISHER_ID)}`;
    const sessionId = randomUUID();
    const token = Buffer.from(`${randomUUID()}:${randomUUID()}`).toString('base64');
    const launchData = {
      contextTemplate: {
        contextActivities: { grouping: [{ objectType: 'Activity', id: PUBLISHER_ID }] },
        extensions: { [EXT_SESSION]: sessionId },
      },
      launchMode,
      moveOn,
      ...(masteryScore !== undefined ? { masteryScore } : {}),
      ...(returnURL ? { returnURL: lms.returnURL } : {}),
      ...(launchParameters !== undefined ? { launchParameters } : {}),
    };
    const session = { actor, activityId, registration, sessionId, token, launchData, fetches: 0 };
    lms.sessions.set(token, session);
    const key = randomUUID();
    fetchKeys.set(key, session);
    lms.documents.set(stateKey(new URLSearchParams({ activityId, agent: JSON.stringify(actor), registration, stateId: 'LMS.LaunchData' })), launchData);
    const query = new URLSearchParams({
      endpoint: lms.endpoint,
      fetch: `${lrsOrigin}/fetch?k=${key}`,
      actor: JSON.stringify(actor),
      registration,
      activityId,
    });
    session.url = `${content.url}${page}?${query}`;
    session.fetchUrl = `${lrsOrigin}/fetch?k=${key}`;
    return session;
  };

  /** The statements a session's LRS stored, in arrival order. */
  lms.statements = (session) => lms.stored.filter((e) => e.session === session).map((e) => e.statement);
  /** Their verbs' last words: ['initialized', 'answered', …]. */
  lms.verbs = (session) => lms.statements(session).map(verbName);
  /** A state document of a session's learner and registration. */
  lms.document = (session, stateId) => lms.documents.get(stateKey(new URLSearchParams({ activityId: session.activityId, agent: JSON.stringify(session.actor), registration: session.registration, stateId })));

  lms.close = async () => {
    for (const res of lms.hanging) res.destroy();
    lrs.closeAllConnections();
    await new Promise((ok) => lrs.close(ok));
    await content.close();
  };
  return lms;
}
