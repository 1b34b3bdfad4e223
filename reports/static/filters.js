// Filters for the report: show only the findings that match every chosen value. Kept tiny and
// inline (its hash is in the page's Content-Security-Policy); without it every finding shows.
(function () {
  "use strict";
  var selects = document.querySelectorAll("select[data-filter]");
  // Advice items sit outside the list of items to review and are not counted or filtered.
  var findings = document.querySelectorAll("#findings li.finding");
  var counter = document.getElementById("shown-count");
  var template = counter ? counter.getAttribute("data-template") : "";
  function apply() {
    var wanted = {};
    selects.forEach(function (select) { wanted[select.getAttribute("data-filter")] = select.value; });
    var shown = 0;
    findings.forEach(function (item) {
      // A card's value may be a space-separated list (data-priority="priority rose").
      var visible = Object.keys(wanted).every(function (key) {
        return !wanted[key] || (item.getAttribute("data-" + key) || "").split(" ").indexOf(wanted[key]) !== -1;
      });
      item.hidden = !visible;
      if (visible) { shown += 1; }
    });
    document.querySelectorAll("section.category").forEach(function (section) {
      section.hidden = section.querySelector("li.finding:not([hidden])") === null;
    });
    if (counter) { counter.textContent = template.replace("{shown}", String(shown)).replace("{total}", String(findings.length)); }
  }
  selects.forEach(function (select) { select.addEventListener("change", apply); });
  apply();
}());
