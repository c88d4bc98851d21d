(function () {
  'use strict';
  // Every text from the taxonomy goes into the page through textContent or setAttribute, never as markup.
  var violations = [];
  window.psoViolations = violations;
  document.addEventListener('securitypolicyviolation', function (e) {
    violations.push(e.violatedDirective + ' ' + e.blockedURI);
  });

  var data = JSON.parse(document.getElementById('pso-data').textContent);
  var lang = data.languages[0];
  var selected = null;
  var tour = null;
  var stepIndex = 0;
  var stage = document.getElementById('stage');
  var panel = document.getElementById('panel');
  var search = document.getElementById('search');
  var suggestions = document.getElementById('suggestions');
  var toursSelect = document.getElementById('tours');
  var caption = document.getElementById('caption');
  var views = {};

  function t(key) {
    var words = data.ui[lang] || data.ui[data.languages[0]];
    return words[key] || key;
  }
  function format(pattern) {
    var args = Array.prototype.slice.call(arguments, 1);
    return pattern.replace(/\{(\d+)\}/g, function (m, i) { return String(args[+i]); });
  }
  function text(obj) {
    if (!obj) { return ''; }
    return obj[lang] || obj[data.languages[0]] || '';
  }
  function el(tag, cls, content) {
    var e = document.createElement(tag);
    if (cls) { e.className = cls; }
    if (content !== undefined && content !== null) { e.textContent = content; }
    return e;
  }
  function label(id) {
    var c = data.concepts[id];
    return c ? text(c.label) : id;
  }

  // ---- the diagrams, one per language, panned and zoomed through their viewBox
  // The window never draws a name smaller than this (ExplorerViewModel.MIN_LABEL_PX); the page keeps
  // the same rule wherever it chooses the view itself. The reader may still zoom out past it.
  var MIN_NAME_PX = 11.5;
  Array.prototype.forEach.call(document.querySelectorAll('.diagram'), function (box) {
    var svg = box.querySelector('svg');
    var vb = svg.viewBox.baseVal;
    var paper = { x: vb.x, y: vb.y, w: vb.width, h: vb.height };
    var home = { x: vb.x, y: vb.y, w: vb.width, h: vb.height };
    // On screen the legend stands in the side panel (legend()); the drawing's own copy, under a rule
    // below the diagram, is paper's. The screen's views end above that rule, so that no fitted view
    // spends a band of the pane on a legend it does not show.
    var legendGroup = svg.querySelector('g.legend');
    var rule = legendGroup ? legendGroup.previousElementSibling : null;
    if (rule && rule.tagName.toLowerCase() === 'line' && !svg.querySelector('g.sources')) {
      rule.classList.add('legend-rule');
      var ruleY = parseFloat(rule.getAttribute('y1'));
      if (ruleY > home.y) { home.h = ruleY - home.y; }
    }
    svg.removeAttribute('width');
    svg.removeAttribute('height');
    svg.setAttribute('preserveAspectRatio', 'xMidYMid meet');
    var nameSize = Infinity;
    Array.prototype.forEach.call(svg.querySelectorAll('g.concept'), function (g) {
      var id = g.getAttribute('data-id');
      g.setAttribute('tabindex', '0');
      g.setAttribute('role', 'button');
      g.setAttribute('aria-label', data.concepts[id] ? (data.concepts[id].label[box.getAttribute('data-lang')] || id) : id);
      Array.prototype.forEach.call(g.querySelectorAll('text'), function (t) {
        nameSize = Math.min(nameSize, parseFloat(t.style.fontSize) || Infinity);
      });
    });
    // vb and names stay null until the view is first shown: a hidden drawing has no boxes to measure.
    views[box.getAttribute('data-lang')] = { box: box, svg: svg, home: home, paper: paper, vb: null, names: null, fitted: false,
      nameSize: isFinite(nameSize) ? nameSize : 13 };
  });
  function view() { return views[lang]; }
  function apply() {
    var v = view();
    v.svg.setAttribute('viewBox', [v.vb.x, v.vb.y, v.vb.w, v.vb.h].join(' '));
    fadeCut(v);
  }
  /** Each concept's name as drawn, in drawing units: the box around its lines of text. */
  function names(v) {
    if (!v.names) {
      v.names = Array.prototype.map.call(v.svg.querySelectorAll('g.concept'), function (g) {
        var b = null;
        Array.prototype.forEach.call(g.querySelectorAll('text'), function (t) {
          var r = t.getBBox();
          b = b ? { x1: Math.min(b.x1, r.x), y1: Math.min(b.y1, r.y), x2: Math.max(b.x2, r.x + r.width),
            y2: Math.max(b.y2, r.y + r.height) } : { x1: r.x, y1: r.y, x2: r.x + r.width, y2: r.y + r.height };
        });
        return { g: g, box: b || g.getBBox() };
      });
    }
    return v.names;
  }
  /** The part of the drawing the pane shows, in drawing units (the viewBox is met, centred, in the pane). */
  function shown(v) {
    var r = stage.getBoundingClientRect();
    var u = Math.max(v.vb.w / Math.max(r.width, 1), v.vb.h / Math.max(r.height, 1));
    return { x: v.vb.x + v.vb.w / 2 - r.width * u / 2, y: v.vb.y + v.vb.h / 2 - r.height * u / 2, u: u, r: r };
  }
  /**
   * A concept whose name the pane's edge, the zoom buttons or the tour's caption would cut is drawn
   * faint and unnamed until it is in view: the reader sees there is more that way, never half a name.
   */
  function fadeCut(v) {
    var s = shown(v);
    var covers = [document.getElementById('zoom'), caption].filter(function (e) { return !e.hidden; })
      .map(function (e) {
        var c = e.getBoundingClientRect();
        return { x1: s.x + (c.left - s.r.left) * s.u, y1: s.y + (c.top - s.r.top) * s.u,
          x2: s.x + (c.right - s.r.left) * s.u, y2: s.y + (c.bottom - s.r.top) * s.u };
      });
    var x2 = s.x + s.r.width * s.u;
    var y2 = s.y + s.r.height * s.u;
    names(v).forEach(function (n) {
      var b = n.box;
      var meets = b.x2 > s.x && b.x1 < x2 && b.y2 > s.y && b.y1 < y2;
      var whole = b.x1 >= s.x && b.x2 <= x2 && b.y1 >= s.y && b.y2 <= y2;
      var covered = covers.some(function (c) { return b.x2 > c.x1 && b.x1 < c.x2 && b.y2 > c.y1 && b.y1 < c.y2; });
      n.g.classList.toggle('cut', meets && (!whole || covered));
    });
  }
  function unitsPerPixel(v) {
    var r = v.svg.getBoundingClientRect();
    return Math.max(v.vb.w / Math.max(r.width, 1), v.vb.h / Math.max(r.height, 1));
  }
  function toSvg(v, cx, cy) {
    var p = v.svg.createSVGPoint();
    p.x = cx;
    p.y = cy;
    var m = v.svg.getScreenCTM();
    return m ? p.matrixTransform(m.inverse()) : { x: v.vb.x + v.vb.w / 2, y: v.vb.y + v.vb.h / 2 };
  }
  function zoomAt(factor, cx, cy) {
    var v = view();
    var w = v.vb.w / factor;
    var min = v.home.w / 25;
    var max = v.home.w * 4;
    if (w < min) { factor = v.vb.w / min; }
    if (w > max) { factor = v.vb.w / max; }
    var p = toSvg(v, cx, cy);
    v.vb.x = p.x - (p.x - v.vb.x) / factor;
    v.vb.y = p.y - (p.y - v.vb.y) / factor;
    v.vb.w /= factor;
    v.vb.h /= factor;
    v.fitted = false;
    apply();
  }
  function zoomCentre(factor) {
    var r = stage.getBoundingClientRect();
    zoomAt(factor, r.left + r.width / 2, r.top + r.height / 2);
  }
  function nodeOf(id, v) {
    var nodes = (v || view()).svg.querySelectorAll('g.concept');
    for (var i = 0; i < nodes.length; i++) {
      if (nodes[i].getAttribute('data-id') === id) { return nodes[i]; }
    }
    return null;
  }
  /**
   * The most drawing units one pixel of the pane may hold with every name still MIN_NAME_PX high, a
   * hair fewer so that the browser's single-precision arithmetic never draws one at 11.4999 px.
   */
  function legibleUnits(v) {
    return v.nameSize / MIN_NAME_PX * 0.999;
  }
  /** The pane's size, less the strip the zoom buttons stand in: a name there would be covered. */
  function room() {
    var r = stage.getBoundingClientRect();
    var strip = Math.min(r.right - document.getElementById('zoom').getBoundingClientRect().left, r.width / 2);
    return { width: Math.max(r.width, 1), height: Math.max(r.height, 1), strip: Math.max(strip, 0) };
  }
  /** Whether the whole drawing is too large for the pane at a legible size. */
  function partial(v) {
    var r = room();
    return Math.max(v.home.w / (r.width - r.strip), v.home.h / r.height) > legibleUnits(v);
  }
  /**
   * The whole drawing when its names can be read so; otherwise as much as can be read, from the
   * concept the page was made around (its focus, else the top of the hierarchy): where a reader of
   * a taxonomy starts, and from where the rest is reached.
   */
  function fit() {
    var v = view();
    var r = room();
    if (partial(v)) {
      var g = data.anchor ? nodeOf(data.anchor, v) : null;
      var b = g ? g.getBBox() : null;
      v.vb = around(v, b ? { x1: b.x, y1: b.y, x2: b.x + b.width, y2: b.y + b.height }
        : { x1: v.home.x, y1: v.home.y, x2: v.home.x + v.home.w, y2: v.home.y + v.home.h }, legibleUnits(v));
    } else {
      var u = Math.max(v.home.w / (r.width - r.strip), v.home.h / r.height);
      v.vb = { x: v.home.x - ((r.width - r.strip) * u - v.home.w) / 2, y: v.home.y - (r.height * u - v.home.h) / 2,
        w: r.width * u, h: r.height * u };
    }
    v.fitted = true;
    apply();
  }
  /** Shows these concepts, zoomed in no closer than about a third of the diagram nor out past legible names. */
  function frame(ids) {
    var v = view();
    var box = null;
    ids.forEach(function (id) {
      var g = nodeOf(id, v);
      if (!g) { return; }
      var b = g.getBBox();
      box = box ? { x1: Math.min(box.x1, b.x), y1: Math.min(box.y1, b.y), x2: Math.max(box.x2, b.x + b.width),
        y2: Math.max(box.y2, b.y + b.height) } : { x1: b.x, y1: b.y, x2: b.x + b.width, y2: b.y + b.height };
    });
    if (!box) { return; }
    var w = Math.max(box.x2 - box.x1, v.home.w / 3) * 1.3;
    var h = Math.max(box.y2 - box.y1, v.home.h / 3) * 1.3;
    var r = room();
    v.vb = around(v, box, Math.min(Math.max(w / r.width, h / r.height), legibleUnits(v)));
    v.fitted = false;
    apply();
  }
  /**
   * The view at this zoom (drawing units per pixel), centred on this box as far as keeps the view
   * on the drawing, then moved by up to a third of itself where its edges cut fewer names, never the
   * box's own (when it fits).
   */
  function around(v, box, units) {
    var r = room();
    var w = r.width * units;
    var h = r.height * units;
    // The strip the zoom buttons stand in is counted as an edge: a name there would be covered.
    var strip = r.strip * units;
    var vb = { x: onDrawing((box.x1 + box.x2 - w) / 2, v.home.x, v.home.w, w),
      y: onDrawing((box.y1 + box.y2 - h) / 2, v.home.y, v.home.h, h), w: w, h: h };
    var boxes = names(v).map(function (n) { return n.box; });
    // Which names an edge cuts along one axis depends on those the other lets in: twice round settles it.
    for (var pass = 0; pass < 2; pass++) {
      vb.y = leastCut(across(boxes, vb, 'x'), vb.y, h, v.home.y, v.home.h, 0, [box.y1, box.y2]);
      vb.x = leastCut(across(boxes, vb, 'y'), vb.x, w, v.home.x, v.home.w, strip, [box.x1, box.x2]);
    }
    return vb;
  }
  /**
   * Keeps a view of length len on a drawing spanning [start, start + span], centred when the drawing
   * is shorter; a view that would leave only a sliver of the drawing beyond one end shows that end.
   */
  function onDrawing(pos, start, span, len) {
    if (len >= span) { return start + (span - len) / 2; }
    var p = Math.min(Math.max(pos, start), start + span - len);
    if (p - start < len / 10) { p = start; }
    if (start + span - len - p < len / 10) { p = start + span - len; }
    return p;
  }
  /** The extents, along the other axis, of the names the view meets along this one. */
  function across(boxes, vb, axis) {
    var lo = axis === 'x' ? vb.x : vb.y;
    var hi = lo + (axis === 'x' ? vb.w : vb.h);
    return boxes.filter(function (b) {
      return axis === 'x' ? b.x2 > lo && b.x1 < hi : b.y2 > lo && b.y1 < hi;
    }).map(function (b) { return axis === 'x' ? [b.y1, b.y2] : [b.x1, b.x2]; });
  }
  /**
   * The position, at most a third of the view from pos and keeping the view on the drawing (or the
   * drawing in the view) and the span `keep` in the view, where a view of length len cuts the fewest
   * of these spans with its near end, its far end or the last `strip` units before it; the nearest
   * to pos among equals.
   */
  function leastCut(spans, pos, len, start, span, strip, keep) {
    var gap = 3;
    var bad = [];
    spans.forEach(function (s) {
      bad.push([s[0] - gap, s[1] + gap], [s[0] - gap - len, s[1] + gap - len + strip]);
    });
    var lowest = Math.min(start, start + span - len);
    var highest = Math.max(start, start + span - len);
    var candidates = [pos];
    bad.forEach(function (b) { candidates.push(b[0], b[1]); });
    var kept = keep[1] - keep[0] <= len - strip;
    candidates = candidates.filter(function (c) {
      return c >= lowest - 1e-6 && c <= highest + 1e-6 && Math.abs(c - pos) <= len / 3
        && (!kept || c === pos || (c <= keep[0] && c + len - strip >= keep[1]));
    }).sort(function (a, b) { return Math.abs(a - pos) - Math.abs(b - pos); }).slice(0, 400);
    var best = pos;
    var fewest = Infinity;
    candidates.forEach(function (c) {
      var n = bad.filter(function (b) { return c > b[0] && c < b[1]; }).length;
      if (n < fewest) { fewest = n; best = c; }
    });
    return best;
  }

  stage.addEventListener('wheel', function (e) {
    e.preventDefault();
    zoomAt(Math.exp(-e.deltaY * 0.0015), e.clientX, e.clientY);
  }, { passive: false });

  var pointers = {};
  var drag = null;
  stage.addEventListener('pointerdown', function (e) {
    if (e.target.closest('#zoom, #caption')) { return; }
    pointers[e.pointerId] = { x: e.clientX, y: e.clientY };
    var ids = Object.keys(pointers);
    if (ids.length === 1) {
      drag = { x: e.clientX, y: e.clientY, moved: 0, target: e.target };
    } else if (ids.length === 2) {
      var a = pointers[ids[0]];
      var b = pointers[ids[1]];
      drag = { pinch: Math.hypot(a.x - b.x, a.y - b.y), moved: 99 };
    }
  });
  stage.addEventListener('pointermove', function (e) {
    if (!pointers[e.pointerId] || !drag) { return; }
    pointers[e.pointerId] = { x: e.clientX, y: e.clientY };
    var ids = Object.keys(pointers);
    if (ids.length >= 2 && drag.pinch) {
      var a = pointers[ids[0]];
      var b = pointers[ids[1]];
      var d = Math.hypot(a.x - b.x, a.y - b.y);
      if (d > 0) {
        zoomAt(d / drag.pinch, (a.x + b.x) / 2, (a.y + b.y) / 2);
        drag.pinch = d;
      }
      return;
    }
    var dx = e.clientX - drag.x;
    var dy = e.clientY - drag.y;
    drag.moved += Math.abs(dx) + Math.abs(dy);
    if (drag.moved > 4) {
      stage.classList.add('dragging');
      var v = view();
      var s = unitsPerPixel(v);
      v.vb.x -= dx * s;
      v.vb.y -= dy * s;
      v.fitted = false;
      apply();
    }
    drag.x = e.clientX;
    drag.y = e.clientY;
  });
  function release(e) {
    if (!pointers[e.pointerId]) { return; }
    delete pointers[e.pointerId];
    stage.classList.remove('dragging');
    if (drag && drag.moved <= 4 && drag.target && Object.keys(pointers).length === 0) {
      var g = drag.target.closest ? drag.target.closest('g.concept') : null;
      if (g) { select(g.getAttribute('data-id'), false); }
    }
    if (Object.keys(pointers).length === 0) { drag = null; }
  }
  stage.addEventListener('pointerup', release);
  stage.addEventListener('pointercancel', release);
  stage.addEventListener('keydown', function (e) {
    var g = e.target.closest ? e.target.closest('g.concept') : null;
    if (g && (e.key === 'Enter' || e.key === ' ')) {
      e.preventDefault();
      select(g.getAttribute('data-id'), false);
    }
  });
  document.getElementById('zoom-in').addEventListener('click', function () { zoomCentre(1.4); });
  document.getElementById('zoom-out').addEventListener('click', function () { zoomCentre(1 / 1.4); });
  document.getElementById('fit').addEventListener('click', fit);
  // A view the page chose is chosen again for the new size; one the reader chose is kept.
  // The panel's hint that the diagram is shown in part follows the pane's size too.
  function resized() {
    if (view().fitted) { fit(); } else { apply(); }
    if (!selected) { render(); }
  }
  window.addEventListener('resize', resized);
  // The pane can still change size after the script's first pass (87 px taller once the page had
  // settled in Chromium): the view the page chose, and the hint, are chosen again then.
  window.addEventListener('load', resized);
  // Paper shows the whole drawing, every name, whatever part of it the screen shows.
  window.addEventListener('beforeprint', function () {
    var v = view();
    v.svg.setAttribute('viewBox', [v.paper.x, v.paper.y, v.paper.w, v.paper.h].join(' '));
    names(v).forEach(function (n) { n.g.classList.remove('cut'); });
  });
  window.addEventListener('afterprint', apply);

  // ---- the side panel
  function citation(id) {
    var s = data.sources[id];
    return s ? (s[lang] || s[data.languages[0]]) : id;
  }
  function conceptLink(id) {
    var c = data.concepts[id];
    if (!c || !c.shown) {
      var span = el('span', 'absent', label(id));
      span.title = t('page.notShown');
      return span;
    }
    var a = el('a', null, label(id));
    a.setAttribute('href', '#' + id);
    a.addEventListener('click', function (e) {
      e.preventDefault();
      select(id, true);
    });
    return a;
  }
  function quoteBlock(q) {
    var block = el('blockquote');
    var p = el('p', null, '\u201c' + q.text + '\u201d');
    if (q.lang) { p.setAttribute('lang', q.lang); }
    block.appendChild(p);
    var source = citation(q.source);
    block.appendChild(el('cite', null, q.locator ? source.replace(/\.(\u201d?)$/, '$1') + ', ' + q.locator : source));
    return block;
  }
  /**
   * The diagram's legend in the panel, one entry a line: drawn under the drawing, it was out of view
   * whenever the page opens on part of a large diagram, and shrank with it when zoomed out. Each entry
   * is the drawing's own sample (shape or line) beside its words, so the two cannot disagree.
   */
  function legend(into) {
    var g = view().svg.querySelector('g.legend');
    if (!g) { return; }
    into = into || panel;
    var list = el('ul', 'legend');
    var sample = [];
    Array.prototype.forEach.call(g.children, function (part) {
      var words = part.querySelector('text');
      if (!words) { sample.push(part); return; }
      var item = el('li');
      var box = null;
      sample.forEach(function (s) {
        var b = s.getBBox();
        box = box ? { x1: Math.min(box.x1, b.x), y1: Math.min(box.y1, b.y), x2: Math.max(box.x2, b.x + b.width),
          y2: Math.max(box.y2, b.y + b.height) } : { x1: b.x, y1: b.y, x2: b.x + b.width, y2: b.y + b.height };
      });
      if (box && box.x2 > box.x1) {
        var svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
        var pad = 2;
        svg.setAttribute('viewBox', [box.x1 - pad, box.y1 - pad, box.x2 - box.x1 + 2 * pad,
          Math.max(box.y2 - box.y1, 1) + 2 * pad].join(' '));
        svg.setAttribute('aria-hidden', 'true');
        sample.forEach(function (s) { svg.appendChild(s.cloneNode(true)); });
        item.appendChild(svg);
      }
      item.appendChild(el('span', null, words.textContent));
      list.appendChild(item);
      sample = [];
    });
    if (list.children.length) {
      into.appendChild(el(into === panel ? 'h3' : 'summary', null, t('page.legend')));
      into.appendChild(list);
    }
  }
  function render() {
    panel.textContent = '';
    panel.scrollTop = 0;
    var c = selected ? data.concepts[selected] : null;
    if (!c || !c.shown) {
      panel.appendChild(el('p', 'hint', t('page.hint')));
      if (partial(view())) { panel.appendChild(el('p', 'hint', t('page.partHint'))); }
      if (data.quiet) { panel.appendChild(el('p', 'hint', t('page.quietHint'))); }
      legend();
      return;
    }
    panel.appendChild(el('h2', null, text(c.label)));
    if (text(c.kind)) { panel.appendChild(el('p', 'kind', text(c.kind))); }
    var alt = (c.alt && c.alt[lang]) || [];
    if (alt.length) { panel.appendChild(el('p', 'kind', alt.join(' \u00b7 '))); }
    panel.appendChild(el('h3', null, t('doc.definition')));
    panel.appendChild(el('p', 'definition', text(c.definition)));
    var cited = [];
    function cite(id) { if (cited.indexOf(id) < 0) { cited.push(id); } }
    if (c.quotes.length) {
      panel.appendChild(el('h3', null, t('doc.quotes')));
      c.quotes.forEach(function (q) { panel.appendChild(quoteBlock(q)); cite(q.source); });
    }
    var rels = data.relations.filter(function (r) { return r.from === selected || r.to === selected; });
    if (rels.length) {
      panel.appendChild(el('h3', null, t('doc.relations')));
      var ul = el('ul', 'relations');
      rels.forEach(function (r) {
        var li = el('li');
        var outgoing = r.from === selected;
        var words = outgoing ? text(r.label) : (text(r.inverse) || text(r.label));
        if (!outgoing && !text(r.inverse)) {
          li.appendChild(conceptLink(r.from));
          li.appendChild(document.createTextNode(' ' + words + ' ' + text(c.label)));
        } else {
          li.appendChild(document.createTextNode(words + ' '));
          li.appendChild(conceptLink(outgoing ? r.to : r.from));
        }
        if (r.contested) { li.appendChild(el('span', 'contested', ' (' + t('doc.contested') + ')')); }
        if (r.quote) { li.appendChild(quoteBlock(r.quote)); cite(r.quote.source); }
        r.sources.forEach(cite);
        ul.appendChild(li);
      });
      panel.appendChild(ul);
    }
    if (cited.length) {
      panel.appendChild(el('h3', null, t('doc.sources')));
      var list = el('ul', 'sources');
      cited.forEach(function (id) { list.appendChild(el('li', null, citation(id))); });
      panel.appendChild(list);
    }
    // The legend is still at hand while a concept is read, folded away under its details.
    var folded = el('details', 'legend');
    legend(folded);
    if (folded.children.length) { panel.appendChild(folded); }
  }
  function markSelected() {
    Object.keys(views).forEach(function (l) {
      Array.prototype.forEach.call(views[l].svg.querySelectorAll('g.concept'), function (g) {
        g.classList.toggle('selected', g.getAttribute('data-id') === selected);
      });
    });
    recede();
  }
  /** A busy drawing: the hierarchy in full, other relations faint unless they touch the chosen concept. */
  function recede() {
    var backbone = (data.backbone || []).map(function (id) { return 'type-' + id; });
    Object.keys(views).forEach(function (l) {
      Array.prototype.forEach.call(views[l].svg.querySelectorAll('g.relation'), function (g) {
        var ofHierarchy = backbone.some(function (c) { return g.classList.contains(c); });
        var touches = selected && (g.getAttribute('data-from') === selected || g.getAttribute('data-to') === selected);
        g.classList.toggle('faint', !!data.quiet && !tour && !ofHierarchy && !touches);
      });
    });
  }
  function select(id, centre) {
    if (!data.concepts[id] || !data.concepts[id].shown) { return; }
    selected = id;
    markSelected();
    render();
    if (centre) { frame([id]); }
  }

  // ---- search with suggestions
  function fold(s) {
    return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
  }
  var matches = [];
  var active = -1;
  function suggest() {
    var q = fold(search.value.trim());
    suggestions.textContent = '';
    matches = [];
    active = -1;
    if (!q) { closeSuggestions(); return; }
    Object.keys(data.concepts).forEach(function (id) {
      var c = data.concepts[id];
      if (!c.shown) { return; }
      var names = [text(c.label)].concat((c.alt && c.alt[lang]) || []);
      var best = -1;
      names.forEach(function (n) {
        var i = fold(n).indexOf(q);
        if (i >= 0 && (best < 0 || i < best)) { best = i; }
      });
      if (best >= 0) { matches.push({ id: id, rank: best === 0 ? 0 : 1, name: text(c.label) }); }
    });
    matches.sort(function (a, b) { return a.rank - b.rank || a.name.localeCompare(b.name); });
    matches = matches.slice(0, 8);
    if (!matches.length) {
      suggestions.appendChild(el('li', 'none', t('page.noMatch')));
    }
    matches.forEach(function (m, i) {
      var li = el('li', null, m.name);
      li.id = 'suggestion-' + i;
      li.setAttribute('role', 'option');
      li.setAttribute('data-id', m.id);
      var kind = text(data.concepts[m.id].kind);
      if (kind) { li.appendChild(el('span', 'kind', kind)); }
      li.addEventListener('mousedown', function (e) { e.preventDefault(); pick(m.id); });
      suggestions.appendChild(li);
    });
    suggestions.hidden = false;
    search.setAttribute('aria-expanded', 'true');
  }
  function closeSuggestions() {
    suggestions.hidden = true;
    search.setAttribute('aria-expanded', 'false');
    search.removeAttribute('aria-activedescendant');
  }
  function highlight(i) {
    active = i;
    Array.prototype.forEach.call(suggestions.children, function (li, j) {
      li.setAttribute('aria-selected', j === i ? 'true' : 'false');
    });
    if (i >= 0) { search.setAttribute('aria-activedescendant', 'suggestion-' + i); }
  }
  function pick(id) {
    search.value = '';
    closeSuggestions();
    select(id, true);
  }
  search.addEventListener('input', suggest);
  search.addEventListener('blur', closeSuggestions);
  search.addEventListener('keydown', function (e) {
    if (e.key === 'ArrowDown' && matches.length) { e.preventDefault(); highlight((active + 1) % matches.length); }
    else if (e.key === 'ArrowUp' && matches.length) { e.preventDefault(); highlight((active - 1 + matches.length) % matches.length); }
    else if (e.key === 'Enter' && matches.length) { e.preventDefault(); pick(matches[Math.max(active, 0)].id); }
    else if (e.key === 'Escape') { search.value = ''; closeSuggestions(); }
  });

  // ---- tours, played with the arrow keys
  function fillTours() {
    toursSelect.textContent = '';
    if (!data.tours.length) { toursSelect.hidden = true; return; }
    var none = el('option', null, t('page.chooseTour'));
    none.value = '';
    toursSelect.appendChild(none);
    data.tours.forEach(function (tr, i) {
      var o = el('option', null, text(tr.title));
      o.value = String(i);
      toursSelect.appendChild(o);
    });
    toursSelect.value = tour ? String(data.tours.indexOf(tour)) : '';
  }
  function showStep() {
    recede();
    var step = tour.steps[stepIndex];
    var shown = step.concepts.filter(function (id) { return data.concepts[id] && data.concepts[id].shown; });
    Object.keys(views).forEach(function (l) {
      Array.prototype.forEach.call(views[l].svg.querySelectorAll('g.concept'), function (g) {
        g.classList.toggle('dim', step.concepts.length > 0 && step.concepts.indexOf(g.getAttribute('data-id')) < 0);
      });
      Array.prototype.forEach.call(views[l].svg.querySelectorAll('g.relation'), function (g) {
        var inStep = step.concepts.indexOf(g.getAttribute('data-from')) >= 0
          && step.concepts.indexOf(g.getAttribute('data-to')) >= 0;
        g.classList.toggle('dim', step.concepts.length > 0 && !inStep);
      });
    });
    caption.hidden = false;
    document.getElementById('caption-step').textContent = text(tour.title) + ' \u2014 '
      + format(t('page.step'), stepIndex + 1, tour.steps.length);
    document.getElementById('caption-text').textContent = text(step.caption);
    document.getElementById('prev').disabled = stepIndex === 0;
    document.getElementById('next').disabled = stepIndex === tour.steps.length - 1;
    caption.title = t('page.tourKeys');
    if (step.focus && data.concepts[step.focus] && data.concepts[step.focus].shown) {
      select(step.focus, false);
    }
    if (shown.length) { frame(shown); } else { fit(); }
  }
  function startTour(i) {
    tour = data.tours[i] || null;
    stepIndex = 0;
    if (tour) { showStep(); } else { endTour(); }
  }
  function move(delta) {
    if (!tour) { return; }
    var next = stepIndex + delta;
    if (next < 0 || next >= tour.steps.length) { return; }
    stepIndex = next;
    showStep();
  }
  function endTour() {
    tour = null;
    recede();
    caption.hidden = true;
    fadeCut(view());
    toursSelect.value = '';
    Object.keys(views).forEach(function (l) {
      Array.prototype.forEach.call(views[l].svg.querySelectorAll('.dim'), function (g) { g.classList.remove('dim'); });
    });
  }
  toursSelect.addEventListener('change', function () {
    if (toursSelect.value === '') { endTour(); } else { startTour(+toursSelect.value); toursSelect.blur(); }
  });
  document.getElementById('prev').addEventListener('click', function () { move(-1); });
  document.getElementById('next').addEventListener('click', function () { move(1); });
  document.getElementById('end').addEventListener('click', endTour);
  document.addEventListener('keydown', function (e) {
    var typing = e.target === search || e.target === toursSelect;
    if (!tour || typing) { return; }
    if (e.key === 'ArrowRight' || e.key === 'PageDown') { e.preventDefault(); move(1); }
    else if (e.key === 'ArrowLeft' || e.key === 'PageUp') { e.preventDefault(); move(-1); }
    else if (e.key === 'Escape') { endTour(); }
  });

  // ---- languages
  var langs = document.getElementById('langs');
  function setLanguage(l) {
    lang = l;
    document.documentElement.lang = l;
    Object.keys(views).forEach(function (k) { views[k].box.hidden = k !== l; });
    // A drawing shown for the first time opens where the reader is: on the chosen concept if there is one.
    if (!view().vb) {
      if (selected && nodeOf(selected)) { frame([selected]); } else { fit(); }
    }
    document.getElementById('title').textContent = text(data.title);
    document.title = text(data.title);
    search.placeholder = t('page.search');
    search.setAttribute('aria-label', t('page.searchLabel'));
    toursSelect.setAttribute('aria-label', t('page.tour'));
    langs.setAttribute('aria-label', t('page.language'));
    document.getElementById('zoom-in').title = t('page.zoomIn');
    document.getElementById('zoom-out').title = t('page.zoomOut');
    document.getElementById('fit').title = t('page.fit');
    document.getElementById('prev').textContent = '\u2190 ' + t('page.previous');
    document.getElementById('next').textContent = t('page.next') + ' \u2192';
    document.getElementById('end').textContent = t('page.endTour');
    Array.prototype.forEach.call(langs.children, function (b) {
      b.setAttribute('aria-pressed', b.getAttribute('data-lang') === l ? 'true' : 'false');
    });
    fillTours();
    render();
    if (tour) { showStep(); }
    apply();
  }
  if (data.languages.length > 1) {
    data.languages.forEach(function (l) {
      var b = el('button', null, l.toUpperCase());
      b.type = 'button';
      b.setAttribute('data-lang', l);
      b.addEventListener('click', function () { setLanguage(l); });
      langs.appendChild(b);
    });
  }
  setLanguage(lang);
  recede();
  if (location.hash.length > 1) { select(decodeURIComponent(location.hash.slice(1)), true); }
}());
