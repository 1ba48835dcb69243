"""Cache keys and cached counts of the public pages.

Page fragments are cached with keys that carry the language, the reader's audience (public or
DELGOSEA network) and the public revision, which rises on every change, so a page is never
served to an audience it was not made for, nor after the site changed. Counts of filtered
pages and searches are cached apart from the fragments, under keys without the language, for
every page and language to share; the overview of everything an audience may see is read from
the database (practices/search/overview.py). Whole pages of readers without a session are kept
under `page_key` (practices/views/conditional.py serves them and their validators).
"""

import hashlib
import threading
import time
from collections import OrderedDict
from pathlib import Path

from django.conf import settings
from django.core.cache import cache
from django.db import DEFAULT_DB_ALIAS, connections
from django.db.models import Subquery
from django.templatetags.static import static
from django.utils.translation import get_language

from practices import audience, request_facts
from practices.models import PublicRevision, SiteIdentity
from practices.search import overview as overviews

# Counts are keyed by the revision, so they never go stale; the time only bounds their memory.
COUNTS_SECONDS = 24 * 3600
FRAGMENT_SECONDS = 3600
PAGE_SECONDS = 3600
DEFAULT_LOGO = "img/logo.svg"


def _code_version():
    """A digest of the templates, translations and code, and the time the newest of them
    changed: a new release changes every whole-page key and validator, so no reader keeps a
    page of the release before."""
    digest, newest = hashlib.sha1(), 0
    for folder in ("templates", "locale", "practices", "static"):
        for path in sorted(Path(settings.BASE_DIR, folder).rglob("*")):
            if path.is_file() and path.suffix not in {".pyc", ".po"}:
                stat = path.stat()
                digest.update(f"{path}:{stat.st_mtime_ns}:{stat.st_size}".encode())
                newest = max(newest, int(stat.st_mtime))
    return digest.hexdigest()[:8], newest


CODE_VERSION, CODE_TIME = _code_version()


def revision(request):
    """The public revision, read once per request, with the uploaded logo's file name (saving
    the logo raises the revision, so whole pages kept by it show the new one)."""
    facts = request_facts.of(request)
    if facts.revision is None:
        facts.revision, facts.changed_at, logo = _revision_row() or (0, None, "")
        facts.logo = logo or ""
    return facts.revision


_compiled = {}


def _revision_row():
    """(number, changed_at, logo) in one query. Every kept page reads it, and building the
    statement with the ORM took longer than running it: it is compiled once per process, and
    its values converted as the ORM would.

    The one place the portal drives Django's SQL compiler itself (`get_compiler`, `as_sql`,
    `results_iter(results=...)`), which Django does not document as public:
    tests/test_conditional.py compares its answer with the ORM's, so that a Django upgrade
    that changes them fails there first."""
    if DEFAULT_DB_ALIAS not in _compiled:
        logo = SiteIdentity.objects.filter(pk=1).values("logo")
        rows = PublicRevision.objects.values_list("number", "changed_at", Subquery(logo))
        compiler = rows.order_by("pk")[:1].query.get_compiler(DEFAULT_DB_ALIAS)
        _compiled[DEFAULT_DB_ALIAS] = (compiler, *compiler.as_sql())
    compiler, sql, params = _compiled[DEFAULT_DB_ALIAS]
    with connections[DEFAULT_DB_ALIAS].cursor() as cursor:
        cursor.execute(sql, params)
        rows = cursor.fetchall()
    return next(iter(compiler.results_iter(results=[rows], tuple_expected=True)), None)


def last_modified(request):
    """When what a public page shows last changed, in whole seconds since the epoch: the
    public revision's time, or the release's, whichever is later."""
    revision(request)
    changed = request_facts.of(request).changed_at
    return max(int(changed.timestamp()) if changed else 0, CODE_TIME)


def logo_url(request):
    """The address of the logo the coordinator uploaded, or of the neutral one, without a
    query of its own."""
    revision(request)
    if logo := request_facts.of(request).logo:
        return SiteIdentity(logo=logo).logo.url
    return static(DEFAULT_LOGO)


def cache_context(request, *parts):
    """Template variables that make up a fragment's cache key."""
    digest = hashlib.sha1("|".join(map(str, parts)).encode()).hexdigest()[:16]
    reader = audience.of_request(request)
    return {
        "cache_key": f"{get_language()}:{reader}:{revision(request)}:{digest}",
        "cache_seconds": FRAGMENT_SECONDS,
    }


def page_key(request, extra=""):
    """Key of a whole page for a reader who carries no session cookie (so reads the public site
    and sees nothing personal): language, audience, public revision, release, address and
    `extra` (the day, for a page that follows the calendar). None for everyone else, whose
    pages are made afresh."""
    if request.method not in ("GET", "HEAD") or settings.SESSION_COOKIE_NAME in request.COOKIES:
        return None
    digest = hashlib.sha1(f"{request.get_full_path()}|{extra}".encode()).hexdigest()[:20]
    reader = audience.of_request(request)
    # The revision's time too: a number seen again after a restore names another state.
    number, changed = revision(request), request_facts.of(request).changed_at
    changed = changed.timestamp() if changed else 0
    return f"page:{get_language()}:{reader}:{number}:{changed}:{CODE_VERSION}:{digest}"


## KEPT IN THE PROCESS TOO

# Whole pages and their compressed forms are named by what they hold (revision, release,
# address), so a copy in the worker's memory is never stale by content; it still expires soon,
# as pages that show today's events change with the date (so the shared copy's hour becomes
# at most NEAR_SECONDS more). Reading it spares the shared cache's round trip and the
# unpickling of the page.
NEAR_ENTRIES = 64
NEAR_SECONDS = 300
_near = OrderedDict()
_near_lock = threading.Lock()


def kept(key):
    """The value kept under `key`, from this process's memory or the shared cache; or None."""
    with _near_lock:
        entry = _near.get(key)
        if entry is not None and entry[0] > time.monotonic():
            _near.move_to_end(key)
            return entry[1]
    value = cache.get(key)
    if value is not None:
        _remember(key, value)
    return value


def keep(key, value):
    cache.set(key, value, PAGE_SECONDS)
    _remember(key, value)


def forget_kept():
    """Empty this process's copies (with the shared cache, when tests start afresh)."""
    with _near_lock:
        _near.clear()


def _remember(key, value):
    with _near_lock:
        _near[key] = (time.monotonic() + NEAR_SECONDS, value)
        _near.move_to_end(key)
        while len(_near) > NEAR_ENTRIES:
            _near.popitem(last=False)


def counted(request, name, compute):
    """compute(), kept for this audience until the next publication, in every language."""
    key = f"counts:{name}:{audience.of_request(request)}:{revision(request)}"
    value = cache.get(key)
    if value is None:
        value = compute()
        cache.set(key, value, COUNTS_SECONDS)
    return value


def overview(request):
    """{"facets", "figures"} over everything this reader may see."""

    def build():
        return overviews.read(audience.of_request(request), revision(request))

    return counted(request, "shared", build)
