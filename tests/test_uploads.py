import io
import zipfile

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image

from practices import uploads
from practices.models import Document, Photo
from tests.factories import image_file, make_practice, pdf_file


def codes(exc):
    return [e.code for e in exc.value.error_list]


def test_a_real_image_passes():
    uploads.validate_image(image_file())


def test_text_named_as_image_is_refused():
    fake = SimpleUploadedFile("photo.jpg", b"<html>not an image</html>", "image/jpeg")
    with pytest.raises(ValidationError) as caught:
        uploads.validate_image(fake)
    assert codes(caught) == ["invalid_image"]


def test_oversize_image_is_refused(settings):
    settings.MAX_IMAGE_BYTES = 100
    with pytest.raises(ValidationError) as caught:
        uploads.validate_image(image_file(size=(300, 300)))
    assert codes(caught) == ["too_large"]


def test_decompression_bomb_is_refused():
    buffer = io.BytesIO()
    Image.new("1", (10_000, 10_000)).save(buffer, "PNG")  # 100 megapixels in a few KB
    bomb = SimpleUploadedFile("bomb.png", buffer.getvalue(), "image/png")
    assert bomb.size < 50_000
    with pytest.raises(ValidationError) as caught:
        uploads.validate_image(bomb)
    assert codes(caught) == ["too_many_pixels"]


def test_reencoding_drops_appended_payload():
    original = image_file()
    payload = b"<script>alert(1)</script>"
    tainted = SimpleUploadedFile("x.png", original.read() + payload, "image/png")
    clean = uploads.reencode_image(tainted)
    assert payload not in clean.read()
    assert clean.name == "x.png"


def test_pdf_must_be_a_pdf():
    uploads.validate_document(pdf_file())
    fake = SimpleUploadedFile("report.pdf", b"MZ\x90\x00 a renamed program", "application/pdf")
    with pytest.raises(ValidationError) as caught:
        uploads.validate_document(fake)
    assert codes(caught) == ["content_mismatch"]


def test_pdf_header_without_a_body_is_refused():
    fake = SimpleUploadedFile("report.pdf", b"%PDF-1.7\nnothing else", "application/pdf")
    with pytest.raises(ValidationError) as caught:
        uploads.validate_document(fake)
    assert codes(caught) == ["content_mismatch"]


def test_docx_must_be_a_word_archive():
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("word/document.xml", "<w:document/>")
    uploads.validate_document(SimpleUploadedFile("plan.docx", buffer.getvalue()))
    with pytest.raises(ValidationError):
        uploads.validate_document(SimpleUploadedFile("plan.docx", b"PK\x03\x04 broken"))


def test_executable_extension_is_refused():
    with pytest.raises(ValidationError) as caught:
        uploads.validate_document(SimpleUploadedFile("setup.exe", b"MZ\x90\x00"))
    assert codes(caught) == ["extension"]


@pytest.mark.django_db
def test_stored_under_generated_names():
    practice = make_practice()
    photo = Photo.objects.create(practice=practice, image=image_file("../../etc/passwd.png"))
    document = Document.objects.create(practice=practice, file=pdf_file("my report.pdf"))
    assert photo.image.name.startswith("photos/")
    assert photo.image.name.endswith(".png")
    assert "passwd" not in photo.image.name
    assert document.file.name.startswith("documents/")
    assert document.size > 0
    assert (photo.width, photo.height) == (40, 30)
