// Tells the page that frames this embed how tall it is, so the frame can fit it
// (the host page's own small script listens; docs/api.md). Without JavaScript or
// without that script the frame keeps the height the host page gave it.
(function () {
  "use strict";
  if (window.parent === window) return;
  var last = 0;
  function send() {
    var height = Math.ceil(document.documentElement.scrollHeight);
    if (height === last) return;
    last = height;
    window.parent.postMessage({ eenouderpuntEmbedHeight: height, path: location.pathname }, "*");
  }
  window.addEventListener("load", send);
  window.addEventListener("resize", send);
  if (window.ResizeObserver) new ResizeObserver(send).observe(document.body);
})();
