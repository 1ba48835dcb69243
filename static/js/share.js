// "Copy the link": the link works without this script (it is the page's own address, to copy
// from the browser); with it, a tap puts the address on the clipboard and says so.
(function () {
  "use strict";
  var link = document.querySelector("[data-copy]");
  var status = document.querySelector("[data-copy-status]");
  if (!link || !status || !navigator.clipboard) return;
  link.addEventListener("click", function (event) {
    event.preventDefault();
    navigator.clipboard.writeText(link.href).then(function () {
      status.textContent = link.getAttribute("data-copied");
    });
  });
})();
