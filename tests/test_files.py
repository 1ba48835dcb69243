from pathlib import Path

import pytest

from practices import thumbnails
from practices.models import Document, Photo, Stage, Visibility
from tests.factories import image_file, make_member, make_practice, make_user, pdf_file


def photo_of(practice):
    return Photo.objects.create(practice=practice, image=image_file())


def body(response):
    return b"".join(response.streaming_content)


@pytest.mark.django_db
def test_photo_of_a_public_practice_is_served_to_anyone(client):
    photo = photo_of(make_practice())
    response = client.get(photo.image.url)
    assert response.status_code == 200
    assert body(response) == Path(photo.image.path).read_bytes()
    assert (response["Content-Type"], response["Cache-Control"]) == (
        "image/png",
        "public, max-age=3600",
    )
    assert response["X-Content-Type-Options"] == "nosniff"
    assert "sandbox" in response["Content-Security-Policy"]


@pytest.mark.django_db
def test_thumbnail_follows_its_photo(client):
    photo = photo_of(make_practice(stage=Stage.DOCUMENTING, visibility=Visibility.INTERNAL))
    url = thumbnails.thumbnail_url(photo, 320)
    assert url.startswith("/media/thumbs/")
    assert client.get(url).status_code == 404
    client.force_login(make_member("Coordinator"))
    response = client.get(url)
    assert (response.status_code, body(response)[:4]) == (200, b"RIFF")


@pytest.mark.django_db
@pytest.mark.parametrize(
    "practice_fields",
    [
        {"stage": Stage.DOCUMENTING, "visibility": Visibility.PUBLIC},
        {"stage": Stage.PUBLISHED, "visibility": Visibility.INTERNAL},
        {"stage": Stage.ARCHIVED, "visibility": Visibility.PUBLIC},
    ],
)
def test_files_of_unpublished_or_internal_practices_do_not_leak(client, practice_fields):
    practice = make_practice(**practice_fields)
    photo = photo_of(practice)
    document = Document.objects.create(practice=practice, file=pdf_file())
    urls = [photo.image.url, document.file.url]
    statuses = [fetched(client, url)[0] for url in urls]
    client.force_login(make_member("Coordinator"))
    served = [(status, start) for status, _cache, start in (fetched(client, u) for u in urls)]
    assert (statuses, served) == ([404, 404], [(200, b"\x89PNG"), (200, b"%PDF")])


@pytest.mark.django_db
def test_network_files_only_for_partners(client):
    photo = photo_of(make_practice(visibility=Visibility.NETWORK))
    assert client.get(photo.image.url).status_code == 404
    client.force_login(make_user(groups=["Partner"]))
    response = client.get(photo.image.url)
    assert (response.status_code, body(response)) == (200, Path(photo.image.path).read_bytes())


@pytest.mark.django_db
def test_documents_are_downloads_under_their_title(client):
    document = Document.objects.create(
        practice=make_practice(), file=pdf_file(), title="Waste collection plan 2025"
    )
    response = client.get(document.file.url)
    assert response.status_code == 200
    assert response["Content-Disposition"] == (
        'attachment; filename="waste-collection-plan-2025.pdf"'
    )
    assert response["Content-Type"] == "application/pdf"
    assert body(response).startswith(b"%PDF-")


@pytest.mark.django_db
@pytest.mark.parametrize(
    "path",
    [
        "/media/../glgp/settings.py",
        "/media/%2e%2e/glgp/settings.py",
        "/media/photos/nothing.png",
        "/media/thumbs/999999-abcdef123456-320.webp",
        "/media/secret_key",
    ],
)
def test_unknown_or_escaping_paths_are_404(client, path):
    response = client.get(path)
    assert (response.status_code, response.templates[0].name) == (404, "404.html")


# Who may fetch which file: exactly those who may see its practice (permissions.may_see).
PRACTICE_STATES = {
    "published public": {"stage": Stage.PUBLISHED, "visibility": Visibility.PUBLIC},
    "published network": {"stage": Stage.PUBLISHED, "visibility": Visibility.NETWORK},
    "screening internal": {"stage": Stage.SCREENING, "visibility": Visibility.INTERNAL},
}
EVERYONE = {
    "anonymous",
    "partner",
    "partner made staff",
    "screener assigned",
    "screener not assigned",
    "documenter assigned",
    "documenter not assigned",
    "coordinator",
    "staff without a group",
}
CURATORS_OF_IT = {"screener assigned", "documenter assigned", "coordinator"}
MAY_SEE = {
    "published public": EVERYONE,
    "published network": CURATORS_OF_IT | {"partner", "partner made staff"},
    "screening internal": CURATORS_OF_IT,
}


