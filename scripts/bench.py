"""Speed of the public pages at 10,000 and 100,000 practices (and a fifth as many replications).

    .venv/bin/python scripts/bench.py [--sizes 10000,100000] [--sqlite-sizes 10000]
                                      [--repeat 40] [--seconds 10] [--skip-load] [--reuse]

For each database and size it fills a benchmark database with synthetic practices
(generate_practices), then reports:
  * server time (median, p95) of home, browse, browse with three filters, a deep browse page,
    browse by years (alone, and with a theme), a practice page, and Khmer and English searches
    for a rare and a very common word,
    measured in-process "cold" (caches emptied before every request: the first request after a
    publication), "fresh" (caches emptied, then the same page served once in the other language:
    a page not yet cached since the publication, when the counts of that publication are) and
    "warm";
  * the time to publish a practice, counts rebuilt included;
  * the number of queries of the browse page, cold and warm;
  * throughput and p95 latency of the browse page under gunicorn (2 sync workers) with 4 and
    16 concurrent clients on loopback, beside a bare Django view served by the same gunicorn.
PostgreSQL runs use the database named by BENCH_DATABASE_URL
(default postgres://postgres@127.0.0.1:5432/glgp_bench), which must be UTF-8.
"""

import argparse
import json
import os
import re
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path

# Run as `python scripts/bench.py` (and served as `bench`): this folder is on sys.path.
from serving import gunicorn

ROOT = Path(__file__).resolve().parent.parent
PG_URL = os.environ.get("BENCH_DATABASE_URL", "postgres://postgres@127.0.0.1:5432/glgp_bench")
BARE_PATH = "/bench-bare/"


def environment(database_url, var_dir):
    env = {k: v for k, v in os.environ.items() if k not in {"DATABASE_URL"}}
    env.update(
        {
            "DEBUG": "0",
            "HTTPS": "0",
            "ALLOWED_HOSTS": "127.0.0.1,localhost,testserver",
            "SECRET_KEY": "bench-" + "x" * 50,
            "LOG_LEVEL": "WARNING",
            "GLGP_VAR_DIR": str(var_dir),
            "STATIC_ROOT": str(var_dir / "static"),
        }
    )
    if database_url:
        env["DATABASE_URL"] = database_url
    return env


def manage(env, *args):
    subprocess.run([sys.executable, "manage.py", *args], cwd=ROOT, env=env, check=True)


