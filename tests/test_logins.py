import datetime

import pytest
from axes.models import AccessAttempt, AccessFailureLog
from django.contrib.auth import SESSION_KEY
from django.utils import timezone

from tests.factories import make_user

LOGIN = "/admin/login/"


def attempt(client, password, username="coordinator", address="203.0.113.7"):
    return client.post(
        LOGIN,
        {"username": username, "password": password, "next": "/admin/"},
        REMOTE_ADDR=address,
        HTTP_ACCEPT_LANGUAGE="en",
    )


@pytest.fixture
def coordinator(db):
    return make_user("coordinator", is_staff=True, is_superuser=True)


def test_fifth_failure_locks_the_pair_with_429(client, coordinator):
    statuses = [attempt(client, "wrong").status_code for _ in range(5)]
    locked = attempt(client, "pw-for-tests-only")
    assert statuses == [200, 200, 200, 200, 429]
    assert locked.status_code == 429
    assert "Too many failed sign-ins" in locked.content.decode()
    assert "15 minutes" in locked.content.decode()
    assert SESSION_KEY not in client.session


def test_lockout_page_speaks_khmer(client, coordinator):
    for _ in range(5):
        attempt(client, "wrong")
    locked = client.post(
        LOGIN,
        {"username": "coordinator", "password": "x"},
        REMOTE_ADDR="203.0.113.7",
        HTTP_ACCEPT_LANGUAGE="km",
    )
    assert locked.status_code == 429
    assert locked["Content-Language"] == "km"


def test_every_failed_attempt_is_logged(client, coordinator):
    for _ in range(3):
        attempt(client, "wrong")
    assert AccessFailureLog.objects.filter(username="coordinator").count() == 3
    assert AccessAttempt.objects.get(username="coordinator").failures_since_start == 3


def test_lock_is_per_username_and_address(client, coordinator):
    for _ in range(5):
        attempt(client, "wrong")
    other_address = attempt(client, "pw-for-tests-only", address="198.51.100.9")
    assert other_address.status_code == 302
    assert other_address["Location"] == "/admin/"


def test_cool_off_lets_the_user_in_again(client, coordinator):
    for _ in range(5):
        attempt(client, "wrong")
    AccessAttempt.objects.update(attempt_time=timezone.now() - datetime.timedelta(minutes=16))
    response = attempt(client, "pw-for-tests-only")
    assert (response.status_code, response["Location"]) == (302, "/admin/")


def test_deactivating_a_user_ends_their_sessions(client, coordinator):
    client.force_login(coordinator)
    assert client.get("/admin/records/").status_code == 200
    coordinator.is_active = False
    coordinator.save()
    response = client.get("/admin/")
    assert (response.status_code, response["Location"]) == (302, "/admin/login/?next=/admin/")


def test_logging_out_ends_the_session(client, coordinator):
    client.force_login(coordinator)
    client.post("/admin/logout/")
    response = client.get("/admin/")
    assert response.status_code == 302


def test_session_expires_after_idle_time(settings):
    assert settings.SESSION_SAVE_EVERY_REQUEST is True
    assert settings.SESSION_COOKIE_AGE == 120 * 60
