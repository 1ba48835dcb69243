"""End-to-end: a councillor's path through the public site in Chromium, fonts and accessibility.

Needs Debian's Chromium at /usr/bin/chromium; axe-core is vendored by tests/e2e/vendor-axe.sh.
"""

from pathlib import Path

import pytest

AXE = Path(__file__).parent / "vendor" / "axe.min.js"
pytestmark = [
    pytest.mark.e2e,
    pytest.mark.needs("chromium"),
]
KHMER_TITLE = "ការចូលរួមរបស់ប្រជាពលរដ្ឋក្នុងការធ្វើផែនការឃុំ"


@pytest.fixture
def site(live_server, admin_units):
    from tests.factories import add_partner, make_practice, make_theme

    theme = make_theme(slug="participation", name_en="Participation", name_km="ការចូលរួម")
    practice = make_practice(
        slug="citizens-plan",
        title_en="Citizens plan the commune budget",
        title_km=KHMER_TITLE,
        lessons_en="Evening meetings let more women take part.",
        units=[admin_units.get(code="020101")],
        themes=[theme],
        beneficiaries_total=367,
        beneficiaries_women=209,
    )
    add_partner(practice)
    make_practice(title_en="Clean water in Phnom Penh", units=[admin_units.get(code="120101")])
    return live_server.url


def test_browse_filter_open_switch_language_and_search_khmer(page, site):
    page.goto(f"{site}/en/practices/")
    # On a phone the results come first and the filters fold behind one control.
    assert page.locator("#f-province").is_visible() is False
    page.locator(".filter-box summary").click()
    page.select_option("#f-province", "02")
    page.get_by_role("button", name="Apply").click()
    assert "province=02" in page.url
    titles = page.locator(".results .card h3").all_inner_texts()
    assert titles == ["Citizens plan the commune budget"]
    page.get_by_role("link", name="Citizens plan the commune budget").click()
    assert page.url == f"{site}/en/practices/citizens-plan/"
    page.locator(".languages a[hreflang=km]").click()
    assert (page.url, page.locator("h1").inner_text()) == (
        f"{site}/km/practices/citizens-plan/",
        KHMER_TITLE,
    )
    page.fill("#site-q", "ការចូលរួម")
    page.press("#site-q", "Enter")
    assert page.locator(".results .card h3").all_inner_texts() == [KHMER_TITLE]
    assert page.csp_violations == []


def test_khmer_font_is_loaded(page, site):
    page.goto(f"{site}/km/practices/citizens-plan/")
    loaded = page.evaluate(
        """async () => { await document.fonts.ready;
        return [...document.fonts].filter(f => f.family.includes('Noto Sans Khmer')
                                          && f.status === 'loaded').length; }"""
    )
    assert loaded >= 1


@pytest.mark.parametrize(
    "path",
    [
        "/km/",
        "/en/practices/",
        "/km/practices/citizens-plan/",
        "/km/accounts/login/",
        "/km/offline/",
    ],
)
def test_no_serious_accessibility_violations(page, site, path):
    page.goto(site + path)
    # Evaluated by the browser's debugging protocol, which the page's CSP does not govern;
    # the page itself runs under its real policy.
    page.evaluate(AXE.read_text())
    violations = page.evaluate(
        "async () => (await axe.run()).violations"
        ".filter(v => ['serious', 'critical'].includes(v.impact))"
        ".map(v => v.id + ': ' + v.nodes.map(n => n.target.join(' ')).join(', '))"
    )
    assert violations == []


@pytest.fixture
def coordinator(site):
    # Made before the browser starts: its event loop would give Django another connection.
    from tests.factories import make_user

    return make_user("coordinator", is_staff=True, is_superuser=True)


def test_admin_works_under_the_content_security_policy(coordinator, page, site):
    page.goto(f"{site}/admin/login/")
    page.fill("#id_username", "coordinator")
    page.fill("#id_password", "pw-for-tests-only")
    page.press("#id_password", "Enter")
    page.goto(f"{site}/admin/practices/practice/add/")
    # The units autocomplete is drawn by the admin's scripts: it only appears if they ran.
    page.wait_for_selector(".select2-container", timeout=5000)
    page.wait_for_load_state("networkidle")  # no request left running when the server stops
    assert page.csp_violations == []


def test_khmer_admin_is_drawn_in_the_portal_khmer_font(coordinator, page, site):
    # A curator's computer may have no Khmer font: the admin brings the portal's own.
    page.context.add_cookies([{"name": "django_language", "value": "km", "url": site}])
    page.goto(f"{site}/admin/login/")
    page.fill("#id_username", "coordinator")
    page.fill("#id_password", "pw-for-tests-only")
    page.press("#id_password", "Enter")
    page.goto(f"{site}/admin/practices/practice/")
    loaded = page.evaluate(
        """async () => { await document.fonts.ready;
        return [...document.fonts].filter(f => f.family.includes('Noto Sans Khmer')
                                          && f.status === 'loaded').length; }"""
    )
    family = page.evaluate("getComputedStyle(document.querySelector('#searchbar')).fontFamily")
    page.wait_for_load_state("networkidle")
    assert (loaded >= 1, family.split(",")[0], page.csp_violations) == (
        True,
        '"Noto Sans Khmer"',
        [],
    )
