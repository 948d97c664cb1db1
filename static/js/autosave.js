// The dossier form saves itself as a draft some seconds after a change (data-autosave-seconds) and when
// the tab is hidden, through the JSON endpoint of data-autosave-url (the same service as "Save draft":
// a draft stays a draft). The first autosave of a new registration creates the draft: the page then
// carries its address. A stale version (saved elsewhere since) stops autosaving with the server's message
// rather than overwriting. The status line (aria-live) says when it saved, or why not. Needs unsaved.js.
(function () {
  "use strict";
  var form = document.querySelector("form[data-autosave-url]");
  var guard = window.dvkLeaveGuard;
  if (!form || !guard || !window.fetch) { return; }
  var status = document.querySelector("[data-autosave-status]");
  var delay = (parseInt(form.getAttribute("data-autosave-seconds"), 10) || 20) * 1000;
  var lastSaved = guard.snapshot(form);
  var timer = null;
  var busy = false;
  var again = false;
  var stopped = false;
  var submitWaits = false;
  var waitingSubmitter = null;

  function say(text, problem) {
    if (!status) { return; }
    status.textContent = text;
    status.classList.add("bg-white", "border", "rounded", "shadow-sm", "px-2", "py-1");
    status.classList.toggle("text-danger", !!problem);
    status.classList.toggle("text-body-secondary", !problem);
  }

  function mark(names) {
    form.querySelectorAll("[data-autosave-invalid]").forEach(function (element) {
      element.removeAttribute("data-autosave-invalid");
      element.removeAttribute("aria-invalid");
    });
    names.forEach(function (name) {
      var element = form.elements.namedItem(name);
      if (element && element.setAttribute) {
        element.setAttribute("aria-invalid", "true");
        element.setAttribute("data-autosave-invalid", "");
      }
    });
  }

  function labelOf(name) {
    var element = form.elements.namedItem(name);
    if (!element || !element.id) { return name; }
    var label = form.querySelector("label[for='" + element.id + "']");
    return (label && label.textContent.replace("*", "").trim()) || element.getAttribute("aria-label") || name;
  }

  function schedule() {
    if (!timer && !stopped) { timer = window.setTimeout(save, delay); }
  }

  function saved(data, state) {
    form.elements.namedItem("version").value = data.version;
    if (form.getAttribute("data-autosave-url") !== data.autosave_url) {
      // The new registration is a draft now: further saves, the buttons and a reload all go to it.
      form.setAttribute("data-autosave-url", data.autosave_url);
      form.setAttribute("action", data.edit_url);
      window.history.replaceState(null, "", data.edit_url);
    }
    lastSaved = state;
    guard.saved(form, state);
    var skipped = data.skipped || [];
    mark(skipped.map(function (item) { return item.field; }));
    if (skipped.length) {
      say(data.message + " — " + form.getAttribute("data-autosave-skipped") + " " + skipped.map(function (item) {
        return labelOf(item.field) + ": " + item.detail;
      }).join("; "), true);
    } else {
      say(data.message, false);
    }
  }

  function refused(answer) {
    if (answer.status === 409 || answer.status === 403) { stopped = true; }
    var errors = (answer.data && answer.data.errors) || [];
    mark(errors.map(function (item) { return item.pointer.replace(/^\//, ""); }));
    var detail = (answer.data && answer.data.detail) || form.getAttribute("data-autosave-failed");
    say(detail + (errors.length ? " " + errors.map(function (item) {
      return labelOf(item.pointer.replace(/^\//, "")) + ": " + item.detail;
    }).join("; ") : ""), true);
  }

  function save(leavingTab) {
    window.clearTimeout(timer);
    timer = null;
    if (stopped) { return; }
    if (busy) { again = true; return; }
    var state = guard.snapshot(form);
    if (state === lastSaved) { return; }
    busy = true;
    window.fetch(form.getAttribute("data-autosave-url"), {
      method: "POST", body: new FormData(form), credentials: "same-origin", keepalive: leavingTab === true,
      headers: {"Accept": "application/json"}
    }).then(function (response) {
      return response.json().then(function (data) { return {ok: response.ok, status: response.status, data: data}; },
        function () { return {ok: false, status: response.status, data: null}; });
    }).then(function (answer) {
      if (answer.ok) { saved(answer.data, state); } else { refused(answer); }
    }, function () {
      say(form.getAttribute("data-autosave-failed"), true);
    }).then(function () {
      busy = false;
      if (submitWaits) {
        submitWaits = false;
        if (waitingSubmitter && form.requestSubmit) { form.requestSubmit(waitingSubmitter); } else { form.submit(); }
        return;
      }
      if (again) { again = false; schedule(); }
    });
  }

  form.addEventListener("input", schedule);
  form.addEventListener("change", schedule);
  // A click on "add a row" or "remove a row" changes the form without an input event.
  form.addEventListener("click", function () { window.setTimeout(function () {
    if (guard.snapshot(form) !== lastSaved) { schedule(); }
  }, 0); });
  document.addEventListener("visibilitychange", function () {
    // Hidden because the person chose to leave without saving: that choice is kept.
    if (document.visibilityState === "hidden" && !guard.leaving()) { save(true); }
  });
  // The buttons save the form themselves: no autosave may race them. One already on its way is waited for,
  // so that the button sends the version it answers (else the button's save would be refused as stale).
  form.addEventListener("submit", function (event) {
    stopped = true;
    window.clearTimeout(timer);
    if (busy) {
      event.preventDefault();
      submitWaits = true;
      waitingSubmitter = event.submitter || null;
    }
  });
})();
