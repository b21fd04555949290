// Folding helpers for the antitrust report. The report works without them: <details> folds on its own.
(function () {
  "use strict";
  var all = function () { return Array.prototype.slice.call(document.querySelectorAll("details.concern")); };
  // A link to a concern opens it, so the explanation it points at is on screen.
  var openTarget = function () {
    var id = decodeURIComponent(location.hash.slice(1));
    var target = id && document.getElementById(id);
    if (target && target.tagName === "DETAILS") { target.open = true; }
  };
  window.addEventListener("hashchange", openTarget);
  openTarget();
  Array.prototype.forEach.call(document.querySelectorAll("button[data-fold]"), function (button) {
    button.hidden = false;
    button.addEventListener("click", function () {
      var open = button.getAttribute("data-fold") === "open";
      all().forEach(function (d) { d.open = open; });
    });
  });
  // Paper cannot be clicked: print every explanation, then fold back what was folded.
  var wasOpen = [];
  window.addEventListener("beforeprint", function () {
    wasOpen = all().map(function (d) { return d.open; });
    all().forEach(function (d) { d.open = true; });
  });
  window.addEventListener("afterprint", function () {
    all().forEach(function (d, i) { d.open = wasOpen[i] === true; });
  });
})();
