// Suggests existing tags under the comma-separated tags field of the article form.
// The field stays free text (new tags can still be typed); suggestions come from Django's admin
// autocomplete view, which checks the user's permissions and searches tag names and slugs.
(function () {
  "use strict";

  function currentFragment(input) {
    const parts = input.value.split(",");
    return parts[parts.length - 1].trim();
  }

  function replaceFragment(input, name) {
    const parts = input.value.split(",");
    parts[parts.length - 1] = " " + name;
    input.value = parts.map((part) => part.trim()).filter(Boolean).join(", ") + ", ";
  }

  function enhance(input) {
    const list = document.createElement("ul");
    list.className = "tag-suggestions";
    list.id = input.id + "-suggestions";
    list.setAttribute("role", "listbox");
    list.hidden = true;
    input.after(list);
    input.setAttribute("role", "combobox");
    input.setAttribute("aria-controls", list.id);
    input.setAttribute("aria-expanded", "false");

    let active = -1;
    let timer = null;

    function close() {
      list.hidden = true;
      list.replaceChildren();
      active = -1;
      input.setAttribute("aria-expanded", "false");
    }

    function highlight(index) {
      const items = list.querySelectorAll("li");
      items.forEach((item, position) => item.setAttribute("aria-selected", String(position === index)));
      active = index;
    }

    function choose(name) {
      replaceFragment(input, name);
      close();
      input.focus();
    }

    function show(results) {
      list.replaceChildren();
      results.forEach((result) => {
        const item = document.createElement("li");
        item.setAttribute("role", "option");
        item.textContent = result.text;
        item.addEventListener("mousedown", (event) => {
          event.preventDefault();
          choose(result.text);
        });
        list.append(item);
      });
      list.hidden = results.length === 0;
      input.setAttribute("aria-expanded", String(results.length > 0));
      active = -1;
    }

    function lookUp() {
      const term = currentFragment(input);
      if (term.length < 2) {
        close();
        return;
      }
      const url = new URL(input.dataset.autocompleteUrl, window.location.href);
      url.search = new URLSearchParams({
        term: term,
        app_label: "articles",
        model_name: "article",
        field_name: "tags",
      });
      fetch(url, { credentials: "same-origin" })
        .then((response) => (response.ok ? response.json() : { results: [] }))
        .then((data) => show(data.results.slice(0, 10)))
        .catch(close);
    }

    input.addEventListener("input", () => {
      clearTimeout(timer);
      timer = setTimeout(lookUp, 200);
    });
    input.addEventListener("keydown", (event) => {
      const items = list.querySelectorAll("li");
      if (list.hidden || items.length === 0) return;
      if (event.key === "ArrowDown") {
        event.preventDefault();
        highlight((active + 1) % items.length);
      } else if (event.key === "ArrowUp") {
        event.preventDefault();
        highlight((active - 1 + items.length) % items.length);
      } else if (event.key === "Enter" && active >= 0) {
        event.preventDefault();
        choose(items[active].textContent);
      } else if (event.key === "Escape") {
        close();
      }
    });
    input.addEventListener("blur", close);
  }

  document.addEventListener("DOMContentLoaded", () => {
    document.querySelectorAll("input[data-autocomplete-url][name='tags']").forEach(enhance);
  });
})();
