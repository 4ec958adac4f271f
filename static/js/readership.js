// Counts one reading of the article, also when the page came from a cache: a beacon POST to the
// URL in this script's data-beacon-url. No cookies are needed and nothing waits for an answer.
(function () {
  "use strict";
  var script = document.currentScript;
  var url = script && script.dataset.beaconUrl;
  if (!url) {
    return;
  }
  if (navigator.sendBeacon) {
    navigator.sendBeacon(url);
  } else if (window.fetch) {
    window.fetch(url, { method: "POST", keepalive: true, credentials: "omit" });
  }
})();
