import contextlib
import os
import urllib.error
import urllib.parse
import urllib.request

import pytest
from django.db import OperationalError, connection
from django.urls import path

from scripts.serving import gunicorn
from tests.tcp_proxy import TcpProxy


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
def erring_client(english_client, settings):
    settings.ROOT_URLCONF = "tests.test_errors"
    english_client.raise_request_exception = False
    return english_client


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
def portal_behind_a_cuttable_database(django_db_setup, django_db_blocker, collected_static):
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
        "STATIC_ROOT": str(collected_static),
        "DATABASE_URL": f"postgres://{db['USER']}@127.0.0.1:{proxy.port}/{db['NAME']}",
        "DB_CONNECT_TIMEOUT": "2",
    }
    try:
        with gunicorn(env, port=18000 + os.getpid() % 1000) as base:
            yield base, proxy
    finally:
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


def signed_in_opener(base, username):
    """A browser-like opener signed in through the real login form (the server's own secret
    key signs the session)."""
    import http.cookiejar
    import re

    jar = http.cookiejar.CookieJar()
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
    form = opener.open(base + "/admin/login/", timeout=10).read().decode()
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', form)[1]
    data = urllib.parse.urlencode(
        {
            "username": username,
            "password": "pw-for-tests-only",
            "csrfmiddlewaretoken": token,
            "next": "/admin/",
        }
    ).encode()
    opener.open(urllib.request.Request(base + "/admin/login/", data=data), timeout=10)
    return opener


def status_of(opener, url):
    try:
        with opener.open(url, timeout=10) as response:
            return response.status, response.url, response.headers.get("Retry-After")
    except urllib.error.HTTPError as error:
        return error.code, url, error.headers.get("Retry-After")


@pytest.fixture
def coordinator(django_db_blocker):
    """A superuser committed for the server to see (these tests run after transactional ones,
    which empty the roles the migrations made), with a password hash the server, which has
    production's hashers and not the tests' fast one, can check."""
    from django.contrib.auth.hashers import PBKDF2PasswordHasher

    from tests.factories import make_user

    with django_db_blocker.unblock():
        user = make_user(is_staff=True, is_superuser=True)
        user.password = PBKDF2PasswordHasher().encode("pw-for-tests-only", "salt-for-tests")
        user.save()
        yield user.username
        from django.contrib.sessions.models import Session

        Session.objects.all().delete()
        user.delete()


# /admin/ opens on the desk: the desk is the page a signed-in curator reads first.
@pytest.mark.parametrize(
    "address", ["/admin/practices/practice/dashboard/", "/admin/practices/practice/", "/en/"]
)
def test_outage_answers_503_to_signed_in_people_too(
    portal_behind_a_cuttable_database, coordinator, address
):
    base, proxy = portal_behind_a_cuttable_database
    opener = signed_in_opener(base, coordinator)
    assert status_of(opener, base + address) == (200, base + address, None)
    proxy.stop()
    assert status_of(opener, base + address) == (503, base + address, "30")
    proxy.start()
    assert status_of(opener, base + address) == (200, base + address, None)


def connection_dropped_after_the_view(request):
    """A signed-in page that succeeds, then loses its database connection before the session
    is saved (the server closed it: a restart, a failover)."""
    from django.db import DatabaseError
    from django.http import HttpResponse

    assert request.user.is_authenticated
    with contextlib.suppress(DatabaseError), connection.cursor() as cursor:
        cursor.execute("SELECT pg_terminate_backend(pg_backend_pid())")  # the page is done
    return HttpResponse("done")


urlpatterns.append(path("dropped/", connection_dropped_after_the_view))


@pytest.mark.django_db(transaction=True)  # the connection really ends
def test_connection_lost_before_the_session_is_saved_is_a_503_not_a_400(erring_client):
    from tests.factories import make_member

    if connection.vendor != "postgresql":
        pytest.skip("ending one's own connection is PostgreSQL's")
    erring_client.force_login(make_member("Coordinator"))
    response = erring_client.get("/dropped/")
    connection.close()  # the dropped one; the next query opens a new one
    assert (response.status_code, response.get("Retry-After")) == (503, "30")
