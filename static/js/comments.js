/* Reader comments, progressively enhanced.
 *
 * The article page comes from a shared cache, so it holds no form: only links to the per-reader
 * pages (write, reply, report). Without JavaScript those links open the pages. With it, a click
 * fetches the page and lifts its [data-comment-panel] into the article, and the form inside is
 * sent with fetch and answered in place. Nothing is fetched until the reader asks.
 */
(function () {
  "use strict";

  function panelFrom(html) {
    var doc = new DOMParser().parseFromString(html, "text/html");
    var panel = doc.querySelector("[data-comment-panel]");
    return panel ? document.importNode(panel, true) : null;
  }

  function show(target, panel) {
    target.replaceChildren(panel);
    var focusable = panel.querySelector("textarea, input:not([type=hidden]):not([tabindex='-1']), [role=status], [role=alert], button");
    if (focusable) {
      if (!focusable.hasAttribute("tabindex") && focusable.matches("[role]")) {
        focusable.setAttribute("tabindex", "-1");
      }
      focusable.focus();
    }
  }

  function load(url, target, options) {
    target.setAttribute("aria-busy", "true");
    return fetch(url, Object.assign({ credentials: "same-origin" }, options))
      .then(function (response) { return response.text(); })
      .then(function (html) {
        var panel = panelFrom(html);
        if (!panel) { throw new Error("no panel"); }
        show(target, panel);
      })
      .finally(function () { target.removeAttribute("aria-busy"); });
  }

  document.addEventListener("click", function (event) {
    var link = event.target.closest("a[data-comment-fetch]");
    if (!link) { return; }
    var host = link.closest("[data-comment-host]");
    var target = host && host.querySelector("[data-comment-target]");
    if (!target) { return; }
    event.preventDefault();
    load(link.href, target).catch(function () { window.location.href = link.href; });
  });

  document.addEventListener("submit", function (event) {
    var form = event.target.closest("form[data-comment-form]");
    var target = form && form.closest("[data-comment-target]");
    if (!target) { return; }  /* on its own page the form posts normally */
    event.preventDefault();
    var button = form.querySelector("button[type=submit]");
    if (button) { button.disabled = true; }
    load(form.action, target, { method: "POST", body: new FormData(form) }).catch(function () {
      if (button) { button.disabled = false; }
      form.submit();
    });
  });
})();
