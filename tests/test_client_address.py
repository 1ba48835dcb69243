"""One client address for every rate limit and the login lockout: REMOTE_ADDR, or as far back
in X-Forwarded-For as the trusted proxies reach, never what an untrusted peer wrote."""

import pytest
from django.test import RequestFactory

from practices.throttling import client_address
from tests.factories import make_user


def address(forwarded=None, remote="192.0.2.10"):
    headers = {"HTTP_X_FORWARDED_FOR": forwarded} if forwarded is not None else {}
    return client_address(RequestFactory().get("/", REMOTE_ADDR=remote, **headers))


@pytest.mark.parametrize(
    ("proxies", "forwarded", "expected"),
    [
        (0, None, "192.0.2.10"),
        (0, "198.51.100.7", "192.0.2.10"),  # no proxy trusted: the header is anyone's
        (1, "198.51.100.7", "198.51.100.7"),
        (1, "6.6.6.6, 198.51.100.7", "198.51.100.7"),  # the client's own claim is ignored
        (2, "6.6.6.6, 198.51.100.7, 10.0.0.2", "198.51.100.7"),
        (2, "198.51.100.7", "192.0.2.10"),  # shorter than the proxies: bypassed them
        (1, "", "192.0.2.10"),
        (1, "not-an-address", "192.0.2.10"),
        (1, "2001:db8::1", "2001:db8::1"),
    ],
)
def test_client_address(settings, proxies, forwarded, expected):
    settings.PROXY_COUNT = proxies
    assert address(forwarded) == expected


def searches(client, forwarded, n, remote="192.0.2.10"):
    url = "/en/practices/?q=water"
    return [
        client.get(url, REMOTE_ADDR=remote, HTTP_X_FORWARDED_FOR=forwarded).status_code
        for _ in range(n)
    ]


@pytest.mark.django_db
def test_spoofed_header_from_an_untrusted_peer_does_not_escape_the_limit(client, settings):
    settings.PROXY_COUNT = 0
    settings.SEARCH_RATE_LIMIT = 2
    statuses = [searches(client, f"198.51.100.{n}", 1)[0] for n in range(4)]
    assert statuses == [200, 200, 429, 429]


@pytest.mark.django_db
def test_behind_a_proxy_each_visitor_has_their_own_limit(client, settings):
    settings.PROXY_COUNT = 1
    settings.SEARCH_RATE_LIMIT = 2
    assert searches(client, "198.51.100.1", 3) == [200, 200, 429]
    assert searches(client, "198.51.100.2", 1) == [200]
    # A visitor who writes the header first still lands in their own bucket.
    assert searches(client, "198.51.100.2, 198.51.100.1", 1) == [429]


def login(client, forwarded, remote="192.0.2.10"):
    return client.post(
        "/admin/login/",
        {"username": "coordinator", "password": "wrong", "next": "/admin/"},
        REMOTE_ADDR=remote,
        HTTP_X_FORWARDED_FOR=forwarded,
        HTTP_ACCEPT_LANGUAGE="en",
    ).status_code


@pytest.mark.django_db
def test_lockout_uses_the_same_address(client, settings):
    settings.PROXY_COUNT = 1
    make_user("coordinator", is_staff=True, is_superuser=True)
    statuses = [login(client, "198.51.100.1") for _ in range(5)]
    assert statuses == [200, 200, 200, 200, 429]
    assert login(client, "198.51.100.2") == 200  # another visitor behind the same proxy


@pytest.mark.django_db
def test_lockout_ignores_a_spoofed_header_without_proxies(client, settings):
    settings.PROXY_COUNT = 0
    make_user("coordinator", is_staff=True, is_superuser=True)
    statuses = [login(client, f"198.51.100.{n}") for n in range(6)]
    assert statuses == [200, 200, 200, 200, 429, 429]


def test_a_request_without_an_address_has_none(settings):
    settings.PROXY_COUNT = 1
    request = RequestFactory().get("/")
    del request.META["REMOTE_ADDR"]
    assert client_address(request) is None
