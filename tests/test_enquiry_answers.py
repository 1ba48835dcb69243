"""The coordinator records how a replication enquiry was answered, from the admin."""

import pytest

from practices.models import Enquiry
from tests.admin_forms import change_form_data
from tests.factories import make_member, make_practice

pytestmark = pytest.mark.usefixtures("english")


@pytest.fixture
def enquiry(db):
    practice = make_practice(title_en="Water kiosks")
    return Enquiry.objects.create(
        practice=practice, name="Sok", organisation="Kampot", contact="012", message="How?"
    )


def url(enquiry):
    return f"/admin/practices/enquiry/{enquiry.pk}/change/"


@pytest.mark.django_db
def test_coordinator_marks_an_enquiry_answered_with_a_note(client, enquiry):
    coordinator = make_member("Coordinator")
    client.force_login(coordinator)
    form = client.get(url(enquiry), headers={"accept-language": "en"})
    data = change_form_data(form, answer_note="Called them; visit in May.", mark_answered="on")
    response = client.post(url(enquiry), data)
    assert response.status_code == 302
    enquiry.refresh_from_db()
    assert (enquiry.is_answered, enquiry.answered_by, enquiry.answer_note) == (
        True,
        coordinator,
        "Called them; visit in May.",
    )
    listed = client.get("/admin/practices/enquiry/?answered=no")
    assert list(listed.context["cl"].result_list) == []


@pytest.mark.django_db
def test_marking_answered_without_a_note_is_refused_and_keeps_nothing_lost(client, enquiry):
    client.force_login(make_member("Coordinator"))
    form = client.get(url(enquiry), headers={"accept-language": "en"})
    response = client.post(
        url(enquiry), change_form_data(form, mark_answered="on"), headers={"accept-language": "en"}
    )
    assert response.context["adminform"].form.errors == {
        "answer_note": ["Say how the enquiry was answered."]
    }
    enquiry.refresh_from_db()
    assert (enquiry.is_answered, enquiry.answered_by) == (False, None)


@pytest.mark.django_db
def test_an_answered_enquiry_keeps_its_record(client, enquiry):
    first = make_member("Coordinator")
    client.force_login(first)
    form = client.get(url(enquiry))
    client.post(
        url(enquiry), change_form_data(form, answer_note="Sent the guide.", mark_answered="on")
    )
    client.force_login(make_member("Coordinator"))
    again = client.get(url(enquiry))
    client.post(url(enquiry), change_form_data(again))
    enquiry.refresh_from_db()
    assert (enquiry.answered_by, enquiry.answer_note) == (first, "Sent the guide.")
