/* newsroom — click-to-load videos and photo story controls. No inline script anywhere (CSP). */
(function () {
  "use strict";

  // A YouTube/Facebook player is fetched only when the reader presses play.
  document.addEventListener("click", function (event) {
    var button = event.target.closest(".video-player__play");
    if (!button) return;
    var player = button.closest("[data-embed-src]");
    var frame = document.createElement("iframe");
    frame.src = player.dataset.embedSrc;
    frame.title = player.dataset.embedTitle || "";
    frame.allow = "autoplay; encrypted-media; picture-in-picture; fullscreen";
    frame.allowFullscreen = true;
    frame.referrerPolicy = "strict-origin-when-cross-origin";
    player.replaceChildren(frame);
    player.classList.add("is-playing");
    frame.focus();
  });

  // Photo stories: buttons and arrow keys move one photo; touch swiping is the browser's own.
  function setUpGallery(gallery) {
    var track = gallery.querySelector(".gallery__track");
    var prev = gallery.querySelector(".gallery__prev");
    var next = gallery.querySelector(".gallery__next");
    if (!track || !prev || !next) return;
    var slides = track.querySelectorAll(".gallery__slide");

    function current() {
      return Math.round(track.scrollLeft / track.clientWidth);
    }
    function show(index) {
      index = Math.max(0, Math.min(slides.length - 1, index));
      track.scrollTo({ left: index * track.clientWidth });
    }
    function update() {
      var index = current();
      prev.disabled = index === 0;
      next.disabled = index >= slides.length - 1;
    }
    prev.hidden = next.hidden = false;
    prev.addEventListener("click", function () { show(current() - 1); });
    next.addEventListener("click", function () { show(current() + 1); });
    track.addEventListener("keydown", function (event) {
      if (event.key === "ArrowRight") { show(current() + 1); event.preventDefault(); }
      if (event.key === "ArrowLeft") { show(current() - 1); event.preventDefault(); }
      if (event.key === "Home") { show(0); event.preventDefault(); }
      if (event.key === "End") { show(slides.length - 1); event.preventDefault(); }
    });
    track.addEventListener("scroll", function () { window.requestAnimationFrame(update); }, { passive: true });
    update();
  }

  document.querySelectorAll("[data-gallery]").forEach(setUpGallery);
})();
