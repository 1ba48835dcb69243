"""End-to-end: a councillor reads practices in Chromium with the network cut.

One practice is opened, another saved; then the browser goes offline (its own cache emptied, so
only the service worker can answer) and both practices, their photos, the saved one's PDF and
the "Available offline" list still read, in Khmer, in the portal's Khmer font. A practice
removed from the list is gone offline.
"""

import re

import pytest

pytestmark = [pytest.mark.e2e, pytest.mark.needs("chromium")]
OFFLINE_READING = True  # the page fixture lets the service worker run
OPENED = "ធនាគារគ្រាប់ពូជរបស់ឃុំ"
SAVED = "ការចូលរួមរបស់ប្រជាពលរដ្ឋក្នុងការធ្វើផែនការឃុំ"


@pytest.fixture
def site(live_server):
    from practices.models import Photo
    from tests.factories import image_file, make_practice

    for slug, title in (("seed-bank", OPENED), ("citizens-plan", SAVED), ("wells", "អណ្ដូងទឹក")):
        practice = make_practice(slug=slug, title_km=title)
        Photo.objects.create(practice=practice, image=image_file(size=(400, 300)), caption_km="រូប")
    return live_server.url


def photo_shown(page):
    image = page.locator(".photos img").first
    image.scroll_into_view_if_needed()
    return image.evaluate("img => img.decode().then(() => img.naturalWidth > 0, () => false)")


def khmer_font_loaded(page):
    return page.evaluate(
        """async () => { await document.fonts.ready;
        return [...document.fonts].some(f => f.family.includes('Noto Sans Khmer')
                                           && f.status === 'loaded'); }"""
    )


def test_practices_opened_and_saved_read_with_the_network_cut(page, site):
    # Opened: kept once the service worker is ready (the control appears then).
    page.goto(f"{site}/km/practices/seed-bank/")
    page.locator("[data-offline-save] [data-save]").wait_for()
    # Another public page: its last copy is kept too.
    page.goto(f"{site}/km/site-map/")
    site_map = page.locator("h1").inner_text()
    # Saved: the control says so and offers to remove it.
    page.goto(f"{site}/km/practices/citizens-plan/")
    page.locator("[data-offline-save] [data-save]").click()
    page.locator("[data-offline-save] [data-remove]").wait_for()

    page.context.new_cdp_session(page).send("Network.clearBrowserCache")
    page.context.set_offline(True)

    page.reload()
    assert (page.locator("h1").inner_text(), photo_shown(page)) == (SAVED, True)
    assert khmer_font_loaded(page) is True
    pdf = page.evaluate(
        "fetch('/km/practices/citizens-plan/pdf/')"
        ".then(r => [r.status, r.headers.get('Content-Type')])"
    )
    assert pdf == [200, "application/pdf"]
    page.goto(f"{site}/km/practices/seed-bank/")
    assert (page.locator("h1").inner_text(), photo_shown(page)) == (OPENED, True)

    page.goto(f"{site}/km/site-map/")
    assert page.locator("h1").inner_text() == site_map

    page.goto(f"{site}/km/offline/")
    saved = page.locator("[data-saved-list] a")
    saved.first.wait_for()
    opened = page.locator("[data-opened-list] a")
    assert (saved.all_inner_texts(), opened.all_inner_texts()) == ([SAVED], [OPENED])
    assert page.locator("[data-offline-notice]").is_visible() is False

    page.get_by_role("button", name=f"ដក «{OPENED}» ចេញពីការអានដោយគ្មានអ៊ីនធឺណិត").click()
    page.locator("[data-opened-list] + p").wait_for()  # "none yet"
    assert (saved.all_inner_texts(), opened.all_inner_texts()) == ([SAVED], [])

    # Removed: offline, its address now shows the list and says the page was not kept.
    page.goto(f"{site}/km/practices/seed-bank/")
    assert page.locator("h1").inner_text() == "អាចអានដោយគ្មានអ៊ីនធឺណិត"
    assert page.locator("[data-offline-notice]").is_visible() is True
    assert page.locator("[data-saved-list] a").all_inner_texts() == [SAVED]
    assert page.csp_violations == []


KEPT = """() => navigator.serviceWorker.ready.then(registration => new Promise(resolve => {
    const channel = new MessageChannel();
    channel.port1.onmessage = event => resolve(event.data.practices.map(entry => entry.url));
    registration.active.postMessage({type: "list"}, [channel.port2]);
}))"""


def save_practice(page, url):
    page.goto(url)
    page.locator("[data-offline-save] [data-save]").click()
    page.locator("[data-offline-save] [data-remove]").wait_for()


def test_a_saved_practice_read_again_online_is_brought_up_to_date(page, site):
    from practices.models import Practice, PublicRevision

    save_practice(page, f"{site}/km/practices/citizens-plan/")
    Practice.objects.filter(slug="citizens-plan").update(title_km="ផែនការឃុំថ្មី")
    PublicRevision.bump()  # as publishing a change does

    page.reload()
    page.context.set_offline(True)
    page.reload()
    assert page.locator("h1").inner_text() == "ផែនការឃុំថ្មី"
    page.goto(f"{site}/km/offline/")
    saved = page.locator("[data-saved-list] a")
    saved.first.wait_for()
    assert saved.all_inner_texts() == ["ផែនការឃុំថ្មី"]


@pytest.fixture
def partner(site):
    from tests.factories import make_user

    return make_user("partner", groups=["Partner"])


def test_signing_out_forgets_what_was_kept(partner, page, site):
    save_practice(page, f"{site}/km/practices/citizens-plan/")
    page.goto(f"{site}/en/accounts/login/")
    page.fill("#id_username", "partner")
    page.fill("#id_password", "pw-for-tests-only")
    page.press("#id_password", "Enter")
    page.goto(f"{site}/en/practices/seed-bank/")
    page.locator("[data-offline-save] [data-save]").wait_for()
    # Read signed in: not kept; the saved one stays until signing out.
    assert page.evaluate(KEPT) == ["/km/practices/citizens-plan/"]
    page.get_by_role("button", name="Sign out").click()
    page.wait_for_load_state()

    page.context.set_offline(True)
    page.goto(f"{site}/km/practices/citizens-plan/")
    assert page.locator("h1").inner_text() == "អាចអានដោយគ្មានអ៊ីនធឺណិត"
    page.locator("[data-offline-lists]").wait_for()
    assert page.locator("[data-saved-list] a, [data-opened-list] a").all_inner_texts() == []


def test_only_the_last_opened_practices_are_kept_and_saved_ones_stay(page, site, monkeypatch):
    from practices.views import offline

    monkeypatch.setattr(offline, "OPENED_KEPT", 1)
    save_practice(page, f"{site}/km/practices/seed-bank/")
    for slug in ("citizens-plan", "wells"):
        page.goto(f"{site}/km/practices/{slug}/")
        page.locator("[data-offline-save] [data-save]").wait_for()
    kept = page.evaluate(
        "caches.open('glgp-reading').then(c => c.keys())"
        ".then(keys => keys.map(k => new URL(k.url).pathname))"
    )
    pages = [path for path in kept if re.fullmatch(r"/km/practices/[^/]+/", path)]
    assert (page.evaluate(KEPT), sorted(pages)) == (
        ["/km/practices/wells/", "/km/practices/seed-bank/"],
        ["/km/practices/seed-bank/", "/km/practices/wells/"],
    )