def prepare(env, size, reuse=False):
    manage(env, "collectstatic", "--noinput", "-v0")
    manage(env, "migrate", "--noinput", "-v0")
    if reuse and practice_count(env) == size:
        return  # generating 100,000 practices takes minutes; the data need not change
    manage(env, "load_admin_units")
    manage(env, "generate_practices", "--delete", "--count", str(size))
    manage(env, "generate_replications", "--delete", "--count", str(size // 5))


def practice_count(env):
    code = "from practices.models import Practice; print(Practice.objects.count())"
    output = subprocess.run(
        [sys.executable, "manage.py", "shell", "-c", code],
        cwd=ROOT,
        env=env,
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    return int(output.split()[-1])


## IN-PROCESS SERVER TIME (run in a child process with Django set up)


def measure(repeat):
    import django

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "glgp.settings")
    django.setup()
    from django.core.cache import cache
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    from practices import audience
    from practices.models import Practice, PracticePlace, Theme

    client = Client()
    theme = Theme.objects.order_by("pk").first().slug
    province = PracticePlace.objects.filter(level=1).values_list("unit__code", flat=True)[0]
    slug = audience.published_for(audience.PUBLIC).order_by("pk").values_list("slug", flat=True)[5]
    visible = audience.published_for(audience.PUBLIC).count()
    deep = max(1, visible // 20 // 2)
    replication = audience.replications_for(audience.PUBLIC).order_by("pk")[5]
    adopted = Practice.objects.filter(replications__visibility="public").order_by("pk")[0].slug
    event = audience.events_for(audience.PUBLIC).order_by("pk").values_list("slug", flat=True)[5]
    pages = {
        "home": "/en/",
        "browse": "/en/practices/",
        "browse, 3 filters": f"/en/practices/?theme={theme}&province={province}&status=ongoing",
        f"browse, page {deep}": f"/en/practices/?page={deep}",
        "browse, years": "/en/practices/?year_from=2020",
        "browse, theme and years": f"/en/practices/?theme={theme}&year_from=2015&year_to=2018",
        "practice": f"/en/practices/{slug}/",
        "search km rare": "/km/practices/?q=ដំរីព្រៃ",
        "search km common": "/km/practices/?q=ការចូលរួម",
        "search en rare": "/en/practices/?q=elephants",
        "search en common": "/en/practices/?q=budget",
        "replications": "/en/replications/",
        "replications, 2 filters": f"/en/replications/?stage=completed&province={province}",
        "replication": f"/en/replications/{replication.slug}/",
        "practice with adopters": f"/en/practices/{adopted}/",
        "events, past": "/en/events/?when=past",
        "event": f"/en/events/{event}/",
        "events calendar": "/en/feeds/events.ics",
    }
    results = {"visible practices": visible}
    for name, url in pages.items():
        other = ("/km/" if url.startswith("/en/") else "/en/") + url[4:]
        # Untimed: the process's first request of a page loads its templates and catalogues,
        # once per process, not once per publication.
        client.get(url)
        client.get(other)
        for mode in ("cold", "fresh", "warm"):
            times = []
            for _ in range(repeat):
                if mode in {"cold", "fresh"}:
                    cache.clear()
                if mode == "fresh":
                    client.get(other)
                started = time.perf_counter()
                response = client.get(url)
                times.append((time.perf_counter() - started) * 1000)
                assert response.status_code == 200, (url, response.status_code)
            times.sort()
            results[f"{name} [{mode}]"] = _summary(times)
    results["publish a practice"] = _publication_times(max(3, repeat // 4))
    for mode in ("cold", "warm"):
        if mode == "cold":
            cache.clear()
        with CaptureQueriesContext(connection) as captured:
            client.get("/en/practices/?theme=" + theme)
        results[f"browse queries [{mode}]"] = len(captured)
    print("BENCH-JSON " + json.dumps(results, ensure_ascii=False))


def _publication_times(repeat):
    """Publishing a draft: its save, its search document and the counts after the commit
    (what the coordinator waits for), then unpublished again, untimed."""
    from django.db import transaction

    from practices.models import Practice, Stage

    draft = Practice.objects.filter(stage=Stage.DOCUMENTING, is_sample=True).order_by("pk")[0]
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        with transaction.atomic():
            draft.stage = Stage.PUBLISHED
            draft.save()
        times.append((time.perf_counter() - started) * 1000)
        draft.stage = Stage.DOCUMENTING
        draft.save()
    return _summary(sorted(times))


def _summary(times):
    p95 = times[min(len(times) - 1, round(0.95 * (len(times) - 1)))]
    return {"median_ms": round(statistics.median(times), 1), "p95_ms": round(p95, 1)}


## UNDER GUNICORN


def application(environ, start_response):
    """The portal plus a bare Django view, for the throughput comparison."""
    global _wsgi
    if _wsgi is None:
        from django.core.wsgi import get_wsgi_application
        from django.http import HttpResponse
        from django.urls import path

        _wsgi = get_wsgi_application()
        import glgp.urls

        glgp.urls.urlpatterns.insert(0, path(BARE_PATH[1:], lambda r: HttpResponse("ok")))
    return _wsgi(environ, start_response)


_wsgi = None


BROWSER = {"Accept-Encoding": "gzip, deflate, br"}


def load(url, clients, seconds, headers=None):
    results, lock = [], threading.Lock()
    stop_at = time.monotonic() + seconds

    def client():
        while time.monotonic() < stop_at:
            started = time.perf_counter()
            try:
                request = urllib.request.Request(url, headers=headers or {})
                with urllib.request.urlopen(request, timeout=30) as response:
                    response.read()
                    ok = response.status == 200
            except (urllib.error.HTTPError, OSError):
                ok = False
            with lock:
                results.append((ok, (time.perf_counter() - started) * 1000))

    threads = [threading.Thread(target=client) for _ in range(clients)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    times = sorted(t for _, t in results)
    return {
        "requests_per_s": round(len(results) / seconds, 1),
        "p95_ms": _summary(times)["p95_ms"],
        "errors": sum(1 for ok, _ in results if not ok),
    }


def throughput(env, seconds):
    with gunicorn(
        {**env, "DJANGO_SETTINGS_MODULE": "glgp.settings"},
        app="bench:application",
        workers=2,
        ready=BARE_PATH,
        args=["--pythonpath", f"{ROOT},{ROOT / 'scripts'}"],
    ) as base:
        urllib.request.urlopen(base + "/en/practices/", timeout=30).read()  # warm the caches
        report = {}
        for clients in (4, 16):
            for name, path, headers in (
                ("browse", "/en/practices/", None),
                ("browse, compressed", "/en/practices/", BROWSER),
                ("bare view", BARE_PATH, None),
            ):
                report[f"{name}, {clients} clients"] = load(base + path, clients, seconds, headers)
        report.update(transfer(base))
        return report


def transfer(base):
    """Bytes on the wire (status line and headers included) of the Khmer practice page: a first
    visit, and a return visit that sends the validator back."""
    listing = urllib.request.urlopen(base + "/km/practices/", timeout=30).read().decode()
    slug = re.search(r'href="/km/practices/([^/"?]+)/"', listing)[1]
    url = f"{base}/km/practices/{slug}/"
    first = _fetch(url, BROWSER)
    again = _fetch(url, {**BROWSER, "If-None-Match": first[1].get("ETag", "")})
    return {
        "Khmer practice page, first visit": f"{first[2]:,} bytes ({first[0]}, "
        f"{first[1].get('Content-Encoding', 'uncompressed')})",
        "Khmer practice page, return visit": f"{again[2]:,} bytes ({again[0]})",
    }


def _fetch(url, headers):
    request = urllib.request.Request(url, headers=headers)
    try:
        response = urllib.request.urlopen(request, timeout=30)
    except urllib.error.HTTPError as answer:  # a 304 arrives as an "error"
        response = answer
    body = response.read()
    head = f"HTTP/1.1 {response.status}\r\n" + "".join(
        f"{k}: {v}\r\n" for k, v in response.headers.items()
    )
    return response.status, dict(response.headers.items()), len(head) + 2 + len(body)


def run(label, database_url, size, args):
    var_dir = Path(tempfile.gettempdir()) / "glgp-bench" / label
    var_dir.mkdir(parents=True, exist_ok=True)
    env = environment(database_url, var_dir)
    started = time.monotonic()
    prepare(env, size, args.reuse)
    print(f"\n== {label}: {size:,} practices (prepared in {time.monotonic() - started:.0f} s)")
    output = subprocess.run(
        [sys.executable, __file__, "--measure", "--repeat", str(args.repeat)],
        cwd=ROOT,
        env=env,
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    figures = json.loads(output.split("BENCH-JSON ", 1)[1])
    for name, value in figures.items():
        print(f"  {name:32} {value}")
    if not args.skip_load:
        for name, value in throughput(env, args.seconds).items():
            print(f"  {name:32} {value}")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="10000,100000", help="PostgreSQL sizes")
    parser.add_argument("--sqlite-sizes", default="10000")
    parser.add_argument("--repeat", type=int, default=40)
    parser.add_argument("--seconds", type=int, default=10)
    parser.add_argument("--skip-load", action="store_true")
    parser.add_argument(
        "--reuse", action="store_true", help="keep the data if the database holds SIZE practices"
    )
    parser.add_argument("--measure", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.measure:
        return measure(args.repeat)
    for size in filter(None, args.sizes.split(",")):
        run(f"postgresql-{size}", PG_URL, int(size), args)
    for size in filter(None, args.sqlite_sizes.split(",")):
        run(f"sqlite-{size}", None, int(size), args)


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    main()
