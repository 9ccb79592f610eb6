// factlens boot: loads go-app's scripts (wasm_exec.js, then app.js) once
// the prerendered page has been painted. The host puts this script in
// place of theirs: run as deferred scripts they would run before the
// first paint and hold it back.
//
// Once the page has been painted, this script fetches app.wasm (its URL
// is this script's data-client attribute) and hands the response to
// WebAssembly.compileStreaming, which decodes and validates the module
// off the main thread as the bytes come in, while go-app's scripts load
// (V8 still compiles most functions when they first run); go-app's loader
// gets that module when it asks to instantiate the client, instead of
// starting only then. The page does not preload the module: on a slow
// network its download would take bandwidth from the page's own files,
// which come first for a publisher's article. On a local host the
// preload made no difference the A/B runs could tell (25 to 60 loads
// each: the paint and the card within 30 ms either way, as close as two
// identical pages loaded side by side).
// go-app's service worker is registered once the client has started.
// When the client cannot start, the timeline and the notes, which the
// server writes for readers without scripting, are shown (showLate).
(function () {
  "use strict";
  var client = document.currentScript && document.currentScript.getAttribute("data-client");
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
    var gone = loaderGone();
    watchClient(gone);
    deferServiceWorker(gone);
    load("/wasm_exec.js");
    load("/app.js");
  }

  // watchClient shows the server's late content (showLate) when the
  // client will not replace the page: the browser has no WebAssembly, or
  // go-app's loader leaves the page with the prerendered reader still in
  // it (a crawler, ?wasm=false). A client that fails to load is caught
  // where it is instantiated (compileClient).
  function watchClient(gone) {
    if (!window.WebAssembly) {
      showLate();
      return;
    }
    var prerendered = document.body.firstElementChild;
    gone.then(function () {
      if (!document.getElementById("app-wasm-loader") && prerendered && prerendered.isConnected) showLate();
    });
  }

  // showLate shows the timeline and the notes that the server writes in
  // <noscript class="fl-late"> elements for readers without scripting
  // (app/late.go): a browser that runs scripts keeps them as text, which
  // the client does not need. Their text is the server's own markup.
  function showLate() {
    var late = document.querySelectorAll("noscript.fl-late");
    for (var i = 0; i < late.length; i++) {
      var t = document.createElement("template");
      t.innerHTML = late[i].textContent;
      late[i].replaceWith(t.content);
    }
  }

  // deferServiceWorker holds back go-app's service worker registration
  // until the client has replaced the page (go-app's loader is gone) and
  // the browser is idle: installing the worker fetches and caches the
  // site's files, the engine's module among them, which would otherwise
  // compete with the client's start for the CPU. The offline copy is made
  // a moment later, on the first visit still.
  function deferServiceWorker(gone) {
    var sw = navigator.serviceWorker;
    if (!sw || !sw.register) return;
    var register = sw.register;
    sw.register = function (url, options) {
      sw.register = register;
      return gone.then(idle).then(function () {
        return register.call(sw, url, options);
      });
    };
  }

  // loaderGone resolves once go-app's loader has left the page, or after
  // 10 s, if the client is slow to start or never does.
  function loaderGone() {
    return new Promise(function (resolve) {
      function done() {
        observer.disconnect();
        resolve();
      }
      var observer = new MutationObserver(function () {
        if (!document.getElementById("app-wasm-loader")) done();
      });
      observer.observe(document.body, { childList: true });
      if (!document.getElementById("app-wasm-loader")) done();
      setTimeout(done, 10000);
    });
  }

  // idle resolves once the browser is idle.
  function idle() {
    return new Promise(function (resolve) {
      if (window.requestIdleCallback) requestIdleCallback(resolve, { timeout: 2000 });
      else setTimeout(resolve, 500);
    });
  }

  // compileClient compiles app.wasm while go-app's scripts load, and has
  // go-app's loader instantiate that module. If the client fails to load,
  // the reader stays as the server wrote it, late content shown
  // (showLate).
  function compileClient() {
    var instantiate = window.WebAssembly && WebAssembly.instantiateStreaming;
    if (!instantiate) return;
    var compiled = compile();
    // go-app's app.js calls this once, for app.wasm; it is then put back.
    WebAssembly.instantiateStreaming = function (source, imports) {
      WebAssembly.instantiateStreaming = instantiate;
      var client = !compiled ? instantiate(source, imports) : compiled.then(function (module) {
        return WebAssembly.instantiate(module, imports).then(function (instance) {
          return { module: module, instance: instance };
        });
      }, function () {
        return instantiate(source, imports);
      });
      return client.catch(function (err) {
        showLate();
        throw err;
      });
    };
  }

  // compile fetches app.wasm, starts compiling it and returns the promise
  // of its module, or null if the page does not name the client or the
  // browser cannot compile a stream (go-app's loader then does it all).
  function compile() {
    if (!client || !WebAssembly.compileStreaming) return null;
    var url = new URL(client, location.href).href;
    var fetchNow = window.fetch;
    var compiled = WebAssembly.compileStreaming(fetchNow(url));
    compiled.catch(function () {}); // go-app's loader reports failures
    // go-app's loader fetches app.wasm once more and reads all of it
    // through a script to show its progress: a second download when the
    // cache does not keep the first, and megabytes copied on the main
    // thread while the client starts. Once the module has compiled, the
    // loader gets an empty answer instead (a source left unused).
    window.fetch = function (input, init) {
      if (typeof input !== "string" || new URL(input, location.href).href !== url) {
        return fetchNow.apply(this, arguments);
      }
      window.fetch = fetchNow;
      return compiled.then(function () {
        return new Response("");
      }, function () {
        return fetchNow(input, init);
      });
    };
    return compiled;
  }

  // After the next frame; a frame that never comes (a hidden tab, a
  // throttled iframe) does not hold the client back for long.
  requestAnimationFrame(function () { setTimeout(start, 0); });
  setTimeout(start, 100);
})();
