from pathlib import Path

import pytest

from practices import thumbnails
from practices.models import Document, Photo, Stage, Visibility
from tests.factories import image_file, make_practice, make_user, pdf_file


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
    client.force_login(make_user(is_staff=True))
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
    statuses = [client.get(photo.image.url).status_code, client.get(document.file.url).status_code]
    assert statuses == [404, 404]


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
    assert client.get(path).status_code == 404
