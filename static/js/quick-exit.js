// "Snel weg": leave the site at once, and keep this page out of the back button.
// Works without JavaScript too: the button is a normal link to /weg/.
(function () {
  "use strict";
  function leave(event) {
    if (event) event.preventDefault();
    document.body.style.display = "none";
    window.location.replace("/weg/");
  }
  document.addEventListener("click", function (event) {
    var link = event.target.closest && event.target.closest("[data-quick-exit]");
    if (link) leave(event);
  });
  // Pressing Escape twice within a second also leaves.
  var lastEscape = 0;
  document.addEventListener("keydown", function (event) {
    if (event.key !== "Escape") return;
    var now = Date.now();
    if (now - lastEscape < 1000) leave(event);
    lastEscape = now;
  });
})();
