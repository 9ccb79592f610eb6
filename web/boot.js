// factlens boot: loads go-app's scripts (wasm_exec.js, then app.js) once
// the prerendered page has been painted. The host puts this script in
// place of theirs: run as deferred scripts they would run before the
// first paint and hold it back; app.wasm is preloaded meanwhile.
(function () {
  "use strict";
  var started = false;
  function load(src, next) {
    var s = document.createElement("script");
    s.src = src;
    if (next) s.onload = next;
    document.head.appendChild(s);
  }
  function start() {
    if (started) return;
    started = true;
    load("/wasm_exec.js", function () { load("/app.js"); });
  }
  // After the next frame; a frame that never comes (a hidden tab, a
  // throttled iframe) does not hold the client back for long.
  requestAnimationFrame(function () { setTimeout(start, 0); });
  setTimeout(start, 100);
})();
