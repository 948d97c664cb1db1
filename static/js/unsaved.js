// Typed work is never lost without a warning: a changed form asks before the page is left, by a menu or
// link click (a confirmation) or by closing, reloading or going back (the browser's own dialog). The
// form's own submit leaves silently. Guarded: every POST form with a field a person fills in (a form of
// hidden inputs and a button, such as "Sign out", has nothing to lose). The warning is the data-message
// of this script's tag, in the page's language.
(function () {
  "use strict";
  var script = document.currentScript;
  var message = (script && script.getAttribute("data-message")) || "";

  function fillable(form) {
    return Array.prototype.some.call(form.elements, function (element) {
      return element.name && element.type !== "hidden" && element.type !== "submit" && element.type !== "button";
    });
  }

  // What the person typed, as one string: hidden inputs (the CSRF token, the version) are not typed.
  function snapshot(form) {
    var parts = [];
    Array.prototype.forEach.call(form.elements, function (element) {
      if (!element.name || element.disabled || ["hidden", "submit", "button", "reset"].indexOf(element.type) >= 0) {
        return;
      }
      if ((element.type === "checkbox" || element.type === "radio") && !element.checked) { return; }
      if (element.type === "file") {
        parts.push(element.name + "=" + Array.prototype.map.call(element.files, function (f) { return f.name; }));
      } else if (element.multiple) {
        parts.push(element.name + "=" + Array.prototype.map.call(element.selectedOptions, function (o) {
          return o.value;
        }));
      } else {
        parts.push(element.name + "=" + element.value);
      }
    });
    return parts.join("\u0000");
  }

  var guarded = Array.prototype.filter.call(document.querySelectorAll("form"), function (form) {
    return (form.getAttribute("method") || "get").toLowerCase() === "post" && !form.hasAttribute("data-no-leave-guard")
      && fillable(form);
  });
  if (!guarded.length) { return; }
  var baselines = new Map(guarded.map(function (form) { return [form, snapshot(form)]; }));
  var leaving = false;

  function changed() {
    return guarded.some(function (form) { return document.body.contains(form) && snapshot(form) !== baselines.get(form); });
  }

  // The form's own submit (one nobody cancelled, e.g. in a data-confirm question) is no loss.
  window.addEventListener("submit", function (event) {
    if (!event.defaultPrevented && baselines.has(event.target)) { leaving = true; }
  });

  document.addEventListener("click", function (event) {
    var link = event.target.closest && event.target.closest("a[href]");
    if (!link || event.defaultPrevented || event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey) {
      return;
    }
    var href = link.getAttribute("href");
    if (!href || href.charAt(0) === "#" || link.hasAttribute("data-bs-toggle") || link.hasAttribute("download")
        || link.target === "_blank" || !changed()) {
      return;
    }
    if (window.confirm(message)) {
      leaving = true;  // asked once: the browser's dialog does not ask again
    } else {
      event.preventDefault();
    }
  });

  window.addEventListener("beforeunload", function (event) {
    if (leaving || !changed()) { return undefined; }
    event.preventDefault();
    event.returnValue = message;
    return message;
  });

  // Back from the browser's cache: the page is live again, and so is the guard.
  window.addEventListener("pageshow", function () { leaving = false; });

  // For static/js/autosave.js: what a form holds now, that it was saved as it was then, and whether the
  // person chose to leave (and lose the changes).
  window.dvkLeaveGuard = {
    snapshot: snapshot,
    leaving: function () { return leaving; },
    saved: function (form, state) { if (baselines.has(form)) { baselines.set(form, state); } }
  };
})();
