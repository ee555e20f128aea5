// The timeline: events per day (per week or month for long spans), stacked by type, as SVG
// bars. Dragging across the chart selects a date range and fills the table from /api/events.
(function () {
  "use strict";
  var W = 960, H = 240, L = 36, R = 10, T = 10, B = 40;
  var svg = document.getElementById("timeline");
  var rangeText = document.getElementById("range");
  var tbody = document.querySelector("#range-table tbody");
  var types = ec.typeIndex();
  var DAY = 86400000;

  function parse(d) { return Date.UTC(+d.slice(0, 4), +d.slice(5, 7) - 1, +d.slice(8, 10)); }
  function iso(t) { return new Date(t).toISOString().slice(0, 10); }

  function bucketOf(span) { return span <= 120 ? "day" : span <= 3 * 365 ? "week" : "month"; }
  function startOf(t, unit) {
    if (unit === "day") return t;
    if (unit === "week") return t - ((new Date(t).getUTCDay() + 6) % 7) * DAY;
    var d = new Date(t); return Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1);
  }
  function next(t, unit) {
    if (unit === "day") return t + DAY;
    if (unit === "week") return t + 7 * DAY;
    var d = new Date(t); return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1);
  }

  function buckets(days) {
    var first = parse(days[0].day), last = parse(days[days.length - 1].day);
    var unit = bucketOf((last - first) / DAY), out = [], index = {};
    for (var t = startOf(first, unit); t <= last; t = next(t, unit)) { index[t] = out.length; out.push({ start: t, end: next(t, unit) - DAY, counts: {} }); }
    days.forEach(function (d) {
      var b = out[index[startOf(parse(d.day), unit)]];
      Object.keys(d.counts).forEach(function (ty) { b.counts[ty] = (b.counts[ty] || 0) + d.counts[ty]; });
    });
    return { unit: unit, list: out };
  }

  function draw(data) {
    if (!data.days.length) { rangeText.textContent = "No dated events."; return null; }
    var bk = buckets(data.days), list = bk.list;
    var max = Math.max.apply(null, list.map(function (b) { return Object.values(b.counts).reduce(function (a, c) { return a + c; }, 0); }));
    var bw = (W - L - R) / list.length, scale = (H - T - B) / Math.max(1, max);
    list.forEach(function (b, i) {
      var y = H - B;
      Object.keys(b.counts).sort().forEach(function (ty) {
        var h = b.counts[ty] * scale;
        y -= h;
        var w = Math.max(1, Math.min(bw - 2, 56));
        var rect = ec.svg("rect", { x: (L + i * bw + (bw - w) / 2).toFixed(1), y: y.toFixed(1), width: w.toFixed(1),
          height: h.toFixed(1), class: "fill-" + (types[ty] || 0) });
        var title = ec.svg("title"); title.textContent = iso(b.start) + " · " + ty + ": " + b.counts[ty];
        rect.appendChild(title);
        svg.appendChild(rect);
      });
    });
    var every = Math.ceil(list.length / 10);
    list.forEach(function (b, i) {
      if (i % every) return;
      var label = ec.svg("text", { x: (L + i * bw + bw / 2).toFixed(1), y: H - B + 14, "text-anchor": "middle", class: "axis" });
      label.textContent = bk.unit === "month" ? iso(b.start).slice(0, 7) : iso(b.start).slice(5);
      svg.appendChild(label);
    });
    var top = ec.svg("text", { x: 4, y: H - B + 26, class: "axis" }); top.textContent = "tallest bar: " + max + " event(s) per " + bk.unit;
    svg.appendChild(top);
    return { list: list, bw: bw };
  }

  function fill(rows) {
    tbody.textContent = "";
    rows.forEach(function (e) {
      var tr = document.createElement("tr");
      [e.date, e.type, e.sub_type, (e.actor1 || "") + (e.actor2 ? " vs " + e.actor2 : ""), e.location_name,
       e.fatalities == null ? "" : e.fatalities].forEach(function (v) { tr.appendChild(ec.el("td", v == null ? "" : v)); });
      var td = ec.el("td"), a = ec.el("a", e.evidence);
      a.href = ec.articleLink(e.article_id, e.event_id);
      td.appendChild(a); tr.appendChild(td); tbody.appendChild(tr);
    });
  }

  function load(from, to) {
    var qs = "per_page=500" + (from ? "&date_from=" + from + "&date_to=" + to : "");
    rangeText.textContent = from ? "From " + from + " to " + to + "." : "All dates.";
    return ec.getJSON("/api/events?" + qs).then(function (page) {
      fill(page.events);
      rangeText.textContent += " " + page.total + " event(s).";
    });
  }

  function brush(chart) {
    var box = ec.svg("rect", { class: "brush", y: T, height: H - T - B, width: 0, x: 0 });
    svg.appendChild(box);
    var x0 = null;
    function localX(ev) {
      var pt = svg.createSVGPoint(); pt.x = ev.clientX; pt.y = ev.clientY;
      return Math.max(L, Math.min(W - R, pt.matrixTransform(svg.getScreenCTM().inverse()).x));
    }
    function index(x) { return Math.max(0, Math.min(chart.list.length - 1, Math.floor((x - L) / chart.bw))); }
    svg.addEventListener("mousedown", function (ev) { x0 = localX(ev); box.setAttribute("x", x0); box.setAttribute("width", 0); ev.preventDefault(); });
    svg.addEventListener("mousemove", function (ev) {
      if (x0 === null) return;
      var x = localX(ev);
      box.setAttribute("x", Math.min(x0, x)); box.setAttribute("width", Math.abs(x - x0));
    });
    window.addEventListener("mouseup", function (ev) {
      if (x0 === null) return;
      var a = index(Math.min(x0, localX(ev))), b = index(Math.max(x0, localX(ev)));
      x0 = null;
      box.setAttribute("x", L + a * chart.bw); box.setAttribute("width", (b - a + 1) * chart.bw);
      load(iso(chart.list[a].start), iso(chart.list[b].end));
    });
    svg.addEventListener("dblclick", function () { box.setAttribute("width", 0); load(); });
  }

  ec.getJSON("/api/timeline" + window.location.search).then(function (data) {
    var chart = draw(data);
    if (chart) brush(chart);
    return load();
  }).catch(function (err) { rangeText.textContent = "Could not load the timeline: " + err.message; });
})();
