(function () {
  'use strict';
  var words = JSON.parse(document.getElementById('words').textContent);
  var sheets = JSON.parse(document.getElementById('sheet-data').textContent);
  var table = document.getElementById('report-table');
  var body = table.tBodies[0];
  var rows = Array.prototype.slice.call(body.rows);
  var agencyInput = document.getElementById('filter-agency');
  var yearSelect = document.getElementById('filter-year');
  var ruleSelect = document.getElementById('filter-rule');
  var shown = document.getElementById('shown');
  var collator = new Intl.Collator(document.documentElement.lang, { numeric: true });

  function text(tag, className, content) {
    var el = document.createElement(tag);
    if (className) el.className = className;
    if (content !== undefined && content !== null) el.textContent = content;
    return el;
  }

  // Sorting: a header click sorts by its column, a second click reverses.
  function sortBy(th) {
    var index = th.cellIndex;
    var numeric = th.getAttribute('data-type') === 'num';
    var ascending = th.getAttribute('aria-sort') !== 'ascending';
    Array.prototype.forEach.call(table.tHead.rows[0].cells, function (h) { h.removeAttribute('aria-sort'); });
    th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
    var keyed = rows.map(function (row, i) { return { row: row, i: i, v: row.cells[index].getAttribute('data-v') }; });
    keyed.sort(function (a, b) {
      var d;
      if (numeric) {
        var x = a.v === '' ? -Infinity : Number(a.v);
        var y = b.v === '' ? -Infinity : Number(b.v);
        d = x === y ? 0 : (x < y ? -1 : 1);
      } else {
        d = collator.compare(a.v, b.v);
      }
      return (ascending ? d : -d) || a.i - b.i;
    });
    keyed.forEach(function (k) { body.appendChild(k.row); });
  }
  Array.prototype.forEach.call(table.tHead.rows[0].cells, function (th) {
    th.addEventListener('click', function () { sortBy(th); });
    th.addEventListener('keydown', function (e) { if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); sortBy(th); } });
  });

  // Filtering by agency (text), year and rule.
  function filter() {
    var agency = agencyInput.value.trim().toLowerCase();
    var year = yearSelect.value;
    var rule = ruleSelect.value;
    var visible = 0;
    rows.forEach(function (row) {
      var ok = (!agency || row.getAttribute('data-agency').toLowerCase().indexOf(agency) >= 0)
        && (!year || row.getAttribute('data-year') === year)
        && (!rule || (' ' + row.getAttribute('data-rules') + ' ').indexOf(' ' + rule + ' ') >= 0);
      row.classList.toggle('hidden', !ok);
      if (ok) visible++;
    });
    shown.textContent = shown.getAttribute('data-template').replace('{0}', visible).replace('{1}', shown.getAttribute('data-total'));
    Array.prototype.forEach.call(document.querySelectorAll('.bar'), function (bar) {
      bar.classList.toggle('active', bar.getAttribute('data-rule') === rule);
    });
  }
  agencyInput.addEventListener('input', filter);
  yearSelect.addEventListener('change', filter);
  ruleSelect.addEventListener('change', filter);
  Array.prototype.forEach.call(document.querySelectorAll('.bar'), function (bar) {
    bar.addEventListener('click', function () {
      var rule = bar.getAttribute('data-rule');
      ruleSelect.value = ruleSelect.value === rule ? '' : rule;
      filter();
      document.getElementById('reports').scrollIntoView();
    });
  });
  filter();

  // A report's tables, drawn when its section is first opened.
  function header(block) {
    var depth = block.k.reduce(function (d, path) { return Math.max(d, path.length); }, 1);
    var thead = document.createElement('thead');
    var trs = [];
    for (var level = 0; level < depth; level++) trs.push(thead.appendChild(document.createElement('tr')));
    if (block.h !== null && block.h !== undefined) {
      var corner = text('th', '', block.h);
      corner.rowSpan = depth;
      trs[0].appendChild(corner);
    }
    for (level = 0; level < depth; level++) {
      for (var c = 0; c < block.k.length; c++) {
        var path = block.k[c];
        if (level >= path.length) continue;
        var same = function (other) {
          if (!other || other.length <= level) return false;
          for (var l = 0; l <= level; l++) if (other[l] !== path[l]) return false;
          return level < other.length - 1 && level < path.length - 1;
        };
        if (c > 0 && same(block.k[c - 1])) continue;
        var span = 1;
        while (c + span < block.k.length && same(block.k[c + span])) span++;
        var th = text('th', '', path[level]);
        th.colSpan = span;
        if (level === path.length - 1) th.rowSpan = depth - level;
        trs[level].appendChild(th);
      }
    }
    return thead;
  }

  function cell(value) {
    var td = text('td', 'v');
    if (typeof value === 'string') {
      td.textContent = value;
      return td;
    }
    td.classList.add('broken');
    td.appendChild(document.createTextNode(value.t === '' ? '∅' : value.t));
    if (value.x !== undefined) td.appendChild(text('span', 'computed', words.computed + ' ' + value.x));
    td.title = value.d;
    return td;
  }

  function drawBlock(container, block) {
    var grid = text('table', 'grid');
    if (block.c) grid.appendChild(text('caption', '', block.c));
    if (block.k.length) grid.appendChild(header(block));
    var tbody = grid.appendChild(document.createElement('tbody'));
    var lastGroup = '';
    block.r.forEach(function (row) {
      var tr = tbody.appendChild(document.createElement('tr'));
      if (row[2]) tr.className = 'unknown';
      if (block.h !== null && block.h !== undefined) {
        var label = tr.appendChild(text('td', 'label'));
        if (row[1] && row[1] !== lastGroup) label.appendChild(text('span', 'group', row[1]));
        lastGroup = row[1];
        label.appendChild(document.createTextNode(row[0]));
      }
      row[3].forEach(function (value) { tr.appendChild(cell(value)); });
    });
    container.appendChild(grid);
  }

  function draw(details) {
    var place = details.querySelector('.sheets');
    if (!place || place.childNodes.length) return;
    (sheets[details.getAttribute('data-i')] || []).forEach(function (t) {
      var sheet = place.appendChild(text('div', 'sheet'));
      sheet.appendChild(text('h3', '', t.n));
      if (t.s === 'unreadable') sheet.appendChild(text('p', 'unreadable', words['table.unreadable'].replace('{0}', t.n).replace('{1}', t.why || '')));
      else if (t.s === 'missing') sheet.appendChild(text('p', 'unreadable', words['table.missing'].replace('{0}', t.n)));
      t.b.forEach(function (block) { drawBlock(sheet, block); });
    });
  }
  Array.prototype.forEach.call(document.querySelectorAll('details[data-i]'), function (details) {
    details.addEventListener('toggle', function () { if (details.open) draw(details); });
  });

  function openFromHash() {
    var target = location.hash && document.getElementById(location.hash.slice(1));
    if (target && target.tagName === 'DETAILS') {
      target.open = true;
      draw(target);
      target.scrollIntoView();
    }
  }
  window.addEventListener('hashchange', openFromHash);
  openFromHash();
})();
