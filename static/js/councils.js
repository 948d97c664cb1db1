// The rubric editor: keep the total of maximum points up to date while staff type.
(function () {
  "use strict";
  var form = document.getElementById("rubric-form");
  var total = document.getElementById("rubric-total");
  if (!form || !total) {
    return;
  }
  function refresh() {
    var sum = 0;
    form.querySelectorAll(".rubric-points").forEach(function (input) {
      var value = parseInt(input.value, 10);
      if (!isNaN(value)) {
        sum += value;
      }
    });
    total.textContent = String(sum);
  }
  form.addEventListener("input", refresh);
})();
