// mallcrm pages: htmx settings shared by every page. No business rule lives here: figures, colours and
// permissions all come from the server.
(function () {
  'use strict';
  function configure() {
    if (!window.htmx) { return; }
    // errors come back as an alert fragment the server retargets to #flash; show them instead of dropping them
    htmx.config.responseHandling = [
      { code: '204', swap: false },
      { code: '[23]..', swap: true },
      { code: '422', swap: true },
      { code: '[45]..', swap: true, error: true }
    ];
    htmx.config.historyCacheSize = 0;
    htmx.config.allowEval = false;
    htmx.config.selfRequestsOnly = true;
  }
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', configure);
  } else {
    configure();
  }
})();
