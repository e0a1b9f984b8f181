// A provider's page on another site: records the widget's events, then embeds the quiz
// named by ?quiz= through its embed.js, with the data-* settings from the query.
window.__events = [];
// Every load of the quiz's frame, to tell a reloaded frame from a repeated event.
window.__frameLoads = [];
document.addEventListener('load', (e) => {
  if (e.target instanceof HTMLIFrameElement) window.__frameLoads.push(Math.round(performance.now()));
}, true);
for (const name of ['ready', 'resize', 'attempt-started', 'question-answered', 'attempt-completed']) {
  document.addEventListener(`pmo-quiz:${name}`, (e) => window.__events.push({ id: e.target.id, at: Math.round(performance.now()), ...e.detail }));
}
const query = new URLSearchParams(location.search);
const quiz = query.get('quiz');
const placeholder = document.getElementById('quiz');
placeholder.setAttribute('data-pmo-quiz', quiz);
for (const [key, value] of query) if (key !== 'quiz') placeholder.dataset[key] = value;
const script = document.createElement('script');
script.src = new URL('embed.js', quiz).href;
document.head.append(script);
