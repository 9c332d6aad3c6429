// Render every Vega-Lite spec on the page (div.vl-chart[data-spec]) as SVG, offline.
(function () {
  "use strict";
  function renderAll() {
    var nodes = document.querySelectorAll(".vl-chart[data-spec]");
    nodes.forEach(function (el) {
      var spec;
      try {
        spec = JSON.parse(el.getAttribute("data-spec"));
      } catch (e) {
        el.textContent = "chart data could not be read";
        el.setAttribute("data-rendered", "error");
        return;
      }
      if (typeof window.vegaEmbed !== "function") {
        el.textContent = "the chart library did not load";
        el.setAttribute("data-rendered", "error");
        return;
      }
      window.vegaEmbed(el, spec, { renderer: "svg", actions: false, mode: "vega-lite" })
        .then(function () { el.setAttribute("data-rendered", "ok"); })
        .catch(function (err) {
          el.textContent = "chart error: " + err;
          el.setAttribute("data-rendered", "error");
        });
    });
  }
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", renderAll);
  } else {
    renderAll();
  }
})();
