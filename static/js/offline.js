// Offline reading: registers the portal's service worker (/sw.js) and drives the "Save for
// offline reading" control of a practice page and the "Available offline" page. Without this
// script, or in a browser without service workers, the site works as it does online and both
// stay hidden (the "Available offline" page says reading offline needs such a browser).
(function () {
  "use strict";
  if (!("serviceWorker" in navigator) || !window.caches || !window.MessageChannel) return;
  navigator.serviceWorker.register("/sw.js", { scope: "/", updateViaCache: "none" });

  function ask(type, url) {
    return navigator.serviceWorker.ready.then(function (registration) {
      return new Promise(function (resolve) {
        var channel = new MessageChannel();
        channel.port1.onmessage = function (event) {
          resolve(event.data || { ok: false });
        };
        registration.active.postMessage({ type: type, url: url }, [channel.port2]);
      });
    });
  }

  var here = location.pathname;
  var box = document.querySelector("[data-offline-save]");
  if (box) practicePage(box);
  var page = document.querySelector("[data-offline-page]");
  if (page) offlinePage(page);

  function practicePage(box) {
    var saveButton = box.querySelector("[data-save]");
    var saved = box.querySelector("[data-saved]");
    var status = box.querySelector("[data-offline-status]");
    function show(entry) {
      var isSaved = Boolean(entry && entry.saved);
      saveButton.hidden = isSaved;
      saved.hidden = !isSaved;
    }
    // A first visit comes before the worker: it is told of the page once it is ready.
    var kind = navigator.serviceWorker.controller ? "list" : "opened";
    ask(kind, here).then(function (answer) {
      show(find(answer.practices));
      box.hidden = false;
    });
    saveButton.addEventListener("click", function () {
      saveButton.disabled = true;
      // Asks the browser not to clear what the reader chose to keep when space runs short.
      if (navigator.storage && navigator.storage.persist) navigator.storage.persist();
      ask("save", here).then(function (answer) {
        saveButton.disabled = false;
        show(answer.ok && answer.entry);
        status.textContent = box.getAttribute(answer.ok ? "data-saved-text" : "data-failed-text");
      });
    });
    box.querySelector("[data-remove]").addEventListener("click", function () {
      ask("remove", here).then(function () {
        show(null);
        status.textContent = box.getAttribute("data-removed-text");
      });
    });
  }

  function find(entries) {
    return (entries || []).filter(function (entry) {
      return entry.url === here;
    })[0];
  }

  function offlinePage(page) {
    // Shown by the worker in place of a page it did not keep.
    page.querySelector("[data-offline-notice]").hidden = here === page.getAttribute("data-path");
    // Until the worker answers, the page still says what reading offline needs.
    ask(navigator.onLine ? "refresh" : "list").then(function (answer) {
      page.querySelector("[data-offline-unsupported]").hidden = true;
      draw(page, answer.practices || []);
    });
  }

  function draw(page, entries) {
    page.querySelector("[data-offline-lists]").hidden = false;
    [
      ["[data-saved-list]", true],
      ["[data-opened-list]", false],
    ].forEach(function (pair) {
      var list = page.querySelector(pair[0]);
      var shown = entries.filter(function (entry) {
        return entry.saved === pair[1];
      });
      list.textContent = "";
      shown.forEach(function (entry) {
        list.appendChild(item(page, entry));
      });
      list.nextElementSibling.hidden = shown.length > 0; // "none yet"
    });
  }

  function item(page, entry) {
    var li = document.createElement("li");
    var link = document.createElement("a");
    link.href = entry.url;
    link.textContent = entry.title;
    if (entry.lang !== document.documentElement.lang) link.lang = entry.lang;
    var button = document.createElement("button");
    button.type = "button";
    button.textContent = page.getAttribute("data-remove-text");
    button.setAttribute(
      "aria-label",
      page.getAttribute("data-remove-label").replace("{title}", entry.title),
    );
    button.addEventListener("click", function () {
      ask("remove", entry.url).then(function () {
        return ask("list");
      }).then(function (answer) {
        draw(page, answer.practices || []);
        page.querySelector("[data-offline-status]").textContent =
          page.getAttribute("data-removed-text");
      });
    });
    li.appendChild(link);
    li.appendChild(document.createTextNode(" "));
    li.appendChild(button);
    return li;
  }
})();
