// Small behaviours of every page, here rather than in onclick=/onsubmit= attributes: the
// Content-Security-Policy runs scripts from this site's files only. Without JavaScript the forms still work.
(function () {
  "use strict";
  // <button data-print>: print the page.
  document.querySelectorAll("[data-print]").forEach(function (button) {
    button.addEventListener("click", function () { window.print(); });
  });
  // <form data-confirm="question">: ask before sending.
  document.querySelectorAll("form[data-confirm]").forEach(function (form) {
    form.addEventListener("submit", function (event) {
      if (!window.confirm(form.getAttribute("data-confirm"))) { event.preventDefault(); }
    });
  });
  // <div data-recipient-name>: the person's name of a commendation, shown only when "individual" is chosen.
  document.querySelectorAll("[data-recipient-name]").forEach(function (box) {
    var form = box.closest("form");
    if (!form) { return; }
    var radios = form.querySelectorAll("input[type=radio][name$='recipient_kind']");
    function update() {
      var chosen = form.querySelector("input[type=radio][name$='recipient_kind']:checked");
      box.hidden = !chosen || chosen.value !== "individual";
    }
    radios.forEach(function (radio) { radio.addEventListener("change", update); });
    update();
  });
})();
