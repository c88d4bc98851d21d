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
  Array.prototype.forEach.call(document.querySelectorAll('.diagram'), function (box) {
    var svg = box.querySelector('svg');
    var vb = svg.viewBox.baseVal;
    var home = { x: vb.x, y: vb.y, w: vb.width, h: vb.height };
    svg.removeAttribute('width');
    svg.removeAttribute('height');
    svg.setAttribute('preserveAspectRatio', 'xMidYMid meet');
    Array.prototype.forEach.call(svg.querySelectorAll('g.concept'), function (g) {
      var id = g.getAttribute('data-id');
      g.setAttribute('tabindex', '0');
      g.setAttribute('role', 'button');
      g.setAttribute('aria-label', data.concepts[id] ? (data.concepts[id].label[box.getAttribute('data-lang')] || id) : id);
    });
    views[box.getAttribute('data-lang')] = { box: box, svg: svg, home: home,
      vb: { x: home.x, y: home.y, w: home.w, h: home.h } };
  });
  function view() { return views[lang]; }
  function apply() {
    var v = view();
    v.svg.setAttribute('viewBox', [v.vb.x, v.vb.y, v.vb.w, v.vb.h].join(' '));
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
    apply();
  }
  function zoomCentre(factor) {
    var r = stage.getBoundingClientRect();
    zoomAt(factor, r.left + r.width / 2, r.top + r.height / 2);
  }
  function fit() {
    var v = view();
    v.vb = { x: v.home.x, y: v.home.y, w: v.home.w, h: v.home.h };
    apply();
  }
  function nodeOf(id, v) {
    var nodes = (v || view()).svg.querySelectorAll('g.concept');
    for (var i = 0; i < nodes.length; i++) {
      if (nodes[i].getAttribute('data-id') === id) { return nodes[i]; }
    }
    return null;
  }
  /** Shows these concepts whole, zoomed in no closer than about a third of the diagram. */
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
    var r = stage.getBoundingClientRect();
    var aspect = r.width / Math.max(r.height, 1);
    if (w / h < aspect) { w = h * aspect; } else { h = w / aspect; }
    v.vb = { x: (box.x1 + box.x2) / 2 - w / 2, y: (box.y1 + box.y2) / 2 - h / 2, w: w, h: h };
    apply();
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
  function render() {
    panel.textContent = '';
    panel.scrollTop = 0;
    var c = selected ? data.concepts[selected] : null;
    if (!c || !c.shown) {
      panel.appendChild(el('p', 'hint', t('page.hint')));
      if (data.quiet) { panel.appendChild(el('p', 'hint', t('page.quietHint'))); }
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
