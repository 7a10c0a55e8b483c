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
  // a list the page carries as text (e.g. an import's problems as CSV) downloaded as a file, built in the browser
  document.addEventListener('click', function (e) {
    var link = e.target.closest ? e.target.closest('a[data-download-from]') : null;
    if (!link) { return; }
    var source = document.getElementById(link.getAttribute('data-download-from'));
    if (!source) { return; }
    e.preventDefault();
    var blob = new Blob(['\uFEFF' + source.value], { type: 'text/csv;charset=utf-8' });
    var url = URL.createObjectURL(blob);
    var a = document.createElement('a');
    a.href = url;
    a.download = link.getAttribute('download') || 'download.csv';
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(function () { URL.revokeObjectURL(url); }, 60000);
  });
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', configure);
  } else {
    configure();
  }
})();
