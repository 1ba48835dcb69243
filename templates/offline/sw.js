// The portal's service worker: practices readable with no connection.
//
// - Static files (styles, the Khmer font, scripts) and the "Available offline" page in each
//   language are kept from installation, in a cache named after the release: a new release
//   installs a new worker, which drops the old files.
// - Pages are asked of the network first; a copy is kept only of an answer marked
//   "X-Audience: public" (a page made for everyone: never a signed-in reader's). Without a
//   connection the kept copy is shown, or the "Available offline" page saying this page was
//   not kept.
// - Practices: the last ones opened (a bounded number) and those the reader saves (until they
//   remove them) are kept with their photos; a saved one also with its PDF and documents.
//   Reading one again online refreshes the copy; a practice taken off the site is forgotten.
// - Signing out forgets everything kept for reading.
"use strict";

const CONFIG = {{ config|safe }};
const STATIC = "glgp-static-" + CONFIG.version;
const READING = "glgp-reading";
const INDEX = "/offline-index.json"; // never asked of the server: the list of what is kept
const MARK = "X-Audience";

self.addEventListener("install", (event) => {
  event.waitUntil(precache().then(() => self.skipWaiting()));
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((names) =>
        Promise.all(
          names
            .filter((name) => name.startsWith("glgp-static-") && name !== STATIC)
            .map((name) => caches.delete(name)),
        ),
      )
      .then(() => self.clients.claim()),
  );
});

async function precache() {
  const cache = await caches.open(STATIC);
  const urls = [...CONFIG.static, ...Object.values(CONFIG.offline)];
  await Promise.all(
    urls.map(async (url) => {
      const response = await fetch(url, { credentials: "omit", cache: "no-cache" });
      if (!response.ok) throw new Error("Not kept: " + url);
      await cache.put(url, response);
    }),
  );
}

// ---- Which address is what

// A practice is kept once, whatever its address carries after "?".
function keyOf(url) {
  const parsed = new URL(url, self.location.origin);
  const practice = practiceOf(parsed.pathname);
  return practice && practice.page ? parsed.pathname : parsed.pathname + parsed.search;
}

function practiceOf(path) {
  // "/km/practices/<slug>/" (the page) or "/km/practices/<slug>/pdf/" (its PDF).
  for (const prefix of CONFIG.practices) {
    if (path.startsWith(prefix)) {
      const rest = path.slice(prefix.length);
      if (/^[^/?]+\/$/.test(rest)) return { page: path };
      if (/^[^/?]+\/pdf\/$/.test(rest)) return { pdf: path };
    }
  }
  return null;
}

function languageOf(path) {
  const code = path.split("/")[1];
  return code in CONFIG.offline ? code : CONFIG.defaultLanguage;
}

function isPublic(response) {
  return (
    response &&
    response.status === 200 &&
    response.type === "basic" &&
    response.headers.get(MARK) === "public"
  );
}

// A file asked for without cookies is one anyone may read; one its server says is private, or
// not to be stored, is not kept all the same.
function isPublicFile(response) {
  if (!response || response.status !== 200 || response.type !== "basic") return false;
  return !/\b(private|no-store)\b/.test(response.headers.get("Cache-Control") || "");
}

// ---- The index of what is kept: {practices: {key: entry}, pages: {key: time}}

let queue = Promise.resolve();

function serially(task) {
  const run = queue.then(task, task);
  queue = run.catch(() => undefined);
  return run;
}

async function readIndex(cache) {
  const response = await cache.match(INDEX);
  const index = response ? await response.json() : {};
  return { practices: index.practices || {}, pages: index.pages || {} };
}

function writeIndex(cache, index) {
  return cache.put(
    INDEX,
    new Response(JSON.stringify(index), { headers: { "Content-Type": "application/json" } }),
  );
}

// ---- What a practice page needs offline

const ENTITIES = { "&amp;": "&", "&lt;": "<", "&gt;": ">", "&quot;": '"', "&#x27;": "'", "&#39;": "'" };

