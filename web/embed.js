// factlens embed: turns every <div data-factlens="ARTICLE-ID"></div> of a
// publisher's page into an iframe of the reader, /embed/ARTICLE-ID on the
// host this script comes from, and keeps each iframe as tall as its
// content. Load it with <script src="https://HOST/embed.js" async></script>.
//
// The reader posts {type: "factlens:height", height: N} to this page's
// origin only (passed as ?parent=); a message is obeyed only when it comes
// from the host's origin, from one of these iframes, with that shape.
(function () {
  "use strict";
  var script = document.currentScript;
  if (!script || !script.src) return;
  var host = new URL(script.src, location.href).origin;
  var TYPE = "factlens:height";
  var ID = /^[a-z0-9][a-z0-9-]*$/;
  var INITIAL_HEIGHT = 480;
  var MAX_HEIGHT = 100000;
  var frames = [];

  function mount(el) {
    var id = el.getAttribute("data-factlens");
    if (!ID.test(id || "") || el.hasAttribute("data-factlens-mounted")) return;
    el.setAttribute("data-factlens-mounted", "");
    var f = document.createElement("iframe");
    f.src = host + "/embed/" + id + "?parent=" + encodeURIComponent(location.origin);
    f.title = el.getAttribute("data-factlens-title") || "Fact-checked article";
    f.loading = "lazy";
    // The reader checks ?parent against its document.referrer where the
    // browser has no location.ancestorOrigins: send the page's origin
    // even if the page's own policy sends no referrer.
    f.referrerPolicy = "strict-origin";
    f.setAttribute("sandbox", "allow-scripts allow-same-origin allow-popups");
    f.height = String(INITIAL_HEIGHT);
    f.style.display = "block";
    f.style.width = "100%";
    f.style.border = "0";
    f.style.height = INITIAL_HEIGHT + "px";
    el.appendChild(f);
    frames.push(f);
  }

  window.addEventListener("message", function (e) {
    if (e.origin !== host) return;
    var d = e.data;
    if (!d || typeof d !== "object" || d.type !== TYPE) return;
    var h = d.height;
    if (typeof h !== "number" || !isFinite(h) || h < 0) return;
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow === e.source) {
        frames[i].style.height = Math.min(Math.ceil(h), MAX_HEIGHT) + "px";
        return;
      }
    }
  });

  var all = document.querySelectorAll("[data-factlens]");
  for (var i = 0; i < all.length; i++) mount(all[i]);
})();
