// Session pages: tick every model of the agenda picker at once, and count the ticked ones.
// Without JavaScript the forms work the same (the boxes are ticked one by one).
(function () {
  "use strict";
  document.querySelectorAll("[data-pick-form]").forEach(function (form) {
    var boxes = function () { return form.querySelectorAll("input[name=initiative_id]"); };
    var all = form.querySelector("[data-select-all]");
    var count = form.querySelector("[data-picked-count]");
    var refresh = function () {
      if (!count) { return; }
      var ticked = 0;
      boxes().forEach(function (box) { if (box.checked) { ticked += 1; } });
      count.textContent = String(ticked);
    };
    if (all) {
      all.addEventListener("change", function () {
        boxes().forEach(function (box) { box.checked = all.checked; });
        refresh();
      });
    }
    form.addEventListener("change", refresh);
    refresh();
  });
}());
