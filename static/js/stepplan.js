// Step-by-step plans: collapse the steps and add "Alle stappen openen".
// Without JavaScript every step is open (the <details> elements have "open").
// Opened steps are remembered for this tab only (sessionStorage), as on GOV.UK.
// Loaded without `defer` in <head>: the class on <html> lets the CSS show the steps
// closed from the first paint, so nothing moves when the script closes them
// (Lighthouse measured a layout shift of 0.24 when a deferred script did it).
(function () {
  "use strict";
  document.documentElement.classList.add("js-step-nav");

  function enhance() {
    var nav = document.querySelector("[data-step-nav]");
    if (!nav) return;
    var steps = Array.prototype.slice.call(nav.querySelectorAll("details[data-step]"));
    var controls = document.querySelector("[data-step-controls]");
    var toggle = document.querySelector("[data-step-toggle-all]");
    var key = "stappenplan:" + nav.getAttribute("data-plan");
    var remembered = [];
    try { remembered = JSON.parse(window.sessionStorage.getItem(key) || "[]"); } catch (e) { remembered = []; }
    var target = window.location.hash ? document.getElementById(window.location.hash.slice(1)) : null;

    steps.forEach(function (step) {
      var wanted = remembered.indexOf(step.getAttribute("data-step")) !== -1 ||
        (target && target.contains(step));
      step.open = !!wanted;
    });

    function allOpen() {
      return steps.every(function (step) { return step.open; });
    }
    function update() {
      var open = allOpen();
      toggle.setAttribute("aria-expanded", open ? "true" : "false");
      toggle.textContent = toggle.getAttribute(open ? "data-label-close" : "data-label-open");
      var opened = steps.filter(function (s) { return s.open; }).map(function (s) { return s.getAttribute("data-step"); });
      try { window.sessionStorage.setItem(key, JSON.stringify(opened)); } catch (e) { /* private mode */ }
    }
    toggle.addEventListener("click", function () {
      var open = !allOpen();
      steps.forEach(function (step) { step.open = open; });
      update();
    });
    steps.forEach(function (step) { step.addEventListener("toggle", update); });
    controls.hidden = false;
    update();

    // On paper every step is open.
    var before = null;
    window.addEventListener("beforeprint", function () {
      before = steps.map(function (s) { return s.open; });
      steps.forEach(function (s) { s.open = true; });
    });
    window.addEventListener("afterprint", function () {
      if (before) steps.forEach(function (s, i) { s.open = before[i]; });
    });
    nav.classList.add("step-nav--ready");
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", enhance);
  } else {
    enhance();
  }
})();
