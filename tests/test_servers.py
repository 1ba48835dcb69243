"""Two portal instances behind one PostgreSQL database and one Redis behave as one portal.

Instances A and B (gunicorn, two workers each) and two task workers run as production does:
DEBUG off, the cache in Redis, background tasks queued in the database, one trusted proxy
(PROXY_COUNT=1; each phase speaks as its own client address in X-Forwarded-For). The test
shows what a visitor or curator would notice if the instances kept anything to themselves.

PostgreSQL only (DATABASE_URL), and Redis: `make system-deps` installs redis-server, which
the test starts on a free port (or uses TEST_REDIS_URL, a Redis it may empty). Its figures
are printed; `.ci/run` runs it.
"""

import http.client
import http.cookiejar
import os
import re
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from concurrent.futures import ThreadPoolExecutor

import pytest
import redis
from django.contrib.auth.hashers import PBKDF2PasswordHasher
from django.db import connection
from django.tasks import TaskResultStatus
from django.test import Client
from django_tasks_db.models import DBTaskResult

from practices.models import Practice, Stage
from tests import servers
from tests.admin_forms import change_form_data
from tests.factories import make_member, make_ready_practice, make_theme

pytestmark = [
    pytest.mark.servers,
    pytest.mark.needs("redis"),
    pytest.mark.django_db(transaction=True),
]
PASSWORD = "pw-for-tests-only"
TITLE = "Quokka water kiosks"
SEARCH_LIMIT = 120


class Browser:
    """Cookies, a client address behind the proxy, and no exception for an error status."""

    def __init__(self, address):
        self.address = address
        self.jar = http.cookiejar.CookieJar()
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(self.jar))

    def request(self, url, data=None):
        body = urllib.parse.urlencode(data, doseq=True).encode() if data is not None else None
        request = urllib.request.Request(url, data=body)
        request.add_header("X-Forwarded-For", self.address)
        request.add_header("Accept-Language", "en")
        try:
            with self.opener.open(request, timeout=30) as response:
                return response.status, response.url, response.read().decode()
        except urllib.error.HTTPError as error:
            return error.code, url, error.read().decode()

    def get(self, url):
        return self.request(url)

    def token(self, url):
        """The CSRF token of the form on the page at `url`."""
        return re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', self.get(url)[2])[1]

    def post_form(self, url, data):
        """POST as the page's form would, with the CSRF token the page carries."""
        return self.request(url, {**data, "csrfmiddlewaretoken": self.token(url)})


def login(browser, base, username, password=PASSWORD):
    form = {"username": username, "password": password, "next": "/admin/"}
    return browser.post_form(base + "/admin/login/", form)[0]


@pytest.fixture
def portal(live_env):
    env, sink = live_env
    a = servers.Portal(env).start()
    b = servers.Portal(env).start()
    workers = [servers.Worker(env).start(), servers.Worker(env).start()]
    yield a, b, sink
    for process in (*workers, a, b):
        process.stop()


@pytest.fixture
def live_env(tmp_path, settings, collected_static):
    if connection.vendor != "postgresql":
        pytest.skip("the two-instance test runs on PostgreSQL (set DATABASE_URL)")

    redis_url = os.environ.get("TEST_REDIS_URL")
    own_redis = None if redis_url else servers.Redis().start()
    redis_url = redis_url or own_redis.url
    redis.Redis.from_url(redis_url).flushdb()
    sink = servers.SmtpSink().start()
    db = connection.settings_dict
    env = {
        **os.environ,
        "DEBUG": "0",
        "HTTPS": "0",
        "SECRET_KEY": "two-instances-" + "s" * 50,
        "ALLOWED_HOSTS": "127.0.0.1",
        "DATABASE_URL": f"postgres://{db['USER']}@{db['HOST'] or '127.0.0.1'}:"
        f"{db['PORT'] or 5432}/{db['NAME']}",
        "REDIS_URL": redis_url,
        "BACKGROUND_TASKS": "database",
        "PROXY_COUNT": "1",
        "SEARCH_RATE_LIMIT": str(SEARCH_LIMIT),
        "EMAIL_HOST": "127.0.0.1",
        "EMAIL_PORT": str(sink.port),
        "EMAIL_USE_TLS": "0",
        "COORDINATOR_EMAILS": "desk@example.org",
        "STATIC_ROOT": str(collected_static),
        "MEDIA_ROOT": str(tmp_path / "media"),
        "OPEN_DATA_ROOT": str(tmp_path / "opendata"),
        "LOG_LEVEL": "WARNING",
    }
    yield env, sink
    sink.stop()
    if own_redis:
        own_redis.stop()


def coordinator():
    """A coordinator whose password the servers (production's hashers) can check; also a
    superuser, since a transactional test run before may have emptied the roles' permissions."""
    user = make_member("Coordinator", email="coordinator@example.org", is_superuser=True)
    user.password = PBKDF2PasswordHasher().encode(PASSWORD, "salt-for-tests")
    user.save()
    return user


def publish_form(user, practice):
    """The change form's data as the admin renders it, with the Publish button pressed."""
    client = Client(HTTP_ACCEPT_LANGUAGE="en")
    user.refresh_from_db()  # signing in on a server upgraded the password's hash
    client.force_login(user)
    page = client.get(f"/admin/practices/practice/{practice.pk}/change/")
    assert page.status_code == 200
    return change_form_data(page, _move_to=Stage.PUBLISHED)


