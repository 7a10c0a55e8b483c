// Draws the dashboard's charts. Each .chart element carries its ECharts option and the links of its bars in
// data-chart (built on the server from the same rows as the tables); a click opens the bar's list.
(function () {
  'use strict';
  var charts = [];
  function draw() {
    if (!window.echarts) { return; }
    document.querySelectorAll('.chart[data-chart]').forEach(function (el) {
      var spec = JSON.parse(el.getAttribute('data-chart'));
      var chart = echarts.init(el, null, { renderer: 'canvas' });
      spec.option.animation = false;
      spec.option.textStyle = { fontFamily: getComputedStyle(document.body).fontFamily };
      chart.setOption(spec.option);
      chart.on('click', function (p) {
        var link = spec.links[p.dataIndex];
        if (link) { window.location.href = link; }
      });
      el.setAttribute('data-drawn', 'true');
      charts.push(chart);
    });
  }
  window.addEventListener('resize', function () { charts.forEach(function (c) { c.resize(); }); });
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', draw);
  } else {
    draw();
  }
})();
