/* newsroom — a live coverage page looks for new updates without a reload (CSP: no inline script).
 *
 * It asks the update feed (data-live-url, ?sau=<cursor>) every data-live-poll seconds, doubling
 * the wait up to data-live-poll-max while nothing new comes, pausing while the tab is hidden, and
 * stopping once the coverage ends. New updates wait behind a "N new updates" button, announced
 * politely to screen readers, so the text a reader is reading does not move. */
(function () {
  "use strict";
  var live = document.querySelector("[data-live-url]");
  if (!live || !window.fetch) return;

  var url = live.dataset.liveUrl;
  var timeline = live.querySelector("[data-live-timeline]");

  function fragment(html) {
    var holder = document.createElement("template");
    holder.innerHTML = html;
    return holder.content;
  }

  function getUpdates(params) {
    return window.fetch(url + "?" + params, { credentials: "omit" }).then(function (response) {
      if (!response.ok) throw new Error(response.status);
      return response.json();
    });
  }

  // See more: older updates, a page at a time, under the timeline.
  var more = live.querySelector("[data-live-more]");
  if (more) {
    more.hidden = false;
    more.addEventListener("click", function () {
      more.disabled = true;
      getUpdates("truoc=" + more.dataset.liveMore).then(function (data) {
        data.updates.forEach(function (update) {
          timeline.appendChild(fragment(update.html));
          more.dataset.liveMore = update.cursor;
        });
        more.disabled = false;
        more.hidden = !data.has_more;
      }, function () {
        more.disabled = false;
      });
    });
  }

  var base = Number(live.dataset.livePoll);
  if (!base) return; // the coverage has ended, or this is a preview: nothing to wait for
  var longest = Math.max(base, Number(live.dataset.livePollMax) || base);
  var wait = base;
  var cursor = live.dataset.liveCursor || "0";
  var waiting = [];
  var timer = null;
  var stopped = false;
  var status = live.querySelector("[data-live-status]");
  var show = live.querySelector("[data-live-show]");

  function seen(id) {
    return document.getElementById("cap-nhat-" + id) !== null
      || waiting.some(function (update) { return update.id === id; });
  }

  function announce() {
    show.textContent = waiting.length + " " + show.dataset.label;
    show.hidden = waiting.length === 0;
    status.textContent = waiting.length ? show.textContent : "";
  }

  show.addEventListener("click", function () {
    var empty = timeline.querySelector("[data-live-empty]");
    if (empty) empty.remove();
    // Oldest first, each on top: the newest ends up first, as in the timeline.
    waiting.forEach(function (update) { timeline.prepend(fragment(update.html)); });
    waiting = [];
    announce();
    var first = timeline.firstElementChild;
    if (first) {
      first.tabIndex = -1;
      first.focus();
    }
  });

  function stop() {
    stopped = true;
    window.clearTimeout(timer);
    live.classList.remove("live--running");
    document.querySelectorAll("[data-live-badge]").forEach(function (badge) { badge.remove(); });
    status.textContent = status.dataset.ended;
    status.classList.remove("visually-hidden"); // the button says what is new; this, that it ended
  }

  function schedule() {
    window.clearTimeout(timer);
    if (!stopped && !document.hidden) timer = window.setTimeout(poll, wait * 1000);
  }

  function poll() {
    getUpdates("sau=" + cursor).then(function (data) {
      var fresh = data.updates.filter(function (update) { return !seen(update.id); });
      data.updates.forEach(function (update) { cursor = String(update.cursor); });
      waiting = waiting.concat(fresh);
      wait = fresh.length ? base : Math.min(wait * 2, longest);
      if (fresh.length) announce();
      if (!data.live) stop();
      schedule();
    }, function () {
      wait = Math.min(wait * 2, longest);
      schedule();
    });
  }

  document.addEventListener("visibilitychange", function () {
    if (document.hidden) {
      window.clearTimeout(timer);
    } else if (!stopped) {
      wait = base;
      poll();
    }
  });
  live.dataset.livePolling = "on";
  schedule();
})();
