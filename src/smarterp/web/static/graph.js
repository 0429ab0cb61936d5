/* smarterp web: the knowledge-graph view. Fetches a node's neighbourhood as JSON, draws it
   with cytoscape.js, and re-centres on a click (the side panel follows through htmx). */
(function () {
  "use strict";

  // Same colours as the .kind-* dots in app.css.
  var COLORS = {
    customer: "#2563eb", supplier: "#16a34a", partner: "#64748b", product: "#f59e0b",
    person: "#7c3aed", document: "#dc2626", email: "#0891b2"
  };

  function short(text, n) {
    return text.length > n ? text.slice(0, n - 1) + "…" : text;
  }

  function style() {
    return [
      { selector: "node", style: {
        "background-color": function (n) { return COLORS[n.data("kind")] || "#94a3b8"; },
        "label": function (n) { return short(n.data("label") || "", 26); },
        "font-size": 12, "color": "#1f2933", "text-valign": "bottom", "text-margin-y": 3,
        "width": 18, "height": 18, "text-outline-color": "#fff", "text-outline-width": 2
      } },
      { selector: "node[?centre]", style: {
        "width": 36, "height": 36, "font-size": 15, "font-weight": "bold",
        "border-width": 3, "border-color": "#1e3a8a"
      } },
      { selector: "edge", style: {
        "width": 1.2, "line-color": "#cbd5e1", "curve-style": "bezier",
        "target-arrow-shape": "triangle", "target-arrow-color": "#cbd5e1", "arrow-scale": 0.7
      } },
      { selector: "edge.near", style: {
        "label": "data(label)", "font-size": 8, "color": "#64748b",
        "text-rotation": "autorotate", "text-background-color": "#fff", "text-background-opacity": 0.8
      } },
      { selector: "node:active, node.hover", style: { "overlay-opacity": 0.12 } }
    ];
  }

  function layout(cy) {
    var centre = cy.nodes("[?centre]");
    // The centre in the middle; its neighbours on rings of at most RING nodes (people, suppliers
    // and documents first, products outside), so names keep room to be read.
    var RING = 18;
    var order = ["customer", "supplier", "partner", "person", "document", "email", "product"];
    var others = cy.nodes().not(centre).sort(function (a, b) {
      var ka = order.indexOf(a.data("kind")), kb = order.indexOf(b.data("kind"));
      return ka !== kb ? ka - kb : (a.data("label") < b.data("label") ? -1 : 1);
    });
    var level = {};
    others.forEach(function (n, i) { level[n.id()] = 100 - Math.floor(i / RING); });
    cy.layout({
      name: "concentric", animate: false, padding: 24, minNodeSpacing: 26,
      concentric: function (n) { return n.data("centre") ? 1000 : level[n.id()]; },
      levelWidth: function () { return 1; }
    }).run();
  }

  function frame(cy) {
    cy.fit(undefined, 24);
    // A small neighbourhood should not fill the box with giant dots.
    if (cy.zoom() > 1.2) { cy.zoom(1.2); cy.center(); }
  }

  function start(box) {
    if (typeof cytoscape === "undefined") return;
    var note = document.getElementById("graph-note");
    var cy = cytoscape({ container: box, style: style(), minZoom: 0.2, maxZoom: 3 });

    function show(nodeId, push) {
      var url = box.dataset.graphUrl + "?node=" + encodeURIComponent(nodeId);
      return fetch(url, { credentials: "same-origin", headers: { "Accept": "application/json" } })
        .then(function (resp) { return resp.json().then(function (body) { return { ok: resp.ok, body: body }; }); })
        .then(function (res) {
          if (!res.ok) { note.textContent = res.body.error || ""; return; }
          var data = res.body;
          cy.elements().remove();
          cy.add(data.nodes);
          cy.add(data.edges);
          var centre = cy.getElementById(String(data.centre.id));
          centre.connectedEdges().addClass("near");
          if (cy.nodes().length > 40) cy.edges().removeClass("near");
          layout(cy);
          frame(cy);
          box.dataset.node = data.centre.id;
          note.textContent = !data.edges.length ? box.dataset.empty
            : data.shown_links < data.total_links
              ? box.dataset.more.replace("{shown}", data.shown_links).replace("{total}", data.total_links) : "";
          if (push) {
            history.pushState({ node: data.centre.id }, "", "/graph?node=" + data.centre.id);
            if (typeof htmx !== "undefined") {
              htmx.ajax("GET", "/graph/about?node=" + data.centre.id, { target: "#graph-about", swap: "innerHTML" });
            }
          }
        });
    }

    cy.on("tap", "node", function (ev) {
      var node = ev.target;
      if (!node.data("centre")) show(node.id(), true);
    });
    cy.on("mouseover", "node", function (ev) { ev.target.addClass("hover"); box.title = ev.target.data("label") + " · " + ev.target.data("kind_label"); });
    cy.on("mouseout", "node", function (ev) { ev.target.removeClass("hover"); box.title = ""; });

    // Names in the side panel and the search results re-centre in place too.
    document.body.addEventListener("click", function (ev) {
      var link = ev.target.closest("[data-graph-node]");
      if (!link || ev.ctrlKey || ev.metaKey || ev.shiftKey) return;
      ev.preventDefault();
      var matches = document.getElementById("graph-matches");
      if (matches) matches.innerHTML = "";
      show(link.dataset.graphNode, true);
    });
    window.addEventListener("popstate", function (ev) {
      if (ev.state && ev.state.node) {
        show(ev.state.node, false);
        htmx.ajax("GET", "/graph/about?node=" + ev.state.node, { target: "#graph-about", swap: "innerHTML" });
      }
    });
    history.replaceState({ node: box.dataset.node }, "");
    show(box.dataset.node, false);
  }

  document.addEventListener("DOMContentLoaded", function () {
    var box = document.getElementById("graph-canvas");
    if (box) start(box);
  });
})();
