// The searchable unit picker: each <select data-unit-picker="URL"> becomes a combobox (ARIA 1.2 pattern)
// that asks the server for the units matching what is typed (accent-blind) or lying under a unit, at most
// one short page at a time, so the page never lists the whole tree. The <select> stays in the form, hidden,
// and carries the value chosen: without JavaScript it is the field itself. Keys: ↓/↑ move, Enter picks,
// → opens the units under the highlighted one, ← goes back up, Esc closes.
(function () {
  "use strict";
  var counter = 0;

  function enhance(select) {
    var url = select.getAttribute("data-unit-picker");
    var text = function (name, fallback) { return select.getAttribute("data-" + name) || fallback; };
    var uid = "unit-picker-" + (++counter);
    var fixed = Array.prototype.filter.call(select.options, function (option) { return option.hasAttribute("data-fixed"); });

    var wrapper = document.createElement("div");
    wrapper.className = "position-relative unit-picker";
    var input = document.createElement("input");
    input.type = "text";
    input.className = select.className.replace("form-select", "form-control");
    input.id = select.id;
    select.id = select.id + "-select";
    input.setAttribute("role", "combobox");
    input.setAttribute("aria-autocomplete", "list");
    input.setAttribute("aria-expanded", "false");
    input.setAttribute("aria-controls", uid + "-list");
    input.setAttribute("autocomplete", "off");
    input.setAttribute("spellcheck", "false");
    input.placeholder = text("placeholder", "");
    ["aria-describedby", "aria-invalid", "required"].forEach(function (name) {
      if (select.hasAttribute(name)) { input.setAttribute(name, select.getAttribute(name)); }
    });
    var list = document.createElement("ul");
    list.id = uid + "-list";
    list.setAttribute("role", "listbox");
    list.className = "list-group position-absolute w-100 shadow z-3 overflow-auto unit-picker-list";
    list.style.maxHeight = "18rem";
    list.hidden = true;
    var note = document.createElement("div");
    note.className = "visually-hidden";
    note.setAttribute("role", "status");
    note.setAttribute("aria-live", "polite");
    select.parentNode.insertBefore(wrapper, select);
    wrapper.appendChild(input);
    wrapper.appendChild(list);
    wrapper.appendChild(note);
    wrapper.appendChild(select);
    select.hidden = true;
    select.tabIndex = -1;
    select.setAttribute("aria-hidden", "true");

    var items = [];
    var active = -1;
    var parents = [];  // the units browsed into, for ←
    var timer = null;
    var asked = 0;

    function chosenLabel() {
      var option = select.options[select.selectedIndex];
      return option && option.value !== "" ? option.textContent.trim() : "";
    }
    input.value = chosenLabel();

    function close() {
      list.hidden = true;
      input.setAttribute("aria-expanded", "false");
      input.removeAttribute("aria-activedescendant");
      active = -1;
    }

    function highlight(index) {
      if (!items.length) { return; }
      active = (index + items.length) % items.length;
      items.forEach(function (item, i) {
        item.element.classList.toggle("active", i === active);
        item.element.setAttribute("aria-selected", i === active ? "true" : "false");
      });
      input.setAttribute("aria-activedescendant", items[active].element.id);
      items[active].element.scrollIntoView({block: "nearest"});
    }

    function pick(item) {
      var option = Array.prototype.find.call(select.options, function (o) { return o.value === String(item.value); });
      if (!option) {
        option = new Option(item.label, item.value);
        select.appendChild(option);
      }
      select.value = String(item.value);
      input.value = item.value === "" ? "" : item.label;
      close();
      parents = [];
      select.dispatchEvent(new Event("change", {bubbles: true}));
    }

    function row(item, index) {
      var element = document.createElement("li");
      element.id = uid + "-option-" + index;
      element.setAttribute("role", "option");
      element.setAttribute("aria-selected", "false");
      element.className = "list-group-item list-group-item-action py-1 d-flex align-items-center gap-2";
      var body = document.createElement("span");
      body.className = "flex-grow-1";
      var name = document.createElement("span");
      name.className = "d-block";
      name.textContent = item.name;
      body.appendChild(name);
      // Under the name, where it lies: the path above it (the whole label when the name is not at its end).
      var ending = " › " + item.name;
      var above = item.label && item.label.slice(-ending.length) === ending ? item.label.slice(0, -ending.length)
        : item.label;
      if (above && above !== item.name) {
        var where = document.createElement("small");
        where.className = "d-block text-body-secondary unit-picker-path";
        where.textContent = above;
        body.appendChild(where);
      }
      element.appendChild(body);
      if (item.hasChildren) {
        var open = document.createElement("button");
        open.type = "button";
        open.tabIndex = -1;
        open.className = "btn btn-sm btn-outline-secondary py-0";
        open.textContent = "›";
        open.title = text("children", "");
        open.setAttribute("aria-label", text("children", "") + ": " + item.name);
        open.addEventListener("mousedown", function (event) { event.preventDefault(); });
        open.addEventListener("click", function (event) { event.stopPropagation(); browse(item); });
        element.appendChild(open);
      }
      element.addEventListener("mousedown", function (event) { event.preventDefault(); });
      element.addEventListener("click", function () { pick(item); });
      return element;
    }

    function show(found, more, heading) {
      list.textContent = "";
      items = found;
      if (heading) {
        var back = document.createElement("li");
        back.className = "list-group-item py-1 small text-body-secondary";
        back.setAttribute("role", "presentation");
        back.textContent = "‹ " + heading;
        back.addEventListener("mousedown", function (event) { event.preventDefault(); });
        back.addEventListener("click", up);
        list.appendChild(back);
      }
      items.forEach(function (item, index) {
        item.element = row(item, index);
        list.appendChild(item.element);
      });
      if (!items.length || more) {
        var hint = document.createElement("li");
        hint.className = "list-group-item py-1 small text-body-secondary";
        hint.setAttribute("role", "presentation");
        hint.textContent = items.length ? text("more", "…") : text("none", "");
        list.appendChild(hint);
      }
      note.textContent = items.length ? text("count", "%d").replace("%d", String(items.length)) : text("none", "");
      list.hidden = false;
      input.setAttribute("aria-expanded", "true");
      active = -1;
      input.removeAttribute("aria-activedescendant");
    }

    function load(query, parent, heading) {
      var ticket = ++asked;
      var address = url + (url.indexOf("?") < 0 ? "?" : "&") + "q=" + encodeURIComponent(query)
        + (parent ? "&parent=" + parent : "");
      window.fetch(address, {credentials: "same-origin", headers: {"Accept": "application/json"}})
        .then(function (response) { return response.ok ? response.json() : Promise.reject(response.status); })
        .then(function (data) {
          if (ticket !== asked) { return; }  // a later keystroke asked again
          var found = data.results.map(function (unit) {
            return {value: unit.id, name: unit.name, label: unit.label, hasChildren: unit.has_children, id: unit.id};
          });
          if (!query && !parent) {
            found = fixed.map(function (option) {
              return {value: option.value, name: option.textContent.trim(), label: "", hasChildren: false};
            }).concat(found);
          }
          show(found, data.more, heading);
        }, function () {
          if (ticket === asked) { show([], false, heading); note.textContent = text("failed", ""); }
        });
    }

    function browse(item) {
      parents.push(item);
      input.value = "";
      load("", item.id, item.label || item.name);
      input.focus();
    }

    function up() {
      parents.pop();
      var parent = parents[parents.length - 1];
      load("", parent ? parent.id : null, parent ? (parent.label || parent.name) : "");
      input.focus();
    }

    input.addEventListener("input", function () {
      window.clearTimeout(timer);
      parents = [];
      timer = window.setTimeout(function () { load(input.value.trim(), null, ""); }, 200);
    });
    input.addEventListener("focus", function () { if (input.value === chosenLabel()) { input.select(); } });
    input.addEventListener("click", function () { if (list.hidden) { load("", null, ""); } });
    input.addEventListener("keydown", function (event) {
      if (event.key === "ArrowDown" || event.key === "ArrowUp") {
        event.preventDefault();
        if (list.hidden) { load(input.value === chosenLabel() ? "" : input.value.trim(), null, ""); return; }
        highlight(active + (event.key === "ArrowDown" ? 1 : -1));
      } else if (event.key === "Enter" && !list.hidden) {
        event.preventDefault();  // picking is not submitting the form
        if (active >= 0) { pick(items[active]); } else if (items.length === 1) { pick(items[0]); }
      } else if (event.key === "ArrowRight" && !list.hidden && active >= 0 && items[active].hasChildren) {
        event.preventDefault();
        browse(items[active]);
      } else if (event.key === "ArrowLeft" && !list.hidden && parents.length && input.value === "") {
        event.preventDefault();
        up();
      } else if (event.key === "Escape" && !list.hidden) {
        event.preventDefault();
        close();
        input.value = chosenLabel();
      }
    });
    input.addEventListener("blur", function () {
      window.setTimeout(function () {
        if (document.activeElement === input) { return; }
        close();
        parents = [];
        if (input.value.trim() === "" && fixed.some(function (o) { return o.value === ""; }) && select.value !== "") {
          pick({value: "", label: ""});  // the text was cleared: back to "all" / "choose"
        } else {
          input.value = chosenLabel();
        }
      }, 150);
    });
    // The label of the field now names the combobox (it was for the select, whose id the input took).
  }

  document.querySelectorAll("select[data-unit-picker]").forEach(enhance);
})();
