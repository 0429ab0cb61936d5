/* smarterp web: charts from data attributes, the "add a line" button, confirmations and the
   small-screen menu. No inline scripts, so the Content-Security-Policy can forbid them. */
(function () {
  "use strict";

  function moneyFormatter(locale) {
    return new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
  }

  var PALETTE = ["#2563eb", "#16a34a", "#f59e0b", "#dc2626", "#7c3aed", "#0891b2"];

  function drawChart(canvas) {
    if (canvas.dataset.drawn || typeof Chart === "undefined") return;
    canvas.dataset.drawn = "1";
    var spec = JSON.parse(canvas.dataset.chart);
    var locale = canvas.dataset.locale || "en-US";
    var fmt = moneyFormatter(locale);
    var horizontal = spec.type === "hbar";
    var datasets = spec.series.map(function (s, i) {
      var color = spec.colors && spec.series.length === 1 ? spec.colors : PALETTE[i % PALETTE.length];
      return { label: s.label, data: s.data, backgroundColor: color, borderRadius: 4, maxBarThickness: 42 };
    });
    new Chart(canvas, {
      type: spec.type === "line" ? "line" : "bar",
      data: { labels: spec.labels, datasets: datasets },
      options: {
        indexAxis: horizontal ? "y" : "x",
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        plugins: {
          legend: { display: spec.series.length > 1 },
          tooltip: {
            callbacks: {
              label: function (ctx) {
                var v = horizontal ? ctx.parsed.x : ctx.parsed.y;
                return ctx.dataset.label + ": " + fmt.format(v);
              }
            }
          }
        },
        scales: {
          x: { grid: { display: horizontal }, ticks: horizontal ? { callback: function (v) { return fmt.format(v); } } : {} },
          y: { grid: { display: !horizontal }, ticks: horizontal ? { autoSkip: false } : { callback: function (v) { return fmt.format(v); } } }
        }
      }
    });
  }

  function drawAll(root) {
    (root || document).querySelectorAll("canvas[data-chart]").forEach(drawChart);
  }

  document.addEventListener("DOMContentLoaded", function () {
    drawAll(document);

    document.body.addEventListener("click", function (ev) {
      var add = ev.target.closest("[data-add-line]");
      if (add) {
        var body = document.getElementById("lines");
        var next = body.querySelectorAll("tr").length;
        htmx.ajax("GET", add.dataset.addLine + "?i=" + next, { target: "#lines", swap: "beforeend" });
      }
      var toggle = ev.target.closest("[data-toggle-nav]");
      if (toggle) document.getElementById("sidebar").classList.toggle("open");
    });

    document.body.addEventListener("submit", function (ev) {
      var form = ev.target;
      if (form.dataset.confirm && !window.confirm(form.dataset.confirm)) ev.preventDefault();
    });
  });

  document.addEventListener("htmx:afterSettle", function (ev) { drawAll(ev.target); });
})();
