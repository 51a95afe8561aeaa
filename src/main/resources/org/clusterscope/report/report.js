// Draws the charts of one clusterscope report page from the JSON embedded in it (#report-data).
// Every chart registers the rows behind it, for its Table and CSV buttons. When every chart has
// rendered, window.reportReady is true (the browser test waits for it).
(function () {
  'use strict';
  var data = JSON.parse(document.getElementById('report-data').textContent);
  var meta = data.meta;
  var charts = [];
  var rendered = [];
  var tables = {};

  var COUNTRY_COLOURS = ['#1f77b4', '#d62728', '#2ca02c', '#9467bd', '#ff7f0e', '#17becf', '#8c564b',
    '#e377c2', '#7f7f7f', '#bcbd22'];
  var STAR_COLOURS = ['#9db4c8', '#f2c14e', '#f08a24', '#c0392b'];
  var MAX_TABLE_ROWS = 500;

  var regionIndex = {};
  data.regions.forEach(function (r, i) { regionIndex[r.code] = i; });
  var sectorIndex = {};
  data.sectors.forEach(function (s, i) { sectorIndex[s.code] = i; });

  function regionName(code) {
    var r = data.regions[regionIndex[code]];
    return r && r.label ? code + ' ' + r.label : code;
  }
  function sectorName(code) {
    var s = data.sectors[sectorIndex[code]];
    return s && s.label ? s.label : code;
  }
  function number(value, digits) {
    if (value === null || value === undefined) { return ''; }
    return Number(value).toLocaleString('en-GB', { maximumFractionDigits: digits, minimumFractionDigits: 0 });
  }
  function starText(n) {
    return n > 0 ? new Array(n + 1).join('\u2605') : '';
  }
  function countryColour(country) {
    var countries = meta.countries;
    return COUNTRY_COLOURS[Math.max(0, countries.indexOf(country)) % COUNTRY_COLOURS.length];
  }

  /** Draws a chart; its promise resolves when ECharts has rendered it. */
  function draw(id, option) {
    var element = document.getElementById('chart-' + id);
    var chart = echarts.init(element, null, { renderer: 'canvas' });
    rendered.push(new Promise(function (resolve) { chart.on('finished', resolve); }));
    option.animation = false;
    chart.setOption(option);
    charts.push(chart);
    return chart;
  }

  /** Replaces a chart by a sentence saying why there is nothing to draw. */
  function empty(id, sentence) {
    var element = document.getElementById('chart-' + id);
    element.className = 'empty';
    element.textContent = sentence;
  }

  /** Registers the rows behind a chart: {columns: [...], rows: [[...]], numeric: [indexes]}. */
  function rows(id, supplier) {
    tables[id] = supplier;
  }

  function renderTable(id) {
    var box = document.getElementById('table-' + id);
    if (!box.hidden) { box.hidden = true; return; }
    var t = tables[id]();
    var html = ['<table><thead><tr>'];
    t.columns.forEach(function (c) { html.push('<th>' + escapeHtml(c) + '</th>'); });
    html.push('</tr></thead><tbody>');
    t.rows.slice(0, MAX_TABLE_ROWS).forEach(function (row) {
      html.push('<tr>');
      row.forEach(function (cell) {
        var isNumber = typeof cell === 'number';
        html.push('<td' + (isNumber ? ' class="num">' + number(cell, 3) : '>' + escapeHtml(cell)) + '</td>');
      });
      html.push('</tr>');
    });
    html.push('</tbody></table>');
    if (t.rows.length > MAX_TABLE_ROWS) {
      html.push('<p>The first ' + MAX_TABLE_ROWS + ' of ' + t.rows.length + ' rows; the CSV has them all.</p>');
    }
    box.innerHTML = html.join('');
    box.hidden = false;
  }

  function downloadCsv(id) {
    var t = tables[id]();
    var lines = [t.columns.map(csvCell).join(',')];
    t.rows.forEach(function (row) { lines.push(row.map(csvCell).join(',')); });
    var blob = new Blob([lines.join('\r\n') + '\r\n'], { type: 'text/csv;charset=utf-8' });
    var link = document.createElement('a');
    link.href = URL.createObjectURL(blob);
    link.download = meta.page + '-' + id + '.csv';
    document.body.appendChild(link);
    link.click();
    link.remove();
  }

  function csvCell(value) {
    if (value === null || value === undefined) { return ''; }
    var text = String(value);
    return /[",\r\n]/.test(text) ? '"' + text.replace(/"/g, '""') + '"' : text;
  }
  function escapeHtml(value) {
    return String(value === null || value === undefined ? '' : value)
      .replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
  }

  function fillSelect(id, options, selected) {
    var select = document.getElementById(id);
    options.forEach(function (o) {
      var option = document.createElement('option');
      option.value = o.value;
      option.textContent = o.text;
      option.selected = o.value === selected;
      select.appendChild(option);
    });
    return select;
  }

  function subtitle(extra) {
    return meta.year + ' · NUTS ' + meta.level + ' · ' + meta.scheme + (extra ? ' · ' + extra : '');
  }

  // ---- the strongest clusters ----------------------------------------------------------------
  function drawTop() {
    var top = data.top;
    rows('top', function () {
      return { columns: ['region', 'region name', 'sector', 'sector name', 'stars', 'lq', 'employment', 'strong cluster'],
        rows: top.map(function (c) {
          var r = data.regions[regionIndex[c.region]];
          return [c.region, r ? r.label : '', c.sector, sectorName(c.sector), c.stars, c.lq, c.employment,
            c.strong === null ? '' : String(c.strong)];
        }) };
    });
    if (top.length === 0) { empty('top', 'No released cell has a star in ' + subtitle() + '.'); return; }
    var ordered = top.slice().reverse();
    draw('top', {
      grid: { left: 300, right: 170, top: 20, bottom: 50 },
      tooltip: { trigger: 'item', formatter: function (p) {
        var c = ordered[p.dataIndex];
        return escapeHtml(regionName(c.region)) + '<br>' + escapeHtml(sectorName(c.sector)) + '<br>' + starText(c.stars)
          + ' lq ' + number(c.lq, 2) + ', ' + number(c.employment, 0) + ' employed';
      } },
      xAxis: { type: 'value', name: 'location quotient (ratio, 1 = average)', nameLocation: 'middle', nameGap: 30 },
      yAxis: { type: 'category', data: ordered.map(function (c) { return c.region + ' · ' + sectorName(c.sector); }),
        axisLabel: { width: 280, overflow: 'truncate' } },
      series: [{ type: 'bar', data: ordered.map(function (c) {
        return { value: c.lq, itemStyle: { color: STAR_COLOURS[Math.min(3, c.stars || 0)] } };
      }), label: { show: true, position: 'right', formatter: function (p) {
        var c = ordered[p.dataIndex];
        return starText(c.stars) + '  ' + number(c.employment, 0) + ' employed';
      } } }]
    });
  }

  // ---- heat map --------------------------------------------------------------------------------
  var SECTOR_PAGE = 40;
  var ALL_ROWS_UP_TO = 150;
  function drawHeatmap() {
    var countries = meta.countries;
    var countryOptions = countries.map(function (c) {
      var n = data.regions.filter(function (r) { return r.country === c; }).length;
      return { value: c, text: c + ' (' + n + ' regions)' };
    });
    var all = data.regions.length <= ALL_ROWS_UP_TO;
    if (all) { countryOptions.unshift({ value: '*', text: 'All countries (' + data.regions.length + ' regions)' }); }
    var sectorPages = [];
    for (var from = 0; from < data.sectors.length; from += SECTOR_PAGE) {
      var to = Math.min(data.sectors.length, from + SECTOR_PAGE);
      sectorPages.push({ value: String(from), text: data.sectors[from].code + ' to ' + data.sectors[to - 1].code
        + ' (' + (to - from) + ' of ' + data.sectors.length + ')' });
    }
    var country = fillSelect('heatmap-country', countryOptions, countryOptions[0].value);
    var sectors = fillSelect('heatmap-sectors', sectorPages, '0');
    if (sectorPages.length === 1) { sectors.disabled = true; }
    rows('heatmap', function () {
      var out = [];
      data.regions.forEach(function (r, i) {
        data.lq[i].forEach(function (lq, s) {
          if (lq !== null) { out.push([r.code, r.label || '', data.sectors[s].code, data.sectors[s].label, lq < 0 ? 'withheld' : lq]); }
        });
      });
      return { columns: ['region', 'region name', 'sector', 'sector name', 'lq'], rows: out };
    });
    if (data.regions.length === 0) { empty('heatmap', 'No released cell in ' + subtitle() + '.'); return; }
    var chart = draw('heatmap', heatmapOption(country.value, Number(sectors.value)));
    function redraw() { chart.setOption(heatmapOption(country.value, Number(sectors.value)), true); }
    country.addEventListener('change', redraw);
    sectors.addEventListener('change', redraw);
  }

  function heatmapOption(country, from) {
    var regionRows = [];
    data.regions.forEach(function (r, i) { if (country === '*' || r.country === country) { regionRows.push(i); } });
    var columns = data.sectors.slice(from, from + SECTOR_PAGE);
    var cells = [];
    regionRows.forEach(function (i, y) {
      for (var x = 0; x < columns.length; x++) {
        var lq = data.lq[i][from + x];
        if (lq !== null) { cells.push([x, y, lq < 0 ? -1 : lq]); }
      }
    });
    var visibleRows = 40;
    return {
      animation: false,
      tooltip: { formatter: function (p) {
        var r = data.regions[regionRows[p.value[1]]];
        var s = columns[p.value[0]];
        return escapeHtml(regionName(r.code)) + '<br>' + escapeHtml(s.code + ' ' + s.label) + '<br>lq '
          + (p.value[2] < 0 ? 'withheld' : number(p.value[2], 2));
      } },
      grid: { left: 230, right: 80, top: 20, bottom: 150 },
      xAxis: { type: 'category', name: 'sector', data: columns.map(function (s) { return s.code; }),
        axisLabel: { rotate: 60, interval: 0 }, splitArea: { show: false } },
      yAxis: { type: 'category', name: 'region', inverse: true,
        data: regionRows.map(function (i) { return regionName(data.regions[i].code); }),
        axisLabel: { width: 210, overflow: 'truncate', interval: 0 } },
      dataZoom: regionRows.length > visibleRows
        ? [{ type: 'slider', yAxisIndex: 0, startValue: 0, endValue: visibleRows - 1, right: 10, width: 18 },
          { type: 'inside', yAxisIndex: 0 }] : [],
      visualMap: { type: 'piecewise', dimension: 2, orient: 'horizontal', left: 'center', bottom: 10,
        text: ['', 'lq (ratio)  '],
        pieces: [{ lt: 0, label: 'withheld', color: '#c8cdd2' }, { gte: 0, lt: 0.5, color: '#2c7bb6' },
          { gte: 0.5, lt: 0.8, color: '#abd9e9' }, { gte: 0.8, lt: 1.25, color: '#f7f7c8' },
          { gte: 1.25, lt: meta.specialisationLq, color: '#fdae61' },
          { gte: meta.specialisationLq, color: '#d7191c', label: '\u2265 ' + meta.specialisationLq + ' (specialisation star)' }] },
      series: [{ type: 'heatmap', data: cells, progressive: 5000 }]
    };
  }

  // ---- specialisation profile ----------------------------------------------------------------------
  var PROFILE_BARS = 40;
  function drawProfile() {
    if (data.regions.length === 0) { empty('profile', 'No released cell in ' + subtitle() + '.'); rows('profile', noRows); return; }
    var starsOf = {};
    data.stars.forEach(function (t) { starsOf[t[0] + ':' + t[1]] = t[2]; });
    var starsByRegion = data.regions.map(function () { return 0; });
    data.stars.forEach(function (t) { starsByRegion[t[0]] += t[2]; });
    var best = 0;
    starsByRegion.forEach(function (n, i) { if (n > starsByRegion[best]) { best = i; } });
    var select = fillSelect('profile-region', data.regions.map(function (r, i) {
      return { value: String(i), text: regionName(r.code) + (starsByRegion[i] ? '  ' + starsByRegion[i] + '\u2605' : '') };
    }), String(best));
    function bars(i) {
      var out = [];
      data.lq[i].forEach(function (lq, s) { if (lq !== null && lq >= 0) { out.push({ s: s, lq: lq, stars: starsOf[i + ':' + s] || 0 }); } });
      out.sort(function (a, b) { return b.lq - a.lq; });
      return out.slice(0, PROFILE_BARS);
    }
    rows('profile', function () {
      var i = Number(select.value);
      return { columns: ['region', 'sector', 'sector name', 'lq', 'stars'], rows: bars(i).map(function (b) {
        return [data.regions[i].code, data.sectors[b.s].code, data.sectors[b.s].label, b.lq, b.stars];
      }) };
    });
    function option(i) {
      var b = bars(i);
      return {
        title: { text: regionName(data.regions[i].code), left: 'center', textStyle: { fontSize: 14 } },
        tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
        grid: { left: 70, right: 30, top: 50, bottom: 140 },
        xAxis: { type: 'category', name: 'sector', data: b.map(function (x) { return sectorName(data.sectors[x.s].code); }),
          axisLabel: { rotate: 50, interval: 0, width: 150, overflow: 'truncate' } },
        yAxis: { type: 'value', name: 'lq (ratio, 1 = average)' },
        series: [
          { type: 'bar', name: 'lq', data: b.map(function (x) { return { value: x.lq, itemStyle: { color: STAR_COLOURS[x.stars] } }; }),
            markLine: { symbol: 'none', silent: true, data: [{ yAxis: 1, name: 'average' },
              { yAxis: meta.specialisationLq, name: 'specialisation star' }], label: { formatter: '{b}' } } },
          { type: 'scatter', name: 'stars', symbol: 'path://M50 0 L61 35 L98 35 L68 57 L79 91 L50 70 L21 91 L32 57 L2 35 L39 35 Z',
            symbolSize: 14, itemStyle: { color: '#c0392b' }, tooltip: { show: false },
            data: b.map(function (x) { return x.stars > 0 ? [sectorName(data.sectors[x.s].code), x.lq] : null; })
              .filter(function (p) { return p !== null; }),
            label: { show: true, position: 'top', formatter: function (p) {
              var x = b.filter(function (y) { return sectorName(data.sectors[y.s].code) === p.value[0]; })[0];
              return starText(x ? x.stars : 0);
            } }, symbolOffset: [0, -10] }
        ]
      };
    }
    var chart = draw('profile', option(best));
    select.addEventListener('change', function () { chart.setOption(option(Number(select.value)), true); });
  }

  function noRows() { return { columns: [], rows: [] }; }

  // ---- openness --------------------------------------------------------------------------------------
  function drawOpenness() {
    var points = data.openness;
    rows('openness', function () {
      return { columns: ['region', 'sector', 'sector name', 'source', 'lq', 'openness', 'activities', 'stars', 'employment'],
        rows: points.map(function (p) {
          return [p.region, p.sector, sectorName(p.sector), p.source, p.lq, p.openness, p.activities, p.stars, p.employment];
        }) };
    });
    if (points.length === 0) {
      empty('openness', meta.opennessNote || 'No cluster of ' + subtitle() + ' has patent or research collaboration.');
      return;
    }
    var sources = [];
    points.forEach(function (p) { if (sources.indexOf(p.source) < 0) { sources.push(p.source); } });
    var symbols = ['circle', 'diamond', 'triangle'];
    draw('openness', {
      legend: { top: 0 },
      tooltip: { formatter: function (p) {
        var x = p.data.point;
        return escapeHtml(regionName(x.region)) + '<br>' + escapeHtml(sectorName(x.sector)) + ' (' + x.source + ')<br>lq '
          + number(x.lq, 2) + ', openness ' + number(x.openness, 2) + ', ' + number(x.activities, 1) + ' activities';
      } },
      grid: { left: 70, right: 130, top: 40, bottom: 60 },
      xAxis: { type: 'log', name: 'location quotient (ratio, log scale)', nameLocation: 'middle', nameGap: 30 },
      yAxis: { type: 'value', min: 0, max: 1, name: 'openness (share of pairs reaching other regions)' },
      visualMap: { type: 'piecewise', dimension: 1, right: 0, top: 'middle', seriesIndex: sources.map(function (s, i) { return i; }),
        pieces: [{ lt: meta.selfSufficient, color: '#c0392b', label: 'self-sufficient (< ' + meta.selfSufficient + ')' },
          { gte: meta.selfSufficient, color: '#2c7bb6', label: 'open' }] },
      series: sources.map(function (source, i) {
        return { type: 'scatter', name: source, symbol: symbols[i % symbols.length], symbolSize: 9,
          data: points.filter(function (p) { return p.source === source; })
            .map(function (p) { return { value: [p.lq, p.openness], point: p }; }) };
      })
    });
  }

  // ---- cross-border clusters -------------------------------------------------------------------------
  function drawCrossBorder() {
    var pairs = data.crossBorder;
    rows('crossborder', function () {
      return { columns: ['sector', 'sector name', 'region a', 'region b', 'country a', 'country b', 'stars a', 'stars b',
        'lq a', 'lq b', 'employment a', 'employment b', 'links', 'co-invention links', 'research links', 'weight'],
      rows: pairs.map(function (p) {
        return [p.sector, sectorName(p.sector), p.regionA, p.regionB, p.countryA, p.countryB, p.starsA, p.starsB, p.lqA, p.lqB,
          p.employmentA, p.employmentB, p.links, p.coInvention, p.research, p.weight];
      }) };
    });
    if (pairs.length === 0) { empty('crossborder', 'No cross-border cluster pair in ' + subtitle() + '.'); return; }
    var nodes = {};
    var edges = {};
    pairs.forEach(function (p) {
      nodes[p.regionA] = p.countryA;
      nodes[p.regionB] = p.countryB;
      var key = p.regionA + '|' + p.regionB;
      var edge = edges[key] || (edges[key] = { source: p.regionA, target: p.regionB, sectors: [], links: 0, coInvention: 0, research: 0 });
      edge.sectors.push(sectorName(p.sector));
      edge.links = Math.max(edge.links, p.links || 0);
      edge.coInvention = Math.max(edge.coInvention, p.coInvention || 0);
      edge.research = Math.max(edge.research, p.research || 0);
    });
    var countries = [];
    Object.keys(nodes).forEach(function (r) { if (countries.indexOf(nodes[r]) < 0) { countries.push(nodes[r]); } });
    countries.sort();
    var edgeList = Object.keys(edges).map(function (k) { return edges[k]; });
    var maxLinks = Math.max.apply(null, edgeList.map(function (e) { return e.links; }).concat([1]));
    draw('crossborder', {
      legend: { data: countries, top: 0 },
      tooltip: { formatter: function (p) {
        if (p.dataType === 'edge') {
          var e = p.data.edge;
          return escapeHtml(regionName(e.source)) + ' \u2013 ' + escapeHtml(regionName(e.target)) + '<br>'
            + escapeHtml(e.sectors.join(', ')) + '<br>' + e.coInvention + ' co-invention, ' + e.research + ' research';
        }
        return escapeHtml(regionName(p.name));
      } },
      series: [{
        type: 'graph', layout: 'force', roam: true, draggable: true, top: 40, bottom: 10,
        force: { repulsion: 260, edgeLength: [80, 180], layoutAnimation: false },
        categories: countries.map(function (c) { return { name: c, itemStyle: { color: countryColour(c) } }; }),
        label: { show: true, position: 'right', formatter: function (p) { return p.name; } },
        edgeLabel: { show: true, fontSize: 10, formatter: function (p) { return p.data.edge.sectors.join(', '); } },
        data: Object.keys(nodes).map(function (r) { return { name: r, category: countries.indexOf(nodes[r]), symbolSize: 16 }; }),
        links: edgeList.map(function (e) {
          return { source: e.source, target: e.target, edge: e,
            lineStyle: { width: 1 + 7 * e.links / maxLinks, color: '#566573', opacity: 0.8 } };
        })
      }]
    });
  }

  // ---- sector relatedness ----------------------------------------------------------------------------
  function drawRelatedness() {
    var links = data.sectorLinks;
    var sources = [];
    links.forEach(function (l) { if (sources.indexOf(l.source) < 0) { sources.push(l.source); } });
    var select = fillSelect('relatedness-source', sources.map(function (s) { return { value: s, text: s }; }), sources[0]);
    rows('relatedness', function () {
      return { columns: ['source', 'sector a', 'sector a name', 'sector b', 'sector b name', 'cooccurrences', 'cosine'],
        rows: links.map(function (l) { return [l.source, l.a, sectorName(l.a), l.b, sectorName(l.b), l.cooccurrences, l.cosine]; }) };
    });
    if (links.length === 0) { empty('relatedness', 'No related sectors in ' + meta.year + ' for ' + meta.scheme + '.'); return; }
    function option(source) {
      var chosen = links.filter(function (l) { return l.source === source; });
      var degree = {};
      chosen.forEach(function (l) { degree[l.a] = (degree[l.a] || 0) + 1; degree[l.b] = (degree[l.b] || 0) + 1; });
      return {
        tooltip: { formatter: function (p) {
          if (p.dataType === 'edge') {
            return escapeHtml(sectorName(p.data.source)) + ' \u2013 ' + escapeHtml(sectorName(p.data.target)) + '<br>cosine '
              + number(p.data.value, 3) + ', ' + p.data.cooccurrences + ' co-occurrences';
          }
          return escapeHtml(p.name + ' ' + sectorName(p.name));
        } },
        series: [{ type: 'graph', layout: 'force', roam: true, draggable: true,
          force: { repulsion: 200, edgeLength: [40, 160], layoutAnimation: false },
          label: { show: true, position: 'right', formatter: function (p) { return sectorName(p.name); }, width: 140, overflow: 'truncate' },
          data: Object.keys(degree).map(function (s) { return { name: s, symbolSize: 8 + 3 * degree[s], itemStyle: { color: '#2c7bb6' } }; }),
          links: chosen.map(function (l) {
            return { source: l.a, target: l.b, value: l.cosine, cooccurrences: l.cooccurrences,
              lineStyle: { width: 1 + 6 * l.cosine, color: '#7f8c8d', opacity: 0.7 } };
          }) }]
      };
    }
    var chart = draw('relatedness', option(select.value));
    select.addEventListener('change', function () { chart.setOption(option(select.value), true); });
  }

  // ---- employment trend ------------------------------------------------------------------------------
  function drawTrend() {
    var trend = data.trend;
    rows('trend', function () {
      var out = [];
      trend.series.forEach(function (s) {
        trend.years.forEach(function (y, i) { out.push([s.region, s.sector, sectorName(s.sector), y, s.employment[i]]); });
      });
      return { columns: ['region', 'sector', 'sector name', 'year', 'employment'], rows: out };
    });
    if (trend.series.length === 0) { empty('trend', 'No released cell of ' + subtitle() + ' has two or more stars.'); return; }
    draw('trend', {
      legend: { type: 'scroll', top: 0 },
      tooltip: { trigger: 'axis' },
      grid: { left: 80, right: 30, top: 50, bottom: 50 },
      xAxis: { type: 'category', name: 'reference year', nameLocation: 'middle', nameGap: 30, data: trend.years.map(String) },
      yAxis: { type: 'value', name: 'employment (persons)' },
      series: trend.series.map(function (s) {
        return { type: 'line', name: s.region + ' · ' + sectorName(s.sector), data: s.employment, connectNulls: false,
          symbolSize: 7 };
      })
    });
  }

  // ---- data quality ------------------------------------------------------------------------------------
  function drawQuality() {
    var q = data.quality;
    rows('quality', function () {
      var out = q.counts.map(function (c) { return [c.source, c.stage, 'read', '', c.read]; });
      q.counts.forEach(function (c) {
        out.push([c.source, c.stage, 'accepted', '', c.accepted]);
        out.push([c.source, c.stage, 'quarantined', '', c.quarantined]);
        out.push([c.source, c.stage, 'excluded', '', c.excluded]);
      });
      q.reasons.forEach(function (r) { out.push([r.source, r.stage, 'quarantined', r.reason, r.records]); });
      return { columns: ['source', 'stage', 'outcome', 'reason', 'records'], rows: out };
    });
    if (q.counts.length === 0) {
      empty('quality', 'No run that read inputs is recorded in ' + meta.opsDatabase + '.runs.');
      empty('reasons', 'No quarantined records.');
      return;
    }
    var labels = q.counts.map(function (c) { return c.source + ' · ' + c.stage; });
    var outcome = function (name, key, colour) {
      return { type: 'bar', name: name, stack: 'records', itemStyle: { color: colour },
        data: q.counts.map(function (c) { return c[key]; }) };
    };
    draw('quality', {
      legend: { top: 0 },
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      grid: { left: 160, right: 40, top: 40, bottom: 50 },
      xAxis: { type: 'log', name: 'records (log scale)', nameLocation: 'middle', nameGap: 30, min: 1 },
      yAxis: { type: 'category', data: labels, inverse: true },
      series: [outcome('accepted', 'accepted', '#3c8d40'), outcome('quarantined', 'quarantined', '#c0392b'),
        outcome('excluded', 'excluded', '#9db4c8')]
    });
    if (q.reasons.length === 0) { empty('reasons', 'The run quarantined no record.'); return; }
    document.getElementById('chart-reasons').style.height = Math.max(300, 22 * q.reasons.length + 70) + 'px';
    draw('reasons', {
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      grid: { left: 260, right: 40, top: 10, bottom: 50 },
      xAxis: { type: 'value', name: 'quarantined records', nameLocation: 'middle', nameGap: 30, minInterval: 1 },
      yAxis: { type: 'category', inverse: true, data: q.reasons.map(function (r) { return r.source + ' · ' + r.reason; }) },
      series: [{ type: 'bar', itemStyle: { color: '#c0392b' }, data: q.reasons.map(function (r) { return r.records; }),
        label: { show: true, position: 'right' } }]
    });
  }

  // ---- map ------------------------------------------------------------------------------------------------
  function drawMap() {
    var stars = {};
    data.regions.forEach(function (r) { stars[r.code] = 0; });
    data.stars.forEach(function (t) { stars[data.regions[t[0]].code] += t[2]; });
    rows('map', function () {
      return { columns: ['region', 'region name', 'stars'], rows: data.regions.map(function (r) { return [r.code, r.label || '', stars[r.code]]; }) };
    });
    if (!data.map.geojson) { empty('map', data.map.hint); return; }
    echarts.registerMap('nuts', data.map.geojson);
    var max = Math.max.apply(null, Object.keys(stars).map(function (k) { return stars[k]; }).concat([1]));
    draw('map', {
      tooltip: { formatter: function (p) {
        return escapeHtml(regionName(p.name)) + '<br>' + (isNaN(p.value) ? 'no released cell' : p.value + ' stars');
      } },
      visualMap: { min: 0, max: max, left: 10, bottom: 20, text: ['stars', ''], calculable: true,
        inRange: { color: ['#f7f7f7', '#fdae61', '#d7191c'] } },
      series: [{ type: 'map', map: 'nuts', nameProperty: 'NUTS_ID', roam: true,
        itemStyle: { areaColor: '#e6e9ec', borderColor: '#8a96a3', borderWidth: 0.5 },
        emphasis: { label: { show: false } },
        data: Object.keys(stars).map(function (k) { return { name: k, value: stars[k] }; }) }]
    });
  }

  document.addEventListener('click', function (event) {
    var target = event.target;
    if (target.dataset && target.dataset.table) { renderTable(target.dataset.table); }
    if (target.dataset && target.dataset.csv) { downloadCsv(target.dataset.csv); }
  });

  [drawTop, drawHeatmap, drawProfile, drawOpenness, drawCrossBorder, drawRelatedness, drawTrend, drawQuality, drawMap]
    .forEach(function (f) { f(); });
  window.addEventListener('resize', function () { charts.forEach(function (c) { c.resize(); }); });
  Promise.all(rendered).then(function () { window.reportReady = true; });
})();
