// Decision pages: select every row of the bulk table, count the selection in the confirmation, and
// show the chosen form of commendation's usual issuer. Without JavaScript the forms work the same.
(function () {
  "use strict";
  var bulk = document.querySelector("[data-bulk-form]");
  if (bulk) {
    var boxes = function () { return bulk.querySelectorAll("input[name=initiative_ids]"); };
    var all = bulk.querySelector("[data-select-all]");
    if (all) {
      all.addEventListener("change", function () {
        boxes().forEach(function (box) { box.checked = all.checked; });
      });
    }
    var modal = document.getElementById("confirm-bulk");
    if (modal) {
      modal.addEventListener("show.bs.modal", function () {
        var count = 0;
        boxes().forEach(function (box) { if (box.checked) { count += 1; } });
        modal.querySelector("[data-selected-count]").textContent = String(count);
      });
    }
  }
  document.querySelectorAll("form[data-default-issuers]").forEach(function (form) {
    var issuers = JSON.parse(form.getAttribute("data-default-issuers") || "{}");
    var select = form.querySelector("select[name$='form_id']");
    var issuer = form.querySelector("input[name$='decision_issuer']");
    if (!select || !issuer) { return; }
    var show = function () { issuer.placeholder = issuers[select.value] || ""; };
    select.addEventListener("change", show);
    show();
  });
}());
