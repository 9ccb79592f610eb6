// factlens boot: loads go-app's scripts (wasm_exec.js, then app.js) once
// the prerendered page has been painted. The host puts this script in
// place of theirs: run as deferred scripts they would run before the
// first paint and hold it back.
//
// The page preloads app.wasm; after the paint it is compiled
// (WebAssembly.compileStreaming compiles off the main thread) while
// go-app's scripts load, and go-app's loader gets that module when it
// asks to instantiate the client, instead of compiling it only then.
// go-app's service worker is registered once the client has started.
(function () {
  "use strict";
  var started = false;
  // load appends a script; scripts added with async false run in the
  // order they were added, and download in parallel.
  function load(src) {
    var s = document.createElement("script");
    s.src = src;
    s.async = false;
    document.head.appendChild(s);
  }
  function start() {
    if (started) return;
    started = true;
    compileClient();
    deferServiceWorker();
    load("/wasm_exec.js");
    load("/app.js");
  }

  // deferServiceWorker holds back go-app's service worker registration
  // until the client has replaced the page (go-app's loader is gone) and
  // the browser is idle: installing the worker fetches and caches the
  // site's files, the engine's module among them, which would otherwise
  // compete with the client's start for the CPU. The offline copy is made
  // a moment later, on the first visit still.
  function deferServiceWorker() {
    var sw = navigator.serviceWorker;
    if (!sw || !sw.register) return;
    var register = sw.register;
    sw.register = function (url, options) {
      sw.register = register;
      return clientStarted().then(function () {
        return register.call(sw, url, options);
      });
    };
  }

  // clientStarted resolves once go-app's loader has left the page, then
  // the browser is idle; or after 10 s, if the client never starts.
  function clientStarted() {
    return new Promise(function (resolve) {
      var done = false;
      function idle() {
        if (done) return;
        done = true;
        observer.disconnect();
        if (window.requestIdleCallback) requestIdleCallback(resolve, { timeout: 2000 });
        else setTimeout(resolve, 500);
      }
      var observer = new MutationObserver(function () {
        if (!document.getElementById("app-wasm-loader")) idle();
      });
      observer.observe(document.body, { childList: true });
      if (!document.getElementById("app-wasm-loader")) idle();
      setTimeout(idle, 10000);
    });
  }

  // compileClient compiles the preloaded app.wasm while go-app's scripts
  // load, and has go-app's loader instantiate that module.
  function compileClient() {
    var preload = document.querySelector('link[rel="preload"][as="fetch"][href*="app.wasm"]');
    if (!preload || !window.WebAssembly || !WebAssembly.compileStreaming || !WebAssembly.instantiateStreaming) {
      return;
    }
    // The same request as the preload's (CORS mode, same-origin
    // credentials), so the browser answers it with the preloaded bytes.
    var compiled = WebAssembly.compileStreaming(fetch(preload.href));
    compiled.catch(function () {}); // go-app's loader reports failures
    var instantiate = WebAssembly.instantiateStreaming;
    // go-app's app.js calls this once, for app.wasm; it is then put back.
    WebAssembly.instantiateStreaming = function (source, imports) {
      WebAssembly.instantiateStreaming = instantiate;
      return compiled.then(function (module) {
        return WebAssembly.instantiate(module, imports).then(function (instance) {
          return { module: module, instance: instance };
        });
      }, function () {
        return instantiate(source, imports);
      });
    };
  }

  // After the next frame; a frame that never comes (a hidden tab, a
  // throttled iframe) does not hold the client back for long.
  requestAnimationFrame(function () { setTimeout(start, 0); });
  setTimeout(start, 100);
})();
