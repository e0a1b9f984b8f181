// The demo provider page's own script. It is external (no inline script), so the page
// runs under a strict Content-Security-Policy.
//
// ?quiz=<url> says where the quiz (a copy of dist/) is hosted; embed.js is loaded from
// there. A real provider page needs none of this: it has a fixed
//   <script src="https://quiz.example.org/quiz/embed.js" defer></script>
(function () {
  'use strict';

  var DEFAULT_QUIZ = 'http://127.0.0.1:8080/';
  var EVENTS = ['ready', 'resize', 'attempt-started', 'question-answered', 'attempt-completed'];

  var param = new URLSearchParams(location.search).get('quiz');
  var quiz;
  try {
    quiz = new URL(param || DEFAULT_QUIZ, location.href);
  } catch (err) {
    quiz = new URL(DEFAULT_QUIZ);
  }

  var placeholders = document.querySelectorAll('[data-pmo-quiz]');
  placeholders.forEach(function (el) {
    el.setAttribute('data-pmo-quiz', quiz.href);
  });
  // The no-script fallback links point at the same quiz, keeping their settings.
  document.querySelectorAll('a.quiz-link').forEach(function (a) {
    var target = new URL(a.getAttribute('href'));
    a.href = new URL(target.search, quiz).href;
  });

  // One line per event, e.g. "quiz-1 attempt-completed 83% passed".
  function describe(name, d) {
    switch (name) {
      case 'ready':
        return d.quiz + ', ' + d.questions + ' questions, ' + d.mode;
      case 'resize':
        return d.height + 'px';
      case 'attempt-started':
        return d.mode + ', ' + d.questions + ' questions';
      case 'question-answered':
        return d.question + ' ' + (d.correct ? 'right' : 'wrong') + ' (' + d.position + '/' + d.total + ')';
      case 'attempt-completed':
        return d.percent + '% ' + (d.passed ? 'passed' : 'failed');
    }
    return '';
  }

  var log = document.getElementById('event-log');
  var lastResize = {}; // widget id -> its <li>, while it is the newest entry

  function record(event) {
    var name = event.type.slice('pmo-quiz:'.length);
    var id = event.target.id || 'quiz';
    var text = id + ' ' + name + ' ' + describe(name, event.detail || {});
    // Layout changes send many resizes; update a trailing resize entry instead of
    // adding one per change, so the log stays readable.
    if (name === 'resize' && lastResize[id] && lastResize[id] === log.lastElementChild) {
      lastResize[id].textContent = text;
      return;
    }
    var li = document.createElement('li');
    li.textContent = text;
    log.appendChild(li);
    lastResize[id] = name === 'resize' ? li : null;
  }

  // CustomEvent names cannot be wildcarded: listen for each one. They bubble from the
  // placeholder, so one listener on document covers both widgets.
  EVENTS.forEach(function (name) {
    document.addEventListener('pmo-quiz:' + name, record);
  });

  var script = document.createElement('script');
  script.src = new URL('embed.js', quiz).href;
  script.addEventListener('load', function () {
    // embed.js mounts every [data-pmo-quiz] itself; mount() is idempotent and is how a
    // page adds a widget later.
    placeholders.forEach(function (el) {
      window.PmoQuiz.mount(el);
    });
  });
  script.addEventListener('error', function () {
    var li = document.createElement('li');
    li.textContent = 'Could not load ' + script.src + '. Is the quiz served there? Set ?quiz=<url>.';
    log.appendChild(li);
  });
  document.head.appendChild(script);
})();
