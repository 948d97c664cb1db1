// Excel imports: while a file is checked or imported (one request, up to a minute for 20,000 rows),
// show that the work goes on and keep the button from being pressed twice. Without JavaScript the
// forms work the same.
(function () {
  "use strict";
  document.querySelectorAll("form[data-import-form]").forEach(function (form) {
    form.addEventListener("submit", function () {
      var button = form.querySelector("button[type=submit]");
      var busy = form.querySelector("[data-import-busy]");
      if (button) { button.disabled = true; }
      if (busy) { busy.hidden = false; }
    });
  });
})();