function titleOf(html) {
  const match = html.match(/<meta property="og:title" content="([^"]*)">/);
  return match ? match[1].replace(/&(amp|lt|gt|quot|#x27|#39);/g, (e) => ENTITIES[e]) : "";
}

function assetsOf(html, saved) {
  const found = new Set();
  for (const match of html.matchAll(/\s(?:src|srcset)="([^"]+)"/g)) {
    for (const candidate of match[1].split(",")) {
      const url = candidate.trim().split(/\s+/)[0];
      // Photos as WebP (what a browser with a service worker shows); when opened, the small
      // size only (a metered connection); when saved, every size.
      if (/^\/media\/thumbs\/[^"]+\.webp$/.test(url) && (saved || /-320\.webp$/.test(url))) {
        found.add(url);
      }
    }
  }
  if (saved) {
    for (const match of html.matchAll(/\shref="([^"]+)"/g)) {
      const url = match[1];
      const practice = practiceOf(url);
      if (url.startsWith("/media/documents/") || (practice && practice.pdf)) found.add(url);
    }
  }
  return [...found];
}

async function keepFiles(cache, urls) {
  await Promise.all(
    urls.map(async (url) => {
      if (await cache.match(url)) return;
      try {
        const response = await fetch(url, { credentials: "omit" });
        if (isPublicFile(response)) await cache.put(url, response);
      } catch (error) {
        // Missing now; asked again the next time the practice is kept.
      }
    }),
  );
}

async function dropUnused(cache, index, urls) {
  const used = new Set();
  for (const entry of Object.values(index.practices)) entry.assets.forEach((u) => used.add(u));
  await Promise.all(urls.filter((url) => !used.has(url)).map((url) => cache.delete(url)));
}

// Keeps the practice page `key` from `response` (public, checked by the caller).
function keepPractice(key, response, saved) {
  return serially(async () => {
    const cache = await caches.open(READING);
    const html = await response.clone().text();
    const index = await readIndex(cache);
    const before = index.practices[key];
    const assets = assetsOf(html, saved || (before && before.saved));
    index.practices[key] = {
      url: key,
      title: titleOf(html) || key,
      lang: languageOf(key),
      saved: Boolean(saved || (before && before.saved)),
      time: Date.now(),
      assets: assets,
    };
    await cache.put(key, response);
    const dropped = trimOpened(index);
    await writeIndex(cache, index);
    await keepFiles(cache, assets);
    const old = (before ? before.assets : []).concat(...dropped.map((e) => e.assets));
    await Promise.all(dropped.map((entry) => cache.delete(entry.url)));
    await dropUnused(cache, index, old);
    return index.practices[key];
  });
}

function trimOpened(index) {
  const opened = Object.values(index.practices)
    .filter((entry) => !entry.saved)
    .sort((a, b) => b.time - a.time);
  const dropped = opened.slice(CONFIG.openedKept);
  dropped.forEach((entry) => delete index.practices[entry.url]);
  return dropped;
}

function keepPage(key, response) {
  return serially(async () => {
    const cache = await caches.open(READING);
    const index = await readIndex(cache);
    index.pages[key] = Date.now();
    await cache.put(key, response);
    const old = Object.keys(index.pages)
      .sort((a, b) => index.pages[b] - index.pages[a])
      .slice(CONFIG.pagesKept);
    old.forEach((url) => delete index.pages[url]);
    await writeIndex(cache, index);
    await Promise.all(old.map((url) => cache.delete(url)));
  });
}

function forget(key) {
  return serially(async () => {
    const cache = await caches.open(READING);
    const index = await readIndex(cache);
    const entry = index.practices[key];
    if (!entry) return false;
    delete index.practices[key];
    await writeIndex(cache, index);
    await cache.delete(key);
    await dropUnused(cache, index, entry.assets);
    return true;
  });
}

function remember(key, response) {
  const practice = practiceOf(new URL(key, self.location.origin).pathname);
  if (practice && practice.page && (response.status === 404 || response.status === 410)) {
    return forget(key); // taken off the site: not shown offline either
  }
  if (!isPublic(response)) return Promise.resolve();
  return practice && practice.page ? keepPractice(key, response, false) : keepPage(key, response);
}

// ---- Answers

self.addEventListener("fetch", (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  if (request.method === "POST" && CONFIG.signOut.includes(url.pathname)) {
    event.waitUntil(caches.delete(READING));
    return;
  }
  if (request.method !== "GET" || url.pathname.startsWith("/admin/") || url.pathname.startsWith("/api/")) {
    return;
  }
  if (request.mode === "navigate") {
    event.respondWith(navigate(event, keyOf(request.url)));
  } else if (url.pathname.startsWith(CONFIG.staticPrefix)) {
    event.respondWith(staticFile(request));
  } else if (url.pathname.startsWith("/media/") || (practiceOf(url.pathname) || {}).pdf) {
    event.respondWith(file(request, keyOf(request.url)));
  }
});

