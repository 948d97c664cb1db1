// The dossier form: show the individual's details only for an individual exemplar, and let the
// user add and remove indicator rows. Without JavaScript everything stays visible and usable.
(function () {
  "use strict";
  var form = document.getElementById("dossier-form");
  if (!form) { return; }

  var subjectType = form.querySelector("select[name=subject_type]");
  var individual = form.querySelector("[data-individual-details]");
  function toggleIndividual() {
    if (subjectType && individual) {
      individual.classList.toggle("d-none", subjectType.value !== "individual");
    }
  }
  if (subjectType) { subjectType.addEventListener("change", toggleIndividual); }
  toggleIndividual();

  form.querySelectorAll("[data-js-only]").forEach(function (el) { el.classList.remove("d-none"); });

  var rows = form.querySelector("[data-indicator-rows]");
  var addButton = form.querySelector("[data-add-indicator]");
  if (!rows || !addButton) { return; }
  var MAX_ROWS = 30;

  function nextIndex() {
    var highest = -1;
    rows.querySelectorAll("input[name^='indicators-']").forEach(function (input) {
      var index = parseInt(input.name.split("-")[1], 10);
      if (index > highest) { highest = index; }
    });
    return highest + 1;
  }

  function clearRow(row) {
    row.querySelectorAll("input").forEach(function (input) {
      input.value = "";
      input.classList.remove("is-invalid");
    });
    row.querySelectorAll(".invalid-feedback").forEach(function (el) { el.remove(); });
  }

  addButton.addEventListener("click", function () {
    var all = rows.querySelectorAll("[data-indicator-row]");
    if (all.length >= MAX_ROWS || all.length === 0) { return; }
    var copy = all[all.length - 1].cloneNode(true);
    var index = nextIndex();
    copy.querySelectorAll("input").forEach(function (input) {
      input.name = input.name.replace(/^indicators-\d+-/, "indicators-" + index + "-");
      input.id = input.name;
    });
    clearRow(copy);
    rows.appendChild(copy);
    copy.querySelector("input").focus();
  });

  rows.addEventListener("click", function (event) {
    var button = event.target.closest("[data-remove-indicator]");
    if (!button) { return; }
    var row = button.closest("[data-indicator-row]");
    if (rows.querySelectorAll("[data-indicator-row]").length > 1) {
      row.remove();
    } else {
      clearRow(row);
    }
  });
})();
