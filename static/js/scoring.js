// The score sheet: add up the points as the member types them. The server adds them up again on save.
(function () {
  "use strict";
  var form = document.getElementById("score-sheet");
  if (!form) { return; }
  var output = form.querySelector("[data-score-total]");
  var inputs = form.querySelectorAll("[data-score-input]");
  var formatter = new Intl.NumberFormat(document.documentElement.lang || "vi", { maximumFractionDigits: 2 });

  function points(input) {
    // A number input gives "" for anything it cannot read; a value outside 0..max is not counted.
    var value = parseFloat(String(input.value).replace(",", "."));
    var maximum = parseFloat(input.getAttribute("max"));
    if (isNaN(value) || value < 0 || (!isNaN(maximum) && value > maximum)) { return 0; }
    return value;
  }

  function refreshTotal() {
    var total = 0;
    inputs.forEach(function (input) { total += points(input); });
    // Whole hundredths: avoids 0.1 + 0.2 style noise in the displayed sum.
    output.textContent = formatter.format(Math.round(total * 100) / 100);
  }

  function markInput(input) {
    // Only once the member types: the messages the server put beside a field stay until then.
    var typed = String(input.value).replace(",", ".");
    var outOfRange = typed !== "" && points(input) === 0 && parseFloat(typed) !== 0;
    input.classList.toggle("is-invalid", outOfRange || input.validity.badInput);
  }

  inputs.forEach(function (input) {
    input.addEventListener("input", function () { markInput(input); refreshTotal(); });
  });
  refreshTotal();
})();
