// Article view: click a highlighted phrase or a side-panel item to see its fields; clicking an
// event highlights its evidence. All article content is inserted with textContent, never HTML.
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("items-data").textContent);
  var detail = document.getElementById("detail");

  function el(tag, text, cls) {
    var node = document.createElement(tag);
    if (text !== undefined && text !== null) node.textContent = String(text);
    if (cls) node.className = cls;
    return node;
  }

  function pieces(key) {
    return Array.prototype.filter.call(document.querySelectorAll(".hl[data-items]"), function (p) {
      return p.getAttribute("data-items").split(" ").indexOf(key) >= 0;
    });
  }

  function mark(key) {
    document.querySelectorAll(".hl.active").forEach(function (p) { p.classList.remove("active"); });
    document.querySelectorAll(".card.current").forEach(function (c) { c.classList.remove("current"); });
    var hits = pieces(key);
    hits.forEach(function (p) { p.classList.add("active"); });
    var card = document.getElementById("item-" + key);
    if (card) card.classList.add("current");
    return hits;
  }

  function show(key, scrollText) {
    var item = data[key];
    if (!item) return;
    detail.textContent = "";
    var head = el("h3", item.kind + (item.review ? " · " + item.review : ""));
    detail.appendChild(head);
    detail.appendChild(el("blockquote", item.text));
    var dl = el("dl");
    Object.keys(item.fields).forEach(function (name) {
      var value = item.fields[name];
      if (value === null || value === "") return;
      dl.appendChild(el("dt", name.replace(/_/g, " ")));
      dl.appendChild(el("dd", value));
    });
    detail.appendChild(dl);
    var hits = mark(key);
    if (scrollText && hits.length) hits[0].scrollIntoView({ block: "center" });
    var card = document.getElementById("item-" + key);
    if (card && !scrollText) card.scrollIntoView({ block: "nearest" });
  }

  document.getElementById("text").addEventListener("click", function (ev) {
    var piece = ev.target.closest(".hl[data-items]");
    if (!piece) return;
    var keys = piece.getAttribute("data-items").split(" ");
    show(keys[0], false);
  });

  document.querySelectorAll("button.pick").forEach(function (btn) {
    btn.addEventListener("click", function () { show(btn.getAttribute("data-key"), true); });
  });

  // Editing a field of a review form means "correct": pick it so the edit is not lost.
  document.querySelectorAll(".review form").forEach(function (form) {
    form.querySelectorAll("input:not([type=hidden]):not([type=radio]), select").forEach(function (input) {
      if (input.name === "reviewer") return;
      input.addEventListener("change", function () {
        var correct = form.querySelector("input[name=action][value=correct]");
        if (correct) correct.checked = true;
      });
    });
  });

  function fromHash() {
    var hash = decodeURIComponent(window.location.hash || "");
    if (hash.indexOf("#item-") === 0) show(hash.slice(6), true);
  }
  window.addEventListener("hashchange", fromHash);
  fromHash();
})();
