"""Speed of the API and the exports on a database already filled with synthetic practices.

    DATABASE_URL=postgres://... .venv/bin/python scripts/bench_open_data.py [--repeat 40]

Fill the database first: `manage.py migrate && manage.py load_admin_units &&
manage.py load_reference_data && manage.py generate_practices --count 10000`.
Reports, in-process (Django's test client, caches emptied before every request, throttles
lifted): the API's median and p95 for the practices list, a filtered list, a search and a
practice, and for replications and events when the database holds some (`manage.py
generate_replications --count 2000`); then each export of every published public practice:
time to the last byte, the peak of Python's allocations (tracemalloc) and the rise of the
process's resident memory.
"""

import argparse
import os
import resource
import statistics
import sys
import time
import tracemalloc
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "glgp.settings")
os.environ.setdefault("DEBUG", "0")
os.environ.setdefault("SECRET_KEY", "bench-" + "x" * 50)
os.environ.setdefault("HTTPS", "0")
os.environ.setdefault("ALLOWED_HOSTS", "testserver")

import django

django.setup()

from django.conf import settings  # noqa: E402
from django.core.cache import cache  # noqa: E402
from django.test import Client  # noqa: E402

from practices import audience  # noqa: E402
from practices.models import PracticePlace, Theme  # noqa: E402


def timed(client, url, repeat):
    times = []
    for _ in range(repeat):
        cache.clear()
        start = time.perf_counter()
        response = client.get(url)
        if response.streaming:
            for _chunk in response.streaming_content:
                pass
        times.append(time.perf_counter() - start)
        assert response.status_code == 200, (url, response.status_code)
    times.sort()
    return statistics.median(times), times[int(0.95 * (len(times) - 1))]


def rss_mb():
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=40)
    args = parser.parse_args()
    settings.API_RATE_LIMIT = settings.EXPORT_RATE_LIMIT = 10**9
    public = audience.published_for(audience.PUBLIC)
    print(f"published public practices: {public.count()}")
    practice = public.order_by("-pk").first()
    theme = Theme.objects.filter(practices__in=public).first()
    place = PracticePlace.objects.filter(unit__level=1).values_list("unit__code", flat=True)[0]
    client = Client()
    api = {
        "API list": "/api/v1/practices/",
        "API filtered list (theme + province)": (
            f"/api/v1/practices/?theme={theme.slug}&province={place}"
        ),
        "API search": "/api/v1/practices/?q=budget",
        "API detail": f"/api/v1/practices/{practice.slug}/",
        "API places (provinces, counts)": "/api/v1/places/?level=1&page_size=25",
    }
    replication = audience.replications_for(audience.PUBLIC).order_by("-pk").first()
    event = audience.events_for(audience.PUBLIC).order_by("-pk").first()
    if replication is not None:
        api["API replications"] = "/api/v1/replications/"
        api["API replications, a stage and a province"] = (
            f"/api/v1/replications/?stage={replication.stage}&province={place}"
        )
        api["API replication"] = f"/api/v1/replications/{replication.slug}/"
    if event is not None:
        api["API past events"] = "/api/v1/events/?when=past"
        api["API event"] = f"/api/v1/events/{event.slug}/"
    for name, url in api.items():
        median, p95 = timed(client, url, args.repeat)
        print(f"{name:40} median {median * 1000:7.1f} ms  p95 {p95 * 1000:7.1f} ms")
    for fmt in ("csv", "json", "xlsx"):
        url = f"/en/practices/download.{fmt}?lang=both"
        _median, seconds = timed(client, url, 1)
        before = rss_mb()
        tracemalloc.start()
        start = time.perf_counter()
        response = client.get(url)
        size = 0
        for chunk in response.streaming_content:
            size += len(chunk)
        elapsed = time.perf_counter() - start
        peak = tracemalloc.get_traced_memory()[1] / 2**20
        tracemalloc.stop()
        print(
            f"export {fmt:5} {size / 2**20:6.1f} MB in {seconds:5.2f} s "
            f"({elapsed:5.2f} s under tracemalloc), "
            f"traced peak {peak:5.1f} MB, RSS rise {rss_mb() - before:5.1f} MB"
        )


if __name__ == "__main__":
    main()
