// 铺位全景图: zoom, pan, find a stall, pick a stall (its card comes from the server through htmx). The plan and
// its colours are drawn by the server; this only moves the view box and asks for cards.
(function () {
  'use strict';
  var state = { box: null, extent: null, selected: null, drag: null };

  function svg() { return document.getElementById('floor-plan'); }
  function parseBox(text) { return text.split(/\s+/).map(Number); }
  function setBox(b) {
    state.box = b;
    var s = svg();
    if (s) {
      s.setAttribute('viewBox', b.map(function (n) { return Math.round(n); }).join(' '));
      labels(s);
    }
  }
  // labels only when a typical one is at least 6 px tall on screen: smaller ones cannot be read anyway
  function labels(s) {
    var mm = Number(s.getAttribute('data-label-mm')) || 0;
    var width = s.getBoundingClientRect().width || 1;
    var px = mm * Math.min(width / state.box[2], (s.getBoundingClientRect().height || 1) / state.box[3]);
    s.classList.toggle('labels-off', px < 6);
    if (px >= 6 && s.classList.contains('labels-lazy')) { drawLabels(s); }
  }
  // a large floor comes without its labels: draw those of the stalls in view from their descriptions
  function drawLabels(s) {
    var b = state.box, ns = 'http://www.w3.org/2000/svg';
    s.querySelectorAll('g.stall[data-label]').forEach(function (g) {
      var d = g.getAttribute('data-label').split(' ');
      var x = Number(d[0]), y = Number(d[1]);
      if (x < b[0] || x > b[0] + b[2] || y < b[1] || y > b[1] + b[3]) { return; }
      var t = document.createElementNS(ns, 'text');
      t.setAttribute('x', d[0]);
      t.setAttribute('y', d[1]);
      t.setAttribute('font-size', d[2]);
      t.setAttribute('fill', d[4]);
      if (d[3] === '1') { t.setAttribute('transform', 'rotate(-90 ' + d[0] + ' ' + d[1] + ')'); }
      t.textContent = g.getAttribute('data-stall-no');
      g.appendChild(t);
      g.removeAttribute('data-label');
    });
  }
  function fit(b, pad) {
    var p = pad || 0.05;
    return [b[0] - b[2] * p, b[1] - b[3] * p, b[2] * (1 + 2 * p), b[3] * (1 + 2 * p)];
  }
  function zoom(factor, cx, cy) {
    var b = state.box;
    var w = b[2] * factor, h = b[3] * factor;
    var minW = state.extent[2] / 200;
    if (w < minW) { return; }
    if (w > state.extent[2] * 3) { return; }
    var x = cx === undefined ? b[0] + b[2] / 2 : cx;
    var y = cy === undefined ? b[1] + b[3] / 2 : cy;
    setBox([x - (x - b[0]) * factor, y - (y - b[1]) * factor, w, h]);
  }
  function toPlan(evt) {
    var s = svg();
    var pt = s.createSVGPoint();
    pt.x = evt.clientX; pt.y = evt.clientY;
    return pt.matrixTransform(s.getScreenCTM().inverse());
  }
  function stallOf(el) { return el && el.closest ? el.closest('g.stall') : null; }
  function mark(no) {
    var s = svg();
    if (!s) { return; }
    s.querySelectorAll('g.stall.selected').forEach(function (g) { g.classList.remove('selected'); });
    var g = no ? s.querySelector('g.stall[data-stall-no="' + CSS.escape(no) + '"]') : null;
    if (g) { g.classList.add('selected'); }
    return g;
  }
  function select(no, zoomTo) {
    var g = mark(no);
    if (!g) { return false; }
    state.selected = no;
    if (zoomTo) {
      var bb = g.getBBox();
      var size = Math.max(bb.width, bb.height) * 8;
      setBox([bb.x + bb.width / 2 - size / 2, bb.y + bb.height / 2 - size / 2, size, size]);
    }
    var floor = document.getElementById('floor').getAttribute('data-floor');
    var url = new URL(window.location.href);
    url.searchParams.set('stall', no);
    window.history.replaceState(null, '', url);
    htmx.ajax('GET', '/stalls/' + encodeURIComponent(no) + '/card', { target: '#stall-card', swap: 'innerHTML' });
    return floor !== null;
  }
  function zoneBox(zone) {
    var g = svg().querySelector('g.zone[data-zone="' + CSS.escape(zone) + '"]');
    return g ? parseBox(g.getAttribute('data-bbox')) : null;
  }

  function wire() {
    var s = svg();
    if (!s) { return; }
    state.extent = parseBox(s.getAttribute('data-extent'));
    if (!state.box) { setBox(state.extent.slice()); } else { setBox(state.box); }
    if (state.selected) { mark(state.selected); }
    s.addEventListener('click', function (e) {
      if (state.drag && state.drag.moved) { return; }
      var g = stallOf(e.target);
      if (g) { select(g.getAttribute('data-stall-no'), false); }
    });
    s.addEventListener('keydown', function (e) {
      var g = stallOf(e.target);
      if (g && (e.key === 'Enter' || e.key === ' ')) { e.preventDefault(); select(g.getAttribute('data-stall-no'), false); }
    });
    s.addEventListener('wheel', function (e) {
      e.preventDefault();
      var p = toPlan(e);
      zoom(e.deltaY < 0 ? 0.8 : 1.25, p.x, p.y);
    }, { passive: false });
    s.addEventListener('pointerdown', function (e) {
      state.drag = { x: e.clientX, y: e.clientY, box: state.box.slice(), moved: false };
    });
    s.addEventListener('pointermove', function (e) {
      var d = state.drag;
      if (!d || e.buttons === 0) { return; }
      var dx = e.clientX - d.x, dy = e.clientY - d.y;
      if (!d.moved && Math.abs(dx) + Math.abs(dy) < 4) { return; }
      if (!d.moved) { s.setPointerCapture(e.pointerId); }
      d.moved = true;
      var scale = d.box[2] / s.getBoundingClientRect().width;
      setBox([d.box[0] - dx * scale, d.box[1] - dy * scale, d.box[2], d.box[3]]);
    });
    s.addEventListener('pointerup', function () {
      var d = state.drag;
      setTimeout(function () { if (state.drag === d) { state.drag = null; } }, 0);
    });
  }

  function init() {
    var floor = document.getElementById('floor');
    if (!floor) { return; }
    wire();
    document.querySelectorAll('[data-zoom]').forEach(function (b) {
      b.addEventListener('click', function () {
        var z = b.getAttribute('data-zoom');
        if (z === 'in') { zoom(0.7); } else if (z === 'out') { zoom(1 / 0.7); } else { setBox(state.extent.slice()); }
      });
    });
    document.querySelectorAll('button[data-zone]').forEach(function (b) {
      b.addEventListener('click', function () {
        var zone = b.getAttribute('data-zone');
        var box = zone ? zoneBox(zone) : null;
        setBox(box ? fit(box) : state.extent.slice());
        var url = new URL(window.location.href);
        if (zone) { url.searchParams.set('zone', zone); } else { url.searchParams.delete('zone'); }
        window.history.replaceState(null, '', url);
      });
    });
    var find = document.getElementById('find-stall');
    find.addEventListener('submit', function (e) {
      e.preventDefault();
      var no = document.getElementById('find-no').value.trim();
      var miss = document.getElementById('find-miss');
      var found = no !== '' && (select(no, true) || select(no.toUpperCase(), true));
      miss.hidden = !!found;
    });
    var zone = floor.getAttribute('data-initial-zone');
    if (zone) { var zb = zoneBox(zone); if (zb) { setBox(fit(zb)); } }
    var selected = floor.getAttribute('data-selected');
    if (selected) { state.selected = selected; mark(selected); }
    // after an action the server redraws the plan (an out-of-band swap): keep the view where it was
    document.body.addEventListener('htmx:oobAfterSwap', function (e) {
      if (e.detail && e.detail.target && e.detail.target.id === 'plan-frame') { wire(); }
    });
  }
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', init);
  } else {
    init();
  }
})();
