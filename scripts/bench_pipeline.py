"""Speed of the coordinator's pipeline figures on a database filled with synthetic practices.

    DATABASE_URL=postgres://... .venv/bin/python scripts/bench_pipeline.py [--repeat 10]

Fill the database first: `manage.py migrate && manage.py generate_practices --count 10000 &&
manage.py generate_curation_history` (the steps, scorings and enquiries the figures read).
Reports, in-process with Django's test client signed in as a coordinator: the page, the page
filtered by a year, and the workbook, each its median and slowest time and its query count.
"""

import argparse
import os
import statistics
import sys
import time
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
from django.contrib.auth import get_user_model  # noqa: E402
from django.contrib.auth.models import Group  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402

from practices.models import Enquiry, Practice, Scoring, StageChange  # noqa: E402

URLS = [
    "/admin/practices/practice/pipeline/",
    "/admin/practices/practice/pipeline/?year=2020",
    "/admin/practices/practice/pipeline.xlsx",
]


def coordinator():
    user, _made = get_user_model().objects.get_or_create(
        username="bench-coordinator", defaults={"is_staff": True}
    )
    user.groups.add(Group.objects.get(name="Coordinator"))
    return user


def timed(client, url, repeat):
    times = []
    for _ in range(repeat + 1):  # the first one warms up
        start = time.perf_counter()
        with CaptureQueriesContext(connection) as queries:
            response = client.get(url)
            if response.streaming:
                for _chunk in response.streaming_content:
                    pass
        times.append(time.perf_counter() - start)
        assert response.status_code == 200, (url, response.status_code)
    return statistics.median(times[1:]), max(times[1:]), len(queries.captured_queries)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=10)
    repeat = parser.parse_args().repeat
    # The admin's stylesheets without a collected manifest.
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }
    client = Client(headers={"accept-language": "en"})
    client.force_login(coordinator())
    print(
        f"{Practice.objects.count()} practices, {StageChange.objects.count()} steps, "
        f"{Scoring.objects.count()} scorings, {Enquiry.objects.count()} enquiries; "
        f"{connection.vendor}, {repeat} requests each"
    )
    for url in URLS:
        median, slowest, queries = timed(client, url, repeat)
        times = f"median {median * 1000:.0f} ms, slowest {slowest * 1000:.0f} ms"
        print(f"{url}: {times}, {queries} queries")


if __name__ == "__main__":
    main()