async function navigate(event, key) {
  try {
    const response = await fetch(event.request);
    event.waitUntil(remember(key, response.clone()));
    return response;
  } catch (error) {
    const kept = await caches.match(key, { cacheName: READING });
    if (kept) return kept;
    const path = new URL(key, self.location.origin).pathname;
    return caches.match(CONFIG.offline[languageOf(path)], { cacheName: STATIC });
  }
}

async function staticFile(request) {
  const cache = await caches.open(STATIC);
  const kept = await cache.match(request);
  if (kept) return kept;
  try {
    const response = await fetch(request);
    if (response.ok) await cache.put(request, response.clone());
    return response;
  } catch (error) {
    return (await sameFileOtherRelease(cache, request.url)) || Response.error();
  }
}

// A page kept before a release names the files of that release ("site.3f2a….css"): without a
// connection, the same file of this release stands in.
async function sameFileOtherRelease(cache, url) {
  const unversioned = (u) => new URL(u).pathname.replace(/\.[0-9a-f]{12}(\.[^./]+)$/, "$1");
  const wanted = unversioned(url);
  for (const request of await cache.keys()) {
    if (unversioned(request.url) === wanted) return cache.match(request);
  }
  return null;
}

async function file(request, key) {
  try {
    return await fetch(request);
  } catch (error) {
    const cache = await caches.open(READING);
    const kept = (await cache.match(key)) || (await cache.match(otherSize(key)));
    return kept || Response.error();
  }
}

// Offline, a photo kept in its small size stands in for a larger one.
function otherSize(key) {
  return key.replace(/-\d+\.(webp|jpg)$/, "-320.webp");
}

// ---- Messages from the pages (static/js/offline.js)

self.addEventListener("message", (event) => {
  const port = event.ports[0];
  const message = event.data || {};
  const handlers = { opened, save, remove, list, refresh };
  const handler = handlers[message.type];
  if (!handler || !port) return;
  event.waitUntil(
    handler(keyOf(message.url || "/")).then(
      (answer) => port.postMessage(answer),
      () => port.postMessage({ ok: false }),
    ),
  );
});

// A practice page opened before this worker took charge of it.
async function opened(key) {
  const index = await readIndex(await caches.open(READING));
  if (index.practices[key]) return list();
  // With the reader's own cookies: a signed-in reader's page is not marked, so not kept.
  const response = await fetch(key, { cache: "no-cache" });
  await remember(key, response);
  return list();
}

// Saved: the page as anyone reads it (no cookies), so a saved copy is always the public one.
async function save(key) {
  let response = null;
  try {
    response = await fetch(key, { credentials: "omit", cache: "no-cache" });
  } catch (error) {
    return markSaved(key);
  }
  if (!isPublic(response)) return { ok: false };
  return { ok: true, entry: await keepPractice(key, response, true) };
}

function markSaved(key) {
  return serially(async () => {
    const cache = await caches.open(READING);
    const index = await readIndex(cache);
    const entry = index.practices[key];
    if (!entry) return { ok: false };
    entry.saved = true;
    await writeIndex(cache, index);
    return { ok: true, entry };
  });
}

async function remove(key) {
  return { ok: await forget(key) };
}

// After the changes under way, so that a page kept a moment ago is listed.
function list() {
  return serially(async () => {
    const index = await readIndex(await caches.open(READING));
    const entries = Object.values(index.practices).sort((a, b) => b.time - a.time);
    return { ok: true, practices: entries };
  });
}

// The saved practices asked again (a 304 when unchanged): an online visit to the list
// brings every saved copy up to date.
async function refresh() {
  const { practices } = await list();
  for (const entry of practices.filter((e) => e.saved)) {
    try {
      const response = await fetch(entry.url, { credentials: "omit", cache: "no-cache" });
      if (isPublic(response) || response.status === 404 || response.status === 410) {
        if (isPublic(response)) await keepPractice(entry.url, response, true);
        else await forget(entry.url);
      }
    } catch (error) {
      break; // no connection: the copies stay as they are
    }
  }
  return list();
}
