import os
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest
from django.db import OperationalError, connection
from django.urls import path

from tests.tcp_proxy import TcpProxy

ROOT = Path(__file__).resolve().parent.parent


def boom(request):
    raise RuntimeError("a bug")


def database_gone(request):
    raise OperationalError("server closed the connection unexpectedly")


urlpatterns = [path("boom/", boom), path("db/", database_gone)]
handler500 = "practices.views.errors.server_error"


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("language", "heading"),
    [
        ("en", "Page not found"),
        ("km", "រកមិនឃើញទំព័រ"),
    ],
)
def test_404_page_in_the_visitors_language(client, language, heading):
    response = client.get(f"/{language}/no-such-page/")
    assert response.status_code == 404
    html = response.content.decode()
    assert f'<html lang="{language}">' in html
    assert heading in html


@pytest.fixture
def erring_client(client, settings):
    settings.ROOT_URLCONF = "tests.test_errors"
    client.raise_request_exception = False
    client.defaults["HTTP_ACCEPT_LANGUAGE"] = "en"
    return client


def test_500_reveals_nothing_internal(erring_client):
    response = erring_client.get("/boom/")
    html = response.content.decode()
    assert response.status_code == 500
    assert "Something went wrong" in html
    assert [w for w in ("RuntimeError", "a bug", "Traceback") if w in html] == []


def test_database_failure_is_a_friendly_503(erring_client):
    response = erring_client.get("/db/")
    assert (response.status_code, response["Retry-After"]) == (503, "30")
    assert "cannot reach its database" in response.content.decode()
    assert "server closed" not in response.content.decode()


def get(url):
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            return response.status, response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode()


@pytest.fixture
def portal_behind_a_cuttable_database(django_db_setup, django_db_blocker, tmp_path):
    """gunicorn serving the test database through a TCP proxy the test can cut."""
    if connection.vendor != "postgresql":
        pytest.skip("the database-outage test runs against PostgreSQL")
    db = connection.settings_dict
    proxy = TcpProxy(db["HOST"] or "127.0.0.1", int(db["PORT"] or 5432))
    proxy.start()
    env = {
        **os.environ,
        "DEBUG": "0",
        "HTTPS": "0",
        "SECRET_KEY": "s" * 60,
        "ALLOWED_HOSTS": "127.0.0.1",
        "STATIC_ROOT": str(tmp_path / "static"),
        "DATABASE_URL": f"postgres://{db['USER']}@127.0.0.1:{proxy.port}/{db['NAME']}",
        "DB_CONNECT_TIMEOUT": "2",
    }
    subprocess.run(
        [sys.executable, "manage.py", "collectstatic", "--noinput", "-v0"],
        cwd=ROOT,
        env=env,
        check=True,
    )
    port = 18000 + os.getpid() % 1000
    server = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "gunicorn",
            "glgp.wsgi",
            "--bind",
            f"127.0.0.1:{port}",
            "--workers",
            "1",
            "--log-level",
            "warning",
        ],
        cwd=ROOT,
        env=env,
    )
    base = f"http://127.0.0.1:{port}"
    for _ in range(50):
        try:
            urllib.request.urlopen(base + "/healthz", timeout=1)
            break
        except OSError:
            time.sleep(0.2)
    yield base, proxy
    server.terminate()
    server.wait(timeout=10)
    proxy.stop()


def test_outage_answers_503_and_recovers_by_itself(portal_behind_a_cuttable_database):
    base, proxy = portal_behind_a_cuttable_database
    assert get(base + "/en/")[0] == 200
    proxy.stop()
    status, html = get(base + "/en/")
    assert status == 503
    assert "cannot reach its database" in html
    assert get(base + "/healthz") == (503, "database unreachable\n")
    proxy.start()
    assert get(base + "/healthz") == (200, "ok\n")
    assert get(base + "/en/")[0] == 200


def get_signed_in(url, session_key):
    request = urllib.request.Request(url, headers={"Cookie": f"sessionid={session_key}"})
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status, response.headers.get("Retry-After")
    except urllib.error.HTTPError as error:
        return error.code, error.headers.get("Retry-After")


@pytest.fixture
def coordinator_session(django_db_blocker):
    """The session key of a signed-in coordinator, committed for the server to see."""
    from django.test import Client

    from tests.factories import make_member

    with django_db_blocker.unblock():
        user = make_member("Coordinator")
        client = Client()
        client.force_login(user)
        yield client.cookies["sessionid"].value
        client.logout()
        user.delete()


@pytest.mark.parametrize("address", ["/admin/", "/admin/practices/practice/", "/en/"])
def test_outage_answers_503_to_signed_in_people_too(
    portal_behind_a_cuttable_database, coordinator_session, address
):
    base, proxy = portal_behind_a_cuttable_database
    assert get_signed_in(base + address, coordinator_session) == (200, None)
    proxy.stop()
    assert get_signed_in(base + address, coordinator_session) == (503, "30")
    proxy.start()
    assert get_signed_in(base + address, coordinator_session) == (200, None)
