/* The article's featured and share photos (multimedia/widgets.py): a thumbnail of the chosen
 * library photo, redrawn when the library popup or the Remove button changes the value. The
 * popup fills the field through django.jQuery (RelatedObjectLookups.js), so that is what we hear.
 */
(function () {
  "use strict";

  function attach(chooser) {
    var input = chooser.querySelector("input");
    var preview = chooser.querySelector(".photo-chooser__preview");
    var caption = chooser.querySelector(".photo-chooser__caption");
    var clear = chooser.querySelector(".photo-chooser__clear");

    function show(photo) {
      preview.hidden = !photo;
      clear.hidden = !photo;
      if (photo) {
        preview.src = photo.thumbnail;
        preview.alt = photo.alt;
      } else {
        preview.removeAttribute("src");
      }
      caption.textContent = photo ? (photo.caption || photo.alt) : chooser.dataset.empty;
    }

    function update() {
      if (!/^\d+$/.test(input.value)) { show(null); return; }
      var url = new URL(chooser.dataset.lookupUrl, window.location.href);
      url.searchParams.set("id", input.value);
      fetch(url, { credentials: "same-origin", headers: { Accept: "application/json" } })
        .then(function (response) { return response.json(); })
        .then(function (data) { show(data.results && data.results[0]); })
        .catch(function () { show(null); });
    }

    django.jQuery(input).on("change", update);
    clear.addEventListener("click", function () {
      input.value = "";
      update();
    });
  }

  document.addEventListener("DOMContentLoaded", function () {
    document.querySelectorAll("[data-photo-chooser]").forEach(attach);
  });
})();
