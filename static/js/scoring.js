// The score sheet: add up the points as the member types them. The server adds them up again on save.
(function () {
  "use strict";
  var form = document.getElementById("score-sheet");
  if (!form) { return; }
  var output = form.querySelector("[data-score-total]");
  var inputs = form.querySelectorAll("[data-score-input]");
  var formatter = new Intl.NumberFormat(document.documentElement.lang || "vi", { maximumFractionDigits: 2 });

  // Read points the way the server does (registry/i18n.py parse_number): "." between thousands, "," before
  // decimals; anything else (e.g. "12.5") is not counted, and the server explains why on save.
  var VN_NUMBER = /^(\d+|\d{1,3}(\.\d{3})+)(,\d{1,2})?$/;

  function read(input) {
    var typed = String(input.value).trim();
    if (!VN_NUMBER.test(typed)) { return NaN; }
    return parseFloat(typed.replace(/\./g, "").replace(",", "."));
  }

  function points(input) {
    var value = read(input);
    var maximum = parseFloat(input.getAttribute("data-max"));
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
    var typed = String(input.value).trim();
    input.classList.toggle("is-invalid", typed !== "" && points(input) === 0 && read(input) !== 0);
  }

  inputs.forEach(function (input) {
    input.addEventListener("input", function () { markInput(input); refreshTotal(); });
  });
  refreshTotal();
})();
