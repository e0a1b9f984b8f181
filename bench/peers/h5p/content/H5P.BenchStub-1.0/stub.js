// The smallest runnable H5P content type: a "Start quiz" button. Real question types
// (H5P.MultiChoice with H5P.Question, JoubelUI, FontAwesome) are not on the npm registry,
// so this times H5P's core player only: a lower bound for any real H5P quiz.
H5P.BenchStub = function (params) {
  this.attach = function ($container) {
    const start = document.createElement('button');
    start.type = 'button';
    start.textContent = params.startLabel;
    $container.get(0).append(start);
  };
};
