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

/* The photo viewer: a tap (or Enter) on a photo in an article or a gallery opens it large in the
 * page's <dialog>, with its caption and credit; arrows, swipes and the buttons move through the
 * photos of the same gallery or article, Escape closes. The largest rendition in the photo's own
 * srcset is shown. */
(function () {
  "use strict";

  var dialog = document.querySelector("[data-lightbox]");
  if (!dialog || typeof dialog.showModal !== "function") return;
  var figure = dialog.querySelector(".lightbox__figure");
  var caption = dialog.querySelector(".lightbox__caption");
  var count = dialog.querySelector(".lightbox__count");
  var prev = dialog.querySelector(".lightbox__prev");
  var next = dialog.querySelector(".lightbox__next");
  var photos = [];
  var index = 0;

  function largest(picture) {
    var source = picture.querySelector("source") || picture.querySelector("img");
    var best = { url: picture.querySelector("img").currentSrc || picture.querySelector("img").src, width: 0 };
    (source.getAttribute("srcset") || "").split(",").forEach(function (candidate) {
      var parts = candidate.trim().split(/\s+/);
      var width = parseInt(parts[1], 10) || 0;
      if (parts[0] && width > best.width) best = { url: parts[0], width: width };
    });
    return best.url;
  }

  function show(position) {
    index = Math.max(0, Math.min(photos.length - 1, position));
    var picture = photos[index];
    var original = picture.querySelector("img");
    var image = document.createElement("img");
    image.className = "lightbox__image";
    image.src = largest(picture);
    image.alt = original.alt;
    var old = figure.querySelector(".lightbox__image");
    if (old) old.replaceWith(image); else figure.prepend(image);
    var source = picture.closest("figure");
    source = source && source.querySelector("figcaption");
    var text = source ? source.cloneNode(true) : null;
    if (text) text.querySelectorAll(".gallery__count").forEach(function (count) { count.remove(); });
    caption.textContent = text ? text.textContent.trim() : "";  // the viewer counts on its own
    caption.hidden = !caption.textContent;
    count.textContent = photos.length > 1 ? (index + 1) + "/" + photos.length : "";
    prev.hidden = next.hidden = photos.length < 2;
    prev.disabled = index === 0;
    next.disabled = index === photos.length - 1;
  }

  function open(picture) {
    // The photos of the same gallery, or the article's own photos outside its galleries.
    var gallery = picture.closest(".gallery");
    var group = gallery || picture.closest("article, main");
    photos = Array.prototype.filter.call(group.querySelectorAll(".zoomable picture"), function (other) {
      return other.closest(".gallery") === gallery;
    });
    show(photos.indexOf(picture));
    dialog.showModal();
  }

  // Each photo becomes a button, so it can be reached and opened from the keyboard too.
  document.querySelectorAll(".article figure picture, .media-detail .gallery__slide picture").forEach(function (picture) {
    var button = document.createElement("button");
    button.type = "button";
    button.className = "zoomable";
    button.setAttribute("aria-label", dialog.dataset.enlargeLabel + ": " + picture.querySelector("img").alt);
    picture.replaceWith(button);
    button.append(picture);
  });

  document.addEventListener("click", function (event) {
    var button = event.target.closest(".zoomable");
    if (button) open(button.querySelector("picture"));
  });
  prev.addEventListener("click", function () { show(index - 1); });
  next.addEventListener("click", function () { show(index + 1); });
  dialog.querySelector(".lightbox__close").addEventListener("click", function () { dialog.close(); });
  dialog.addEventListener("keydown", function (event) {
    if (event.key === "ArrowRight") { show(index + 1); event.preventDefault(); }
    if (event.key === "ArrowLeft") { show(index - 1); event.preventDefault(); }
  });
  // A tap on the dark backdrop closes, as in every photo viewer.
  dialog.addEventListener("click", function (event) {
    if (event.target === dialog) dialog.close();
  });

  var touchX = null;
  dialog.addEventListener("touchstart", function (event) { touchX = event.touches[0].clientX; }, { passive: true });
  dialog.addEventListener("touchend", function (event) {
    if (touchX === null) return;
    var distance = event.changedTouches[0].clientX - touchX;
    touchX = null;
    if (Math.abs(distance) > 50) show(index + (distance < 0 ? 1 : -1));
  });
})();
