// Shared helpers for the map and timeline: safe element creation and the type → colour index.
(function () {
  "use strict";
  var SVG = "http://www.w3.org/2000/svg";
  window.ec = {
    svg: function (tag, attrs) {
      var node = document.createElementNS(SVG, tag);
      Object.keys(attrs || {}).forEach(function (k) { node.setAttribute(k, attrs[k]); });
      return node;
    },
    el: function (tag, text) {
      var node = document.createElement(tag);
      if (text !== undefined && text !== null) node.textContent = String(text);
      return node;
    },
    typeIndex: function () {
      var index = {};
      document.querySelectorAll("#legend [data-type]").forEach(function (s, i) { index[s.getAttribute("data-type")] = i; });
      return index;
    },
    articleLink: function (articleId, eventId) {
      return "/articles/" + encodeURIComponent(articleId) + "#item-event:" + encodeURIComponent(eventId);
    },
    getJSON: function (url) {
      return fetch(url, { headers: { Accept: "application/json" } }).then(function (r) {
        if (!r.ok) throw new Error(url + ": " + r.status);
        return r.json();
      });
    }
  };
})();
