// The xAPI 1.0.3 rules that apply to a statement the quiz makes (it has no actor, id,
// timestamp or authority: the host or record store adds those). Returns what breaks them.
const TYPES = ['true-false', 'choice', 'fill-in', 'long-fill-in', 'matching', 'performance', 'sequencing', 'likert', 'numeric', 'other'];
const DURATION = /^P(?!$)(\d+(?:\.\d+)?Y)?(\d+(?:\.\d+)?M)?(\d+(?:\.\d+)?W)?(\d+(?:\.\d+)?D)?(T(?=\d)(\d+(?:\.\d+)?H)?(\d+(?:\.\d+)?M)?(\d+(?:\.\d+)?S)?)?$/;

const absoluteIri = (s) => typeof s === 'string' && /^[a-z][a-z0-9+.-]*:\S+$/i.test(s);
const languageMap = (m) => m && typeof m === 'object' && Object.keys(m).length > 0 && Object.entries(m).every(([k, v]) => /^[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*$/.test(k) && typeof v === 'string');

export function checkStatement(s) {
  const problems = [];
  const need = (ok, what) => ok || problems.push(what);
  need(s && typeof s === 'object', 'a statement object');
  if (!s) return problems;
  need(s.actor === undefined, 'no actor is invented');
  need(absoluteIri(s.verb?.id), 'verb.id is an absolute IRI');
  need(languageMap(s.verb?.display), 'verb.display is a language map');
  need(s.object?.objectType === 'Activity', 'object.objectType is Activity');
  need(absoluteIri(s.object?.id), 'object.id is an absolute IRI');
  const def = s.object?.definition ?? {};
  need(languageMap(def.name), 'definition.name is a language map');
  need(absoluteIri(def.type), 'definition.type is an absolute IRI');
  if (def.interactionType !== undefined) {
    need(TYPES.includes(def.interactionType), 'interactionType is one of xAPI’s');
    need(Array.isArray(def.correctResponsesPattern) && def.correctResponsesPattern.every((p) => typeof p === 'string'), 'correctResponsesPattern is an array of strings');
    for (const list of ['choices', 'source', 'target']) {
      if (def[list] !== undefined) need(def[list].every((c) => typeof c.id === 'string' && languageMap(c.description)), `${list} have ids and descriptions`);
    }
  }
  const score = s.result?.score ?? {};
  need(typeof score.scaled === 'number' && score.scaled >= -1 && score.scaled <= 1, 'score.scaled is within [-1, 1]');
  need(score.min <= score.raw && score.raw <= score.max, 'score.raw is within [min, max]');
  need(typeof s.result?.success === 'boolean', 'result.success is a boolean');
  need(typeof s.result?.completion === 'boolean', 'result.completion is a boolean');
  need(DURATION.test(s.result?.duration ?? ''), 'result.duration is an ISO 8601 duration');
  for (const a of s.context?.contextActivities?.parent ?? []) need(absoluteIri(a.id), 'parent activity ids are absolute IRIs');
  return problems;
}