def public_view(base, browser):
    """What B shows of the practice: on browse, in search, in the home's count, in the feed."""
    browse = browser.get(base + "/en/practices/")[2]
    search = browser.get(base + "/en/practices/?q=quokka")[2]
    home = browser.get(base + "/en/")[2]
    feed = browser.get(base + "/en/feeds/practices.rss")[2]
    count = re.search(r"Published practices</dt><dd>(\d+)</dd>", home)[1]
    return (TITLE in browse, TITLE in search, count, TITLE in feed)


def report(figures, line):
    figures.append(line)


def test_two_instances_behave_as_one_portal(portal, admin_units, capsys):
    a, b, sink = portal
    figures = []
    user = coordinator()
    practice = make_ready_practice(Stage.IN_REVIEW, title_en=TITLE, slug="quokka-kiosks")

    # A practice published through A shows on B's pages at once (B's caches were warm).
    reader = Browser("198.51.100.10")
    assert public_view(b.base, reader) == (False, False, "0", False)
    curator = Browser("198.51.100.11")
    assert login(curator, a.base, user.username) == 200
    change = f"{a.base}/admin/practices/practice/{practice.pk}/change/"
    form = {**publish_form(user, practice), "csrfmiddlewaretoken": curator.token(change)}
    started = time.monotonic()
    status, _url, _html = curator.request(change, form)
    report(figures, f"publish through A: {status} in {time.monotonic() - started:.2f} s")
    assert Practice.objects.get(pk=practice.pk).stage == Stage.PUBLISHED
    assert public_view(b.base, reader) == (True, True, "1", True)

    # The session made on A works on B.
    status, url, html = curator.get(b.base + "/admin/")
    assert (status, url.endswith("/admin/practices/practice/dashboard/")) == (200, True)
    assert "Coordinator&#x27;s desk" in html or "Coordinator's desk" in html

    # 300 searches within a minute across both instances: exactly the limit is answered.
    searcher = Browser("198.51.100.12")
    urls = [(a.base, b.base)[n % 2] + f"/en/practices/?q=kiosk{n % 7}" for n in range(300)]
    started = time.monotonic()
    with ThreadPoolExecutor(8) as pool:
        statuses = list(pool.map(lambda url: searcher.get(url)[0], urls))
    seconds = time.monotonic() - started
    counted = {code: statuses.count(code) for code in sorted(set(statuses))}
    report(figures, f"300 searches across A and B in {seconds:.1f} s: {counted}")
    assert counted == {200: SEARCH_LIMIT, 429: 300 - SEARCH_LIMIT}

    # Five failed sign-ins spread over both lock the account on both.
    intruder = Browser("198.51.100.13")
    failures = [login(intruder, (a, b)[n % 2].base, user.username, "wrong") for n in range(5)]
    assert failures == [200, 200, 200, 200, 429]
    assert (login(intruder, a.base, user.username), login(intruder, b.base, user.username)) == (
        429,
        429,
    )

    # A nomination's mail is delivered once by the workers, although two run.
    nominator = Browser("198.51.100.14")
    nomination = {
        "title": "Clean market days",
        "province": admin_units.get(code="07").pk,
        "place": "Kampong Bay",
        "theme": make_theme(name_en="Waste").pk,
        "description": "Vendors sweep together every Friday; the council collects the waste.",
        "nominator_kind": "citizen",
        "nominator_name": "Srey Mom",
        "email": "mom@example.org",
    }
    started = time.monotonic()
    status, url, _html = nominator.post_form(a.base + "/en/nominate/", nomination)
    answered = time.monotonic() - started
    assert (status, url.endswith("/en/nominate/thanks/")) == (200, True)
    deadline = time.monotonic() + 30
    while not sink.messages and time.monotonic() < deadline:
        time.sleep(0.1)
    delivered = time.monotonic() - started
    time.sleep(3)  # long enough for a second worker to send it again, if it could
    nominations = [
        (message["Subject"], recipients)
        for message, recipients in sink.messages
        if "nomination" in message["Subject"]
    ]
    report(figures, f"nomination answered in {answered:.2f} s, mail delivered in {delivered:.1f} s")
    sent = DBTaskResult.objects.filter(task_path="practices.notifications.deliver")
    assert list(sent.values_list("status", flat=True)) == [TaskResultStatus.SUCCESSFUL]
    assert nominations == [
        (
            "[GLGP] New public nomination: “Clean market days”",
            ["coordinator@example.org", "desk@example.org"],
        )
    ]

    # A dies mid-traffic; B answers every request.
    b_statuses, a_statuses, stop = [], [], threading.Event()

    def traffic(base, statuses, address):
        browser = Browser(address)
        while not stop.is_set():
            try:
                statuses.append(browser.get(base + "/en/practices/quokka-kiosks/")[0])
            # A server killed while it answers may also cut an answer short (IncompleteRead).
            except (OSError, http.client.HTTPException) as error:
                statuses.append(type(error).__name__)

    for server in (a, b) * 4:  # every worker has loaded the page's code once
        assert reader.get(server.base + "/en/practices/quokka-kiosks/")[0] == 200
    threads = [
        threading.Thread(target=traffic, args=(b.base, b_statuses, "198.51.100.15")),
        threading.Thread(target=traffic, args=(a.base, a_statuses, "198.51.100.16")),
    ]
    for thread in threads:
        thread.start()
    time.sleep(3)
    before = len(b_statuses)
    a.kill()
    time.sleep(3)
    stop.set()
    for thread in threads:
        thread.join()
    report(
        figures,
        f"A killed: B answered {len(b_statuses)} requests ({len(b_statuses) - before} after),"
        f" statuses {sorted(set(b_statuses))}; A's last: {a_statuses[-1]}",
    )
    assert (set(b_statuses), len(b_statuses) > before) == ({200}, True)
    assert a_statuses[-1] != 200
    with capsys.disabled():
        print("\n" + "\n".join(figures))
