/* Keyboard for the one-person moderation desk (comment list and comment page).
 * j/k or arrows: next/previous comment; a/r/s: approve, reject, spam; x: select; o/Enter: open;
 * u: undo the last decision (the button in the message after it).
 * The current row survives the reload after a decision, so the next comment comes up by itself.
 */
(function () {
  "use strict";
  var KEY = "comments-admin-row";
  var DECISIONS = { a: "approve", r: "reject", s: "spam" };

  function rows() {
    return Array.prototype.slice.call(document.querySelectorAll("#result_list tbody tr"));
  }

  function current() {
    var all = rows();
    var index = Math.min(Number(sessionStorage.getItem(KEY) || 0), all.length - 1);
    return { all: all, index: Math.max(index, 0) };
  }

  function highlight(index) {
    var all = rows();
    if (!all.length) { return; }
    index = Math.max(0, Math.min(index, all.length - 1));
    all.forEach(function (row, i) { row.classList.toggle("comment-admin-current", i === index); });
    all[index].scrollIntoView({ block: "nearest" });
    sessionStorage.setItem(KEY, String(index));
  }

  function typing(target) {
    return target.closest("input, textarea, select, [contenteditable]");
  }

  document.addEventListener("DOMContentLoaded", function () {
    if (rows().length) { highlight(current().index); }
  });

  document.addEventListener("keydown", function (event) {
    if (event.altKey || event.ctrlKey || event.metaKey || typing(event.target)) { return; }
    var key = event.key;
    var state = current();
    var row = state.all[state.index];
    var scope = row || document;
    if (key === "j" || key === "ArrowDown") {
      if (!row) { return; }
      highlight(state.index + 1);
    } else if (key === "k" || key === "ArrowUp") {
      if (!row) { return; }
      highlight(state.index - 1);
    } else if (DECISIONS[key]) {
      var button = scope.querySelector('button[data-decision="' + DECISIONS[key] + '"]');
      if (!button) { return; }
      button.click();
    } else if (key === "u") {
      var undo = document.querySelector(".comment-admin-undo button");
      if (!undo) { return; }
      undo.click();
    } else if (key === "x" && row) {
      var box = row.querySelector("input.action-select");
      if (box) { box.click(); }
    } else if ((key === "o" || key === "Enter") && row) {
      var link = row.querySelector("th a");
      if (link) { window.location.href = link.href; }
    } else {
      return;
    }
    event.preventDefault();
  });
})();
