// "Lees voor": read the page aloud with the browser's own speech synthesis.
// The button stays hidden where the browser cannot speak. Nothing leaves the device.
// Loaded without `defer` in <head>: where the browser can speak, the class on <html>
// shows the button from the first paint, so the text below it does not move.
(function () {
  "use strict";
  if (!("speechSynthesis" in window) || !window.SpeechSynthesisUtterance) return;
  document.documentElement.classList.add("js-read-aloud");

  function enhance() {
    var holder = document.querySelector("[data-read-aloud]");
    var article = document.querySelector("[data-read-aloud-text]");
    if (!holder || !article) return;
    var button = holder.querySelector("button");
    var speaking = false;

    function setState(on) {
      speaking = on;
      button.setAttribute("aria-pressed", on ? "true" : "false");
      button.textContent = holder.getAttribute(on ? "data-label-stop" : "data-label-start");
    }
    function text() {
      var clone = article.cloneNode(true);
      Array.prototype.forEach.call(clone.querySelectorAll("[data-read-aloud], .review-info, [hidden]"), function (el) {
        el.parentNode.removeChild(el);
      });
      return clone.innerText || clone.textContent;
    }
    button.addEventListener("click", function () {
      window.speechSynthesis.cancel();
      if (speaking) { setState(false); return; }
      var utterance = new SpeechSynthesisUtterance(text());
      utterance.lang = document.documentElement.lang === "nl" ? "nl-NL" : document.documentElement.lang;
      utterance.onend = function () { setState(false); };
      utterance.onerror = function () { setState(false); };
      setState(true);
      window.speechSynthesis.speak(utterance);
    });
    window.addEventListener("pagehide", function () { window.speechSynthesis.cancel(); });
    holder.hidden = false;
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", enhance);
  } else {
    enhance();
  }
})();
