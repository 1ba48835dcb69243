"""Screenshots of the portal for the coordinator's guide (docs/img/), taken in Chromium.

Run it against a portal serving the sample data on this machine (`make run` in another
shell, or `make setup` then `DEBUG=1 .venv/bin/python manage.py runserver`):

    DEBUG=1 .venv/bin/python scripts/docs_screenshots.py [--base http://127.0.0.1:8000]

It signs in as a local coordinator account made for the purpose ("docs-coordinator", DEBUG
only), and writes one PNG per page of PAGES.
"""

import argparse
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "glgp.settings")

DESKTOP = {"width": 1280, "height": 900}
PHONE = {"width": 390, "height": 844}


def pages():
    """(file name, address, viewport, language) of each screenshot."""
    from practices.models import Practice, Stage, Visibility

    samples = Practice.objects.filter(is_sample=True).order_by("pk")
    practice = samples.first()
    public = samples.filter(stage=Stage.PUBLISHED, visibility=Visibility.PUBLIC, country="KH")[0]
    return [
        ("desk.png", "/admin/", DESKTOP, "en"),
        ("practice-form.png", f"/admin/practices/practice/{practice.pk}/change/", DESKTOP, "en"),
        ("screening-ranking.png", "/admin/practices/practice/screening/", DESKTOP, "en"),
        ("pipeline.png", "/admin/practices/practice/pipeline/", DESKTOP, "en"),
        ("desk-khmer.png", "/admin/", DESKTOP, "km"),
        ("practice-phone-khmer.png", public.get_absolute_url(), PHONE, "km"),
    ]


def session_cookie():
    """A signed-in session of the coordinator account, made in the portal's database."""
    from django.conf import settings
    from django.contrib.auth.models import Group, User
    from django.test import Client

    if not settings.DEBUG:
        sys.exit("Run with DEBUG=1: the account it signs in with is for local work only.")
    user, _ = User.objects.get_or_create(
        username="docs-coordinator",
        defaults={"first_name": "Sophal", "last_name": "Keo", "is_staff": True},
    )
    user.groups.add(Group.objects.get(name="Coordinator"))
    client = Client()
    client.force_login(user)
    return client.cookies[settings.SESSION_COOKIE_NAME].value


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--base", default="http://127.0.0.1:8000")
    parser.add_argument("--out", default=str(ROOT / "docs" / "img"))
    args = parser.parse_args()
    import django

    django.setup()
    from django.conf import settings
    from playwright.sync_api import sync_playwright

    from practices.pdf import ARGS

    cookie = {"name": settings.SESSION_COOKIE_NAME, "value": session_cookie(), "url": args.base}
    shots = pages()  # read before Playwright starts its event loop in this thread
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=settings.PDF_CHROMIUM, args=ARGS)
        for name, address, viewport, language in shots:
            context = browser.new_context(viewport=viewport, locale=language)
            # The admin's pages signed in; the public site as anyone reads it.
            signed_in = [cookie] if address.startswith("/admin/") else []
            language_cookie = {**cookie, "name": "django_language", "value": language}
            context.add_cookies([*signed_in, language_cookie])
            tab = context.new_page()
            tab.goto(args.base + address, wait_until="networkidle")
            tab.screenshot(path=out / name)
            context.close()
            print(out / name)
        browser.close()


if __name__ == "__main__":
    main()
