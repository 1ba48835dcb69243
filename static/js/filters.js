// The browse filters: open beside the results on a wide screen, folded on a phone; the form
// sends only the fields that hold a value (and no default sort), so the address stays short
// and needs no redirect. Without this script the server redirects to the same address.
(function () {
  "use strict";
  var box = document.querySelector(".filter-box");
  if (!box) return;
  if (window.matchMedia("(min-width: 48rem)").matches) box.open = true;
  var form = box.querySelector("form");
  var fields = form.querySelectorAll("input[name], select[name]");
  form.addEventListener("submit", function () {
    var query = form.querySelector("[name=q]");
    var defaultSort = query && query.value.trim() ? "relevance" : "newest";
    for (var i = 0; i < fields.length; i++) {
      var field = fields[i];
      if (field.value === "" || (field.name === "sort" && field.value === defaultSort)) {
        field.disabled = true;
      }
    }
  });
  // Coming back to this page from the history shows the form usable again.
  window.addEventListener("pageshow", function () {
    for (var i = 0; i < fields.length; i++) fields[i].disabled = false;
  });
})();
