// The benchmark's vanilla-JS peer: the same flow as the Leptos quiz (start, radios, check,
// feedback, next, results), 10 questions from the built-in bank, no framework.
'use strict';

const TOPICS = {
  'role-difference': 'Project manager vs PMO leader',
  responsibilities: 'PMO leader responsibilities',
  transition: 'The transition path',
  certifications: 'Certifications and development',
};

const QUESTIONS = [
  {"topic": "role-difference", "prompt": "Compared with a PMO leader, what is a project manager mainly focused on?", "choices": ["Carrying out an individual project successfully", "Setting how the whole organisation manages its projects", "Creating standard processes that every project team must follow", "Checking that all of the organisation's projects serve its objectives"], "answer": 0, "explanation": "The article places the project manager's attention on executing individual projects. Organisation-wide direction, standard processes and alignment of all projects with objectives belong to the PMO leader's broader, strategic role."},
  {"topic": "role-difference", "prompt": "A director asks for status reporting to follow one standard format across twelve projects. Based on the article, whose job is it to develop and roll out that standard?", "choices": ["The project manager of the largest of the twelve projects", "Each project manager, each choosing a format for their own project", "The PMO leader", "The stakeholders of each project"], "answer": 2, "explanation": "Developing and implementing standardised processes across the organisation is a task the article gives to the PMO leader. Project managers focus on their own projects, so leaving it to each of them would not produce a single standard."},
  {"topic": "role-difference", "prompt": "The article describes the PMO leader's approach to project management as more strategic and more holistic than the project manager's.", "choices": ["True", "False"], "answer": 0, "explanation": "True. The article contrasts project managers, who concentrate on executing individual projects, with PMO leaders, who look at project management strategically and as a whole."},
  {"topic": "responsibilities", "prompt": "A PMO leader designs a company-wide method for running projects and then rolls it out to every team. Which listed responsibility covers both steps?", "choices": ["Monitoring project performance and identifying improvements", "Developing and implementing processes and methodologies", "Managing stakeholder relationships and communication", "Keeping projects aligned with organisational goals"], "answer": 1, "explanation": "Designing a method is developing it, and rolling it out is implementing it: both halves of the same listed responsibility. Monitoring performance might later show whether the method works, but it does not cover creating and introducing it."},
  {"topic": "responsibilities", "prompt": "A PMO leader reviews progress reports from every project, sees that two keep overrunning their budgets, and notes what could be done better. Which listed responsibility is this?", "choices": ["Managing stakeholder relationships and communication", "Developing and implementing processes and methodologies", "Keeping projects aligned with organisational goals", "Monitoring project performance and identifying improvements"], "answer": 3, "explanation": "Reviewing how projects are performing and noting what could improve is the monitoring responsibility. Changing processes could be a later step, but the activity described is the review itself."},
  {"topic": "responsibilities", "prompt": "According to the article, overseeing the project management office is part of the PMO leader's role.", "choices": ["True", "False"], "answer": 0, "explanation": "True. The article says the PMO leader oversees the project management office and makes sure its projects meet their time, budget and strategic targets."},
  {"topic": "transition", "prompt": "According to the article's conclusion, which combination does the move from project manager to PMO leader call for?", "choices": ["Technical expertise, a larger budget and a bigger team", "Strategic thinking, scheduling tools and a large network", "Strategic thinking, leadership skills and knowledge of the industry", "Seniority, a certification and a new job title"], "answer": 2, "explanation": "The conclusion names three ingredients: leadership skills, knowledge of the industry and strategic thinking. Networking and certifications appear as steps that help, but they are not the combination the conclusion names."},
  {"topic": "transition", "prompt": "Sam, a project manager, wants a PMO role but has never looked at how the PMO in his own company works. Which step from the article addresses this particular gap?", "choices": ["Build your network by attending industry events", "Understand the PMO", "Seek professional development", "Focus harder on executing his current project"], "answer": 1, "explanation": "The article advises learning the PMO's role in your own organisation and the processes, tools and methodologies it uses to support delivery. Events and training are useful, but they do not replace knowing your own PMO."},
  {"topic": "certifications", "prompt": "Under which of the article's transition steps does pursuing extra certifications or PMO leadership training fall?", "choices": ["Build your network", "Understand the PMO", "Seek professional development", "Develop leadership skills"], "answer": 2, "explanation": "The article's professional development step suggests taking further certifications or PMO leadership training. The other steps cover leadership skills, knowledge of the PMO and networking."},
  {"topic": "certifications", "prompt": "Omar, a PMO leader, now oversees several related projects that share one business goal. Which credential does the article list under program management, the area closest to this wider scope?", "choices": ["CAPM", "CSPO", "PgMP", "ECBA"], "answer": 2, "explanation": "PgMP is the only credential the article places under program management. A program groups related projects, which is closer to a PMO leader's wider scope than a single-project credential such as CAPM."},
];

