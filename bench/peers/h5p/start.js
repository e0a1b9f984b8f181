// Default options: the player builds an iframe and loads frame.bundle.js and h5p.css into it.
new H5PStandalone.H5P(document.getElementById('h5p-container'), {
  h5pJsonPath: './content',
  frameJs: './player/frame.bundle.js',
  frameCss: './player/styles/h5p.css',
});
