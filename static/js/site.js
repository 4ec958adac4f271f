/* newsroom — the page chrome: the phone's sections menu and the share box's copy button. */
(function () {
  "use strict";

  // Phones: the sections fold behind a menu button (site.css shows it under 600 px only).
  var nav = document.querySelector("[data-main-nav]");
  var toggle = nav && nav.querySelector(".main-nav__toggle");
  if (toggle) {
    toggle.hidden = false;
    nav.classList.add("main-nav--folding");
    toggle.addEventListener("click", function () {
      var open = toggle.getAttribute("aria-expanded") !== "true";
      toggle.setAttribute("aria-expanded", String(open));
      nav.classList.toggle("is-open", open);
    });
  }

  // Copy the page's address; the button exists only where the Clipboard API does (HTTPS, localhost).
  document.querySelectorAll(".share__copy").forEach(function (button) {
    if (!navigator.clipboard) return;
    var status = button.parentElement.querySelector(".share__status");
    button.hidden = false;
    button.addEventListener("click", function () {
      navigator.clipboard.writeText(button.dataset.copyUrl).then(function () {
        status.textContent = button.dataset.copiedLabel;
      });
    });
  });
})();
