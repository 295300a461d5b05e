// Reloads the page when the preview server has rebuilt the site. Served by `hyde serve` only.
(function () {
  // The error overlay's content comes in a declarative shadow root, which keeps the page's
  // styles out of it; browsers that do not read those get the shadow root attached here.
  var overlay = document.getElementById("hyde-errors");
  if (overlay && !overlay.shadowRoot && overlay.attachShadow) {
    var template = overlay.querySelector("template[shadowrootmode]");
    if (template) {
      overlay.attachShadow({ mode: "open" }).appendChild(template.content);
      template.remove();
    }
  }
  if (!window.EventSource) return;
  var source = new EventSource("/_hyde/events");
  source.addEventListener("reload", function () {
    source.close();
    window.location.reload();
  });
})();
