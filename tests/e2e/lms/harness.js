// The harness LMS. launch({ version, preload, failing, url }) puts a SCORM API on this
// window and opens the package in an iframe. Every call the SCO makes is recorded in
// window.calls as [method, ...args, result]; messages it posts land in window.messages.
window.calls = [];
window.messages = [];
window.addEventListener('message', (e) => window.messages.push(e.data));

const METHODS = {
  '1.2': ['LMSInitialize', 'LMSFinish', 'LMSGetValue', 'LMSSetValue', 'LMSCommit', 'LMSGetLastError', 'LMSGetErrorString', 'LMSGetDiagnostic'],
  2004: ['Initialize', 'Terminate', 'GetValue', 'SetValue', 'Commit', 'GetLastError', 'GetErrorString', 'GetDiagnostic'],
};

/** An API whose writes all fail with `code`, as a broken or full LMS might. */
function failingApi(version, code) {
  const [init, finish, get, set, commit, lastError, errorString, diagnostic] = METHODS[version];
  let last = '0';
  return {
    [init]: () => 'true',
    [finish]: () => 'true',
    [get]: () => '',
    [set]: () => ((last = code), 'false'),
    [commit]: () => ((last = code), 'false'),
    [lastError]: () => last,
    [errorString]: (c) => `error ${c} from the harness`,
    [diagnostic]: () => '',
  };
}

window.launch = ({ version, preload, failing, url }) => {
  let api;
  if (failing) {
    api = failingApi(version, failing);
  } else {
    api = version === '1.2' ? new window.Scorm12API({ logLevel: 5 }) : new window.Scorm2004API({ logLevel: 5 });
    if (preload) api.loadFromJSON(preload, '');
  }
  window.lms = api;
  const recorder = {};
  for (const name of METHODS[version]) {
    recorder[name] = (...args) => {
      const result = api[name](...args);
      window.calls.push([name, ...args, result]);
      return result;
    };
  }
  window[version === '1.2' ? 'API' : 'API_1484_11'] = recorder;
  const frame = document.createElement('iframe');
  frame.title = 'course';
  frame.style.cssText = 'width:375px;height:640px;border:0';
  frame.src = url;
  document.body.append(frame);
};

/** What the SCO set, element by element, the last value winning. */
window.values = () => Object.fromEntries(window.calls.filter((c) => /SetValue$/.test(c[0])).map((c) => [c[1], c[2]]));
window.count = (method) => window.calls.filter((c) => c[0] === method).length;
/** Navigates the course frame away, as an LMS does when the learner leaves. */
window.leave = () => {
  document.querySelector('iframe').src = 'about:blank';
};
