// The search box of every page: names suggested as one types (labels, aliases, Chinese
// names, misspellings forgiven), chosen with the arrow keys, opened with Enter; Escape
// closes the list. Without this script the box still works: it submits to /search.
(function () {
  "use strict";
  var input = document.getElementById("search");
  var list = document.getElementById("search-list");
  if (!input || !list) { return; }
  var items = [], active = -1, timer = null, asked = 0;

  function render() {
    list.replaceChildren();
    items.forEach(function (hit, i) {
      var li = document.createElement("li");
      li.id = "search-opt-" + i;
      li.setAttribute("role", "option");
      li.setAttribute("aria-selected", i === active ? "true" : "false");
      var a = document.createElement("a");
      a.href = hit.path;
      a.textContent = hit.label;
      a.tabIndex = -1;
      li.appendChild(a);
      var meta = document.createElement("span");
      meta.className = "meta";
      meta.textContent = (hit.types.length ? hit.types.join(", ") : hit.kind) + (hit.via ? " · " + hit.via : "");
      li.appendChild(meta);
      list.appendChild(li);
    });
    list.hidden = items.length === 0;
    input.setAttribute("aria-expanded", items.length ? "true" : "false");
    if (active >= 0) { input.setAttribute("aria-activedescendant", "search-opt-" + active); }
    else { input.removeAttribute("aria-activedescendant"); }
  }

  function ask() {
    var text = input.value, mine = ++asked;
    if (!text.trim()) { items = []; active = -1; render(); return; }
    fetch("/suggest?q=" + encodeURIComponent(text), { headers: { Accept: "application/json" } })
      .then(function (reply) { return reply.ok ? reply.json() : []; })
      .then(function (hits) {
        if (mine !== asked) { return; }  // a later keystroke has asked again
        items = hits; active = hits.length ? 0 : -1; render();
      })
      .catch(function () { items = []; active = -1; render(); });
  }

  input.addEventListener("input", function () { clearTimeout(timer); timer = setTimeout(ask, 120); });
  input.addEventListener("keydown", function (event) {
    if (event.key === "ArrowDown" && items.length) {
      active = (active + 1) % items.length; render(); event.preventDefault();
    } else if (event.key === "ArrowUp" && items.length) {
      active = (active - 1 + items.length) % items.length; render(); event.preventDefault();
    } else if (event.key === "Enter" && active >= 0 && items[active]) {
      event.preventDefault(); window.location.assign(items[active].path);
    } else if (event.key === "Escape") {
      items = []; active = -1; render();
    }
  });
  input.addEventListener("blur", function () { setTimeout(function () { list.hidden = true; }, 200); });
  input.addEventListener("focus", function () { list.hidden = items.length === 0; });
})();

// An entity page's neighbourhood: fetched as JSON from the server, drawn with vis-network
// (served by kg serve too, deferred like this script: hence after the page has loaded);
// clicking an entity opens its page.
document.addEventListener("DOMContentLoaded", function () {
  "use strict";
  var box = document.getElementById("graph");
  if (!box || typeof vis === "undefined") { return; }
  fetch(box.dataset.src, { headers: { Accept: "application/json" } })
    .then(function (reply) { return reply.ok ? reply.json() : { nodes: [], edges: [] }; })
    .then(function (data) {
      var paths = {};
      var nodes = data.nodes.map(function (n) {
        paths[n.id] = n.path;
        var label = n.label.length > 32 ? n.label.slice(0, 31) + "…" : n.label;
        var focus = n.id === box.dataset.focus;
        return { id: n.id, label: label, title: n.label + " (" + n.class + ")", color: n.color,
                 shape: "dot", size: focus ? 22 : 12, font: { size: focus ? 16 : 13, color: "#1d2430" } };
      });
      var edges = data.edges.map(function (e, i) {
        return { id: i, from: e.from, to: e.to, title: e.label + ": “" + e.quote + "”", arrows: "to",
                 color: { color: "#9aa4b2" } };
      });
      var network = new vis.Network(box, { nodes: new vis.DataSet(nodes), edges: new vis.DataSet(edges) }, {
        physics: { stabilization: { iterations: 200 }, barnesHut: { springLength: 120 } },
        interaction: { hover: true, tooltipDelay: 150 },
        nodes: { borderWidth: 1 }
      });
      network.once("stabilizationIterationsDone", function () {
        network.setOptions({ physics: false });
        network.fit();
      });
      network.on("click", function (params) {
        if (params.nodes.length && paths[params.nodes[0]] && params.nodes[0] !== box.dataset.focus) {
          window.location.assign(paths[params.nodes[0]]);
        }
      });
      box.dataset.drawn = String(nodes.length);
    });
});