const main = document.getElementById('main');
let order = [];
let position = 0;
let score = 0;

function el(tag, props = {}, ...children) {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
}

function button(text, onClick) {
  const b = el('button', { type: 'button', className: 'primary', textContent: text });
  b.addEventListener('click', onClick);
  return b;
}

function show(...nodes) {
  main.replaceChildren(...nodes);
}

function startScreen() {
  const topics = el('ul', { className: 'topic-list' }, ...Object.values(TOPICS).map((name) => el('li', { textContent: name })));
  show(el('section', { className: 'screen' },
    el('p', { className: 'lead', textContent: 'Test your knowledge of moving from project manager to PMO leader.' }),
    el('p', { className: 'muted', textContent: `${QUESTIONS.length} questions · pass mark 70%` }),
    el('h2', { textContent: 'Topics' }),
    topics,
    el('div', { className: 'actions' }, button('Start quiz', startRun))));
}

function startRun() {
  order = QUESTIONS.map((_, i) => i).sort(() => Math.random() - 0.5);
  position = 0;
  score = 0;
  questionScreen();
}

function questionScreen() {
  const q = QUESTIONS[order[position]];
  const heading = el('h2', { tabIndex: -1, textContent: `Question ${position + 1} of ${order.length}` });
  const options = q.choices.map((text, i) =>
    el('label', { className: 'choice' }, el('input', { type: 'radio', name: 'answer', value: String(i) }), el('span', { textContent: text })));
  const hint = el('p', { className: 'hint' });
  hint.setAttribute('aria-live', 'assertive');
  const feedback = el('div', { className: 'feedback-slot' });
  feedback.setAttribute('aria-live', 'polite');
  feedback.dataset.testid = 'feedback';
  const actions = el('div', { className: 'actions' });
  const check = button('Check answer', () => {
    const picked = main.querySelector('input[name=answer]:checked');
    if (!picked) {
      hint.textContent = 'Choose an answer before checking.';
      return;
    }
    hint.textContent = '';
    const right = Number(picked.value) === q.answer;
    if (right) score += 1;
    for (const input of main.querySelectorAll('input[name=answer]')) input.disabled = true;
    options[q.answer].classList.add('is-correct');
    if (!right) picked.parentElement.classList.add('is-wrong');
    feedback.replaceChildren(el('div', { className: `feedback ${right ? 'good' : 'bad'}` },
      el('p', { className: 'verdict', textContent: right ? '✓ Correct' : '✗ Incorrect' }),
      el('p', { textContent: `Correct answer: ${q.choices[q.answer]}` }),
      el('p', { className: 'explanation', textContent: q.explanation })));
    const last = position === order.length - 1;
    const next = button(last ? 'See results' : 'Next question', () => {
      position += 1;
      if (last) resultsScreen(); else questionScreen();
    });
    actions.replaceChildren(next);
    next.focus();
  });
  actions.append(check);
  show(el('section', { className: 'screen' },
    heading,
    el('fieldset', { className: 'options' }, el('legend', { className: 'prompt', textContent: q.prompt }), ...options),
    hint, feedback, actions));
  heading.focus();
}

function resultsScreen() {
  const percent = Math.floor((score * 100) / order.length);
  const heading = el('h2', { tabIndex: -1, textContent: 'Your results' });
  show(el('section', { className: 'screen' },
    heading,
    el('p', { className: 'score-line', textContent: `You scored ${score} of ${order.length} (${percent}%).` }),
    el('p', { textContent: percent >= 70 ? 'Passed.' : 'Not passed yet.' }),
    el('div', { className: 'actions' }, button('Try again', startRun), button('Back to start', startScreen))));
  heading.focus();
}

startScreen();
