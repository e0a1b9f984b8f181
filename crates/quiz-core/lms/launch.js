// settings.js, added to a SCORM or web package's index.html by the packager
// (quiz_core::package). It puts the settings the provider chose when packaging into the
// launch address before the quiz reads it, so the quiz starts the same in every LMS,
// whatever the LMS does with query strings. Settings already in the address (an LMS's own
// parameters, an embedding page's) are kept.
(function () {
  var chosen = new URLSearchParams('__SETTINGS__');
  var url = new URL(location.href);
  chosen.forEach(function (value, key) {
    if (!url.searchParams.has(key)) url.searchParams.set(key, value);
  });
  if (url.href !== location.href) history.replaceState(history.state, '', url.href);
})();