def person(role, practice):
    from practices.models import Assignment

    if role == "anonymous":
        return None
    if role == "staff without a group":
        return make_user(is_staff=True)
    if role.startswith("partner"):
        return make_member("Partner", is_staff=role == "partner made staff")
    user = make_member(role.split()[0].capitalize())
    if role.endswith(" assigned") and not role.endswith("not assigned"):
        Assignment.objects.create(practice=practice, user=user, role=role.split()[0])
    return user


@pytest.mark.django_db
@pytest.mark.parametrize("state", PRACTICE_STATES)
@pytest.mark.parametrize("role", sorted(EVERYONE))
def test_files_are_served_to_exactly_those_who_may_see_the_practice(client, role, state):
    practice = make_practice(**PRACTICE_STATES[state])
    photo = photo_of(practice)
    document = Document.objects.create(practice=practice, file=pdf_file())
    urls = [photo.image.url, thumbnails.thumbnail_url(photo, 320), document.file.url]
    if user := person(role, practice):
        client.force_login(user)

    answers = [fetched(client, url) for url in urls]

    if role in MAY_SEE[state] and state == "published public":
        thumbnail = "public, max-age=31536000, s-maxage=3600, immutable"
        hour = "public, max-age=3600"
        assert answers == [(200, hour, b"\x89PNG"), (200, thumbnail, b"RIFF"), (200, hour, b"%PDF")]
    elif role in MAY_SEE[state]:
        private = "private, no-store"
        assert answers == [
            (200, private, b"\x89PNG"),
            (200, private, b"RIFF"),
            (200, private, b"%PDF"),
        ]
    else:
        assert [answer[0] for answer in answers] == [404] * 3


def fetched(client, url):
    """Status, Cache-Control and first four bytes; the file is read to the end, which closes it
    the way a server would."""
    response = client.get(url)
    content = body(response) if response.streaming else response.content
    return response.status_code, response.get("Cache-Control"), content[:4]


@pytest.mark.django_db
def test_partner_logos_are_public(client):
    from tests.factories import make_partner

    partner = make_partner(logo=image_file("logo.png"))
    response = client.get(partner.logo.url)
    assert (response.status_code, response["Cache-Control"]) == (200, "public, max-age=3600")
    assert body(response) == Path(partner.logo.path).read_bytes()


@pytest.fixture
def media_in_another_store(settings, tmp_path):
    """A configured storage backend (here a folder elsewhere, as a shared store would be)."""
    store = tmp_path / "store"
    settings.STORAGES = {
        **settings.STORAGES,
        "default": {
            "BACKEND": "practices.storage.ServedByPortal",
            "OPTIONS": {
                "backend": "django.core.files.storage.FileSystemStorage",
                "options": {"location": str(store)},
            },
        },
    }
    return store


@pytest.mark.django_db
def test_files_in_a_configured_store_are_still_served_by_the_portal_alone(
    client, media_in_another_store
):
    shown = photo_of(make_practice())
    hidden = photo_of(make_practice(stage=Stage.DOCUMENTING))
    stored = sorted(p.name for p in (media_in_another_store / "photos").iterdir())
    assert stored == sorted(Path(p.image.name).name for p in (shown, hidden))
    assert (shown.image.url, hidden.image.url) == (
        f"/media/{shown.image.name}",
        f"/media/{hidden.image.name}",
    )
    response = client.get(shown.image.url)
    assert (response.status_code, body(response)) == (
        200,
        (media_in_another_store / shown.image.name).read_bytes(),
    )
    assert client.get(hidden.image.url).status_code == 404
    client.force_login(make_member("Coordinator"))
    response = client.get(hidden.image.url)
    assert (response.status_code, body(response)) == (
        200,
        (media_in_another_store / hidden.image.name).read_bytes(),
    )
