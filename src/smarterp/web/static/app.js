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
      return { label: s.label, data: s.data, backgroundColor: color, borderColor: color, borderRadius: 4, maxBarThickness: 42 };
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

/* Ask page: an answer whose chart suggestion is a pie (share of a whole), and line colours. */
(function () {
  "use strict";

  // Line charts (the Ask page's time series) draw their line in the brand blue, not grey.
  if (typeof Chart !== "undefined" && Chart.defaults.datasets && Chart.defaults.datasets.line) {
    Chart.defaults.datasets.line.borderColor = "#2563eb";
    Chart.defaults.datasets.line.borderWidth = 2;
  }

  var PIE = ["#2563eb", "#16a34a", "#f59e0b", "#dc2626", "#7c3aed", "#0891b2", "#db2777", "#65a30d"];

  function drawPie(canvas) {
    if (canvas.dataset.drawn || typeof Chart === "undefined") return;
    canvas.dataset.drawn = "1";
    var spec = JSON.parse(canvas.dataset.pieChart);
    var fmt = new Intl.NumberFormat(canvas.dataset.locale || "en-US", { maximumFractionDigits: 0 });
    new Chart(canvas, {
      type: "pie",
      data: { labels: spec.labels, datasets: [{ label: spec.series[0].label, data: spec.series[0].data, backgroundColor: PIE }] },
      options: {
        responsive: true, maintainAspectRatio: false, animation: false,
        plugins: {
          legend: { position: "right" },
          tooltip: { callbacks: { label: function (ctx) { return ctx.label + ": " + fmt.format(ctx.parsed); } } }
        }
      }
    });
  }

  function drawPies(root) {
    (root || document).querySelectorAll("canvas[data-pie-chart]").forEach(drawPie);
  }

  document.addEventListener("DOMContentLoaded", function () { drawPies(document); });
  document.addEventListener("htmx:afterSettle", function (ev) { drawPies(ev.target); });
})();

/* --- Forecast chart (forecast pages): sales history, the forecast and its 80%/95% bands. ---
   The bands are pairs of lines filled to each other (Chart.js "fill: '-1'"). */
(function () {
  "use strict";

  function band(label, data, color, fillToPrevious) {
    return {
      label: label, data: data, borderWidth: 0, pointRadius: 0, pointHitRadius: 0,
      backgroundColor: color, borderColor: color, fill: fillToPrevious ? "-1" : false, spanGaps: false
    };
  }

  function drawForecast(canvas) {
    if (canvas.dataset.drawn || typeof Chart === "undefined") return;
    canvas.dataset.drawn = "1";
    var spec = JSON.parse(canvas.dataset.forecastChart);
    var fmt = new Intl.NumberFormat(canvas.dataset.locale || "en-US", { maximumFractionDigits: 1 });
    var names = spec.names;
    var datasets = [
      band(names.band95, spec.lo95, "rgba(37, 99, 235, 0.12)", false),
      band(names.band95, spec.hi95, "rgba(37, 99, 235, 0.12)", true),
      band(names.band80, spec.lo80, "rgba(37, 99, 235, 0.22)", false),
      band(names.band80, spec.hi80, "rgba(37, 99, 235, 0.22)", true),
      { label: names.history, data: spec.history, borderColor: "#334155", backgroundColor: "#334155",
        borderWidth: 1.5, pointRadius: 0, tension: 0, fill: false },
      { label: names.forecast, data: spec.forecast, borderColor: "#2563eb", backgroundColor: "#2563eb",
        borderWidth: 2, borderDash: [6, 4], pointRadius: 2, tension: 0, fill: false }
    ];
    new Chart(canvas, {
      type: "line",
      data: { labels: spec.labels, datasets: datasets },
      options: {
        responsive: true, maintainAspectRatio: false, animation: false,
        interaction: { mode: "index", intersect: false },
        plugins: {
          legend: {
            labels: {
              // One legend entry per band, not one per edge.
              filter: function (item, data) { return !(item.datasetIndex === 0 || item.datasetIndex === 2); }
            }
          },
          tooltip: {
            filter: function (item) { return item.parsed.y !== null && !isNaN(item.parsed.y); },
            callbacks: { label: function (ctx) { return ctx.dataset.label + ": " + fmt.format(ctx.parsed.y); } }
          }
        },
        scales: {
          x: { grid: { display: false }, ticks: { maxRotation: 0, autoSkip: true, maxTicksLimit: 12 } },
          y: { beginAtZero: true, ticks: { callback: function (v) { return fmt.format(v); } } }
        }
      }
    });
  }

  function drawAllForecasts(root) {
    (root || document).querySelectorAll("canvas[data-forecast-chart]").forEach(drawForecast);
  }

  document.addEventListener("DOMContentLoaded", function () { drawAllForecasts(document); });
  document.addEventListener("htmx:afterSettle", function (ev) { drawAllForecasts(ev.target); });
})();
/* --- end forecast chart --- */
