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
      // Around a hub, labels would pile up: past LABELLED nodes only the focus and the best
      // linked ones carry a label; every node names itself on hover and opens on click.
      var LABELLED = 24;
      var links = {};
      data.edges.forEach(function (e) {
        links[e.from] = (links[e.from] || 0) + 1;
        links[e.to] = (links[e.to] || 0) + 1;
      });
      var named = {};
      data.nodes.filter(function (n) { return n.id !== box.dataset.focus; }).sort(function (a, b) {
        return (links[b.id] || 0) - (links[a.id] || 0) || (a.label < b.label ? -1 : a.label > b.label ? 1 : 0);
      }).slice(0, LABELLED).forEach(function (n) { named[n.id] = true; });
      var nodes = data.nodes.map(function (n) {
        paths[n.id] = n.path;
        var focus = n.id === box.dataset.focus;
        var label = n.label.length > 32 ? n.label.slice(0, 31) + "…" : n.label;
        var shown = focus || data.nodes.length <= LABELLED || named[n.id];
        return { id: n.id, label: shown ? label : undefined, title: n.label + " (" + n.class + ")", color: n.color,
                 shape: "dot", size: focus ? 22 : 12, font: { size: focus ? 16 : 13, color: "#1d2430" } };
      });
      var note = document.getElementById("graph-note");
      if (note && data.nodes.length > LABELLED) {
        note.textContent = "Labelled: this entity and the " + LABELLED + " best linked of the " +
          data.nodes.length + " drawn; point at any other to see its name.";
      }
      var edges = data.edges.map(function (e, i) {
        return { id: i, from: e.from, to: e.to, title: e.label + ": “" + e.quote + "”", arrows: "to",
                 color: { color: "#9aa4b2" } };
      });
      var network = new vis.Network(box, { nodes: new vis.DataSet(nodes), edges: new vis.DataSet(edges) }, {
        physics: { stabilization: { iterations: 200 },
                   barnesHut: { springLength: 150, gravitationalConstant: -6000, avoidOverlap: 0.2 } },
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
