"""Every kind of page carries the security headers (Mozilla Observatory's A+ set)."""

import re

import pytest

from tests.factories import make_user

EXPECTED_CSP = {
    "default-src": "'self'",
    "object-src": "'none'",
    "base-uri": "'none'",
    "frame-ancestors": "'none'",
    "form-action": "'self'",
    "font-src": "'self'",
}


def csp_directives(response):
    header = response["Content-Security-Policy"]
    return dict(part.strip().split(" ", 1) for part in header.split(";") if part.strip())


def assert_secure_headers(response):
    directives = csp_directives(response)
    assert {k: directives[k] for k in EXPECTED_CSP} == EXPECTED_CSP
    assert "'unsafe-inline'" not in directives["script-src"]
    assert re.fullmatch(r"'self'( 'nonce-[A-Za-z0-9+/=_-]+')?", directives["script-src"])
    assert response["Cross-Origin-Opener-Policy"] == "same-origin"
    assert response["Referrer-Policy"] == "strict-origin-when-cross-origin"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["X-Frame-Options"] == "DENY"
    assert response["Strict-Transport-Security"] == "max-age=31536000; includeSubDomains; preload"


@pytest.fixture
def https(settings):
    settings.SECURE_HSTS_SECONDS = 31_536_000
    settings.SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    settings.SECURE_HSTS_PRELOAD = True
    settings.SESSION_COOKIE_SECURE = settings.CSRF_COOKIE_SECURE = True


@pytest.mark.django_db
@pytest.mark.usefixtures("https")
@pytest.mark.parametrize(
    ("url", "template"),
    [
        ("/en/", "practices/home.html"),
        ("/km/", "practices/home.html"),
        ("/en/practices/", "practices/list.html"),
    ],
)
def test_public_pages(client, url, template):
    response = client.get(url, secure=True)
    html = response.content.decode()
    assert (response.status_code, response.templates[0].name) == (200, template)
    assert f'<html lang="{url[1:3]}">' in html
    assert_secure_headers(response)


@pytest.mark.django_db
@pytest.mark.usefixtures("https")
def test_error_page(client):
    response = client.get("/en/no-such-page/", secure=True)
    assert (response.status_code, "Page not found" in response.content.decode()) == (404, True)
    assert_secure_headers(response)


@pytest.mark.django_db
@pytest.mark.usefixtures("https")
@pytest.mark.parametrize(
    ("url", "template"),
    [
        ("/admin/login/", "admin/login.html"),
        ("/admin/practices/practice/dashboard/", "admin/practices/practice/dashboard.html"),
        ("/admin/practices/practice/add/", "admin/practices/practice/change_form.html"),
    ],
)
def test_admin_pages_carry_the_headers_and_any_inline_script_the_nonce(client, url, template):
    if url != "/admin/login/":
        client.force_login(make_user(is_staff=True, is_superuser=True))
    response = client.get(url, secure=True)
    assert (response.status_code, response.templates[0].name) == (200, template)
    assert_secure_headers(response)
    found = re.search(r"'nonce-([^']+)'", response["Content-Security-Policy"])
    nonce = found.group(1) if found else "(no nonce in the policy)"
    inline = re.findall(r"<script(?![^>]*\bsrc=)([^>]*)>", response.content.decode())
    assert [attrs for attrs in inline if f'nonce="{nonce}"' not in attrs] == []


@pytest.mark.django_db
@pytest.mark.usefixtures("https")
def test_admin_redirect_to_the_desk_carries_the_headers(client):
    client.force_login(make_user(is_staff=True, is_superuser=True))
    response = client.get("/admin/", secure=True)
    assert (response.status_code, response["Location"]) == (
        302,
        "/admin/practices/practice/dashboard/",
    )
    assert_secure_headers(response)


@pytest.mark.django_db
@pytest.mark.usefixtures("https")
def test_session_and_csrf_cookies_are_secure_and_httponly(client):
    make_user("coordinator", is_staff=True)
    response = client.post(
        "/admin/login/", {"username": "coordinator", "password": "pw-for-tests-only"}, secure=True
    )
    assert (response.status_code, response["Location"]) == (302, "/km/accounts/home/")
    flags = {
        name: (cookie["secure"], cookie["httponly"], cookie["samesite"])
        for name, cookie in response.cookies.items()
    }
    assert flags == {"sessionid": (True, True, "Lax"), "csrftoken": (True, True, "Lax")}


@pytest.mark.django_db
def test_public_pages_set_no_csrf_cookie(client):
    response = client.get("/en/")
    assert (response.status_code, response.templates[0].name) == (200, "practices/home.html")
    assert "csrftoken" not in response.cookies
