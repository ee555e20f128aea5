// The map: country outlines (world-atlas, drawn with d3-geo; no tile server) and one marker per
// event, sized by fatalities and coloured by type. Without the vendored files it still draws the
// markers on a plain equirectangular frame.
(function () {
  "use strict";
  var W = 960, H = 500;
  var svg = document.getElementById("map");
  var status = document.getElementById("map-status");
  var types = ec.typeIndex();
  var haveGeo = typeof d3 !== "undefined" && d3.geoPath && typeof topojson !== "undefined";

  function frame(points) {
    if (!points.length) return { type: "Sphere" };
    var lons = points.map(function (p) { return p.lon; }), lats = points.map(function (p) { return p.lat; });
    var x0 = Math.min.apply(null, lons), x1 = Math.max.apply(null, lons);
    var y0 = Math.min.apply(null, lats), y1 = Math.max.apply(null, lats);
    var pad = Math.max(6, 0.25 * Math.max(x1 - x0, y1 - y0));
    return { type: "MultiPoint", coordinates: [[x0 - pad, Math.max(-85, y0 - pad)], [x1 + pad, Math.min(85, y1 + pad)]] };
  }

  function projection(points) {
    if (haveGeo) return d3.geoEquirectangular().fitExtent([[10, 10], [W - 10, H - 10]], frame(points));
    return function (c) { return [(c[0] + 180) * W / 360, (90 - c[1]) * H / 180]; };
  }

  function drawLand(project) {
    if (!haveGeo) { status.textContent = "Country outlines not built (run scripts/build-web)."; return Promise.resolve(); }
    return ec.getJSON("/static/vendor/countries-110m.json").then(function (world) {
      var path = d3.geoPath(project);
      var g = ec.svg("g");
      topojson.feature(world, world.objects.countries).features.forEach(function (f) {
        var p = ec.svg("path", { d: path(f) || "", class: "land" });
        var t = ec.svg("title"); t.textContent = (f.properties && f.properties.name) || "";
        p.appendChild(t);
        g.appendChild(p);
      });
      svg.insertBefore(g, svg.firstChild);
    });
  }

  function drawPoints(project, points) {
    var g = ec.svg("g", { class: "markers" });
    points.sort(function (a, b) { return (b.fatalities || 0) - (a.fatalities || 0); }).forEach(function (p) {
      var xy = project([p.lon, p.lat]);
      var r = Math.min(30, 4 + 2 * Math.sqrt(p.fatalities || 0));
      var c = ec.svg("circle", { cx: xy[0].toFixed(1), cy: xy[1].toFixed(1), r: r.toFixed(1),
        class: "fill-" + (types[p.type] || 0), "data-article": p.article_id });
      var t = ec.svg("title");
      t.textContent = p.sub_type + " · " + (p.location_name || "") + " · " + (p.date || "no date") +
        (p.fatalities != null ? " · " + p.fatalities + " killed" : "");
      c.appendChild(t);
      c.addEventListener("click", function () { window.location.href = ec.articleLink(p.article_id, p.event_id); });
      g.appendChild(c);
    });
    svg.appendChild(g);
    status.textContent = points.length + " event(s) with coordinates.";
  }

  ec.getJSON("/api/map" + window.location.search).then(function (data) {
    var project = projection(data.points);
    return drawLand(project).then(function () { drawPoints(project, data.points); });
  }).catch(function (err) { status.textContent = "Could not load the map: " + err.message; });
})();
