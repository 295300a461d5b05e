// Reloads the page when the preview server has rebuilt the site. Served by `hyde serve` only.
(function () {
  if (!window.EventSource) return;
  var source = new EventSource("/_hyde/events");
  source.addEventListener("reload", function () {
    source.close();
    window.location.reload();
  });
})();
