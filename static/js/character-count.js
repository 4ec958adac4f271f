/* A live character count under the headline, the sapo and the search-engine fields.
 * data-recommended-length: what search results and shares show in full (a warning beyond it);
 * data-max-length: what the database holds (the server refuses more; the browser cuts nothing).
 */
(function () {
  "use strict";

  function describe(count, recommended, limit) {
    var values = { count: count, recommended: recommended, limit: limit, left: limit - count, over: count - limit };
    if (limit && count > limit) {
      return [interpolate(gettext("%(count)s characters: %(over)s over the limit of %(limit)s. Shorten it, or it cannot be saved."), values, true), "over-limit"];
    }
    var text = interpolate(gettext("%(count)s/%(recommended)s characters"), values, true);
    var state = "";
    if (count > recommended) {
      text = interpolate(gettext("%(count)s characters: longer than the recommended %(recommended)s, so search results and shares cut it"), values, true);
      state = "over-recommended";
    }
    if (limit) {
      text += " · " + interpolate(gettext("%(left)s left before the limit"), values, true);
    }
    return [text, state];
  }

  function attach(input) {
    var recommended = Number(input.dataset.recommendedLength);
    var limit = Number(input.dataset.maxLength || 0);
    var counter = document.createElement("p");
    counter.className = "character-count";
    counter.id = input.id + "-count";
    counter.setAttribute("aria-live", "polite");
    input.setAttribute("aria-describedby", ((input.getAttribute("aria-describedby") || "") + " " + counter.id).trim());
    input.insertAdjacentElement("afterend", counter);
    function update() {
      var result = describe(Array.from(input.value).length, recommended, limit);
      counter.textContent = result[0];
      counter.dataset.state = result[1];
    }
    input.addEventListener("input", update);
    update();
  }

  document.addEventListener("DOMContentLoaded", function () {
    document.querySelectorAll("[data-recommended-length]").forEach(attach);
  });
})();
