"""The practice change form: its stage buttons save and move in one step, and its edit lock.

What a documenter or coordinator typed is never lost: a move that is refused, or a form that
is invalid, leaves the practice as it was and shows the form again as it was sent.
"""

import pytest

from practices.models import Assignment, Photo, Practice, Stage, StageChange
from tests.admin_forms import change_form_data, change_url
from tests.factories import image_file, make_member, make_ready_practice, make_user

S = Stage


def documenter_on(client, practice):
    documenter = make_member("Documenter")
    Assignment.objects.create(practice=practice, user=documenter, role="documenter")
    client.force_login(documenter)
    return documenter


def state(practice):
    practice = Practice.objects.get(pk=practice.pk)
    texts = (practice.results_km, practice.lessons_km, practice.lessons_en)
    return (practice.stage, practice.version, practice.stage_changes.count(), *texts)


def inline_form(response, prefix):
    for inline in response.context["inline_admin_formsets"]:
        if inline.formset.prefix == prefix:
            return inline.formset.forms[0]
    raise AssertionError(prefix)


@pytest.mark.django_db
def test_stage_buttons_are_part_of_the_change_form(english_client):
    practice = make_ready_practice(S.DOCUMENTING)
    documenter_on(english_client, practice)
    html = english_client.get(change_url(practice)).content.decode()
    form = html[
        html.index('id="practice_form"') : html.index("</form>", html.index("practice_form"))
    ]
    assert form.count('name="_move_to"') == 1
    assert 'name="_move_to" value="in_review"' in form
    assert form.index('name="_save"') < form.index('name="_move_to"')  # Enter still saves
    assert "/move/" not in html


@pytest.mark.django_db
def test_stage_button_saves_what_was_typed_and_moves(english_client):
    practice = make_ready_practice(S.DOCUMENTING, results_km="")
    documenter = documenter_on(english_client, practice)
    page = english_client.get(change_url(practice))
    version = Practice.objects.get(pk=practice.pk).version
    data = change_form_data(
        page, results_km="អណ្តូងទឹកចំនួនសែសិប។", lessons_en="Start small.", _move_to="in_review"
    )
    response = english_client.post(change_url(practice), data)
    assert (response.status_code, response.url) == (302, change_url(practice))
    practice.refresh_from_db()
    assert (practice.stage, practice.results_km, practice.lessons_en) == (
        S.IN_REVIEW,
        "អណ្តូងទឹកចំនួនសែសិប។",
        "Start small.",
    )
    assert practice.version == version + 2  # the edit, then the move: two revisions
    assert list(practice.stage_changes.values_list("from_stage", "to_stage", "by")) == [
        (S.DOCUMENTING, S.IN_REVIEW, documenter.pk)
    ]
    messages = [str(m) for m in english_client.get(response.url).context["messages"]]
    assert messages == [f"{practice} is now “In review”."]


@pytest.mark.django_db
def test_refused_move_saves_nothing_and_keeps_every_typed_text(english_client):
    practice = make_ready_practice(S.DOCUMENTING, results_km="", transferability_en="")
    Photo.objects.create(practice=practice, image=image_file(), caption_en="Old caption")
    documenter_on(english_client, practice)
    page = english_client.get(change_url(practice))
    before = state(practice)
    data = change_form_data(
        page, lessons_km="មេរៀន", lessons_en="Lessons typed.", _move_to="in_review"
    )
    data["photos-0-caption_en"] = "A caption typed."
    response = english_client.post(change_url(practice), data)

    assert response.status_code == 200
    form = response.context["adminform"].form
    assert form.non_field_errors() == [
        "This practice cannot go to “In review” yet. Missing: results and impact in Khmer; "
        "transferability in English"
    ]
    assert (form["lessons_km"].value(), form["lessons_en"].value()) == ("មេរៀន", "Lessons typed.")
    assert inline_form(response, "photos")["caption_en"].value() == "A caption typed."
    assert state(practice) == before
    assert Photo.objects.get().caption_en == "Old caption"


@pytest.mark.django_db
def test_invalid_form_neither_saves_nor_moves(english_client):
    practice = make_ready_practice(S.DOCUMENTING, beneficiaries_total=10)
    documenter_on(english_client, practice)
    page = english_client.get(change_url(practice))
    before = state(practice)
    data = change_form_data(
        page, beneficiaries_women="50", lessons_en="Lessons typed.", _move_to="in_review"
    )
    response = english_client.post(change_url(practice), data)
    assert response.status_code == 200
    form = response.context["adminform"].form
    assert list(form.errors) == ["beneficiaries_women"]
    assert form["lessons_en"].value() == "Lessons typed."
    assert state(practice) == before


@pytest.mark.django_db
def test_sending_back_needs_the_note_typed_in_the_form(english_client):
    practice = make_ready_practice(S.IN_REVIEW)
    english_client.force_login(make_member("Coordinator"))
    page = english_client.get(change_url(practice))
    before = state(practice)
    data = change_form_data(page, lessons_en="Reviewed.", _move_to="documenting")
    refused = english_client.post(change_url(practice), data)
    assert refused.context["adminform"].form.non_field_errors() == [
        "Write the comments the documenter should address."
    ]
    assert state(practice) == before

    data["move_note"] = "Add the figures for 2024."
    moved = english_client.post(change_url(practice), data)
    assert moved.status_code == 302
    practice.refresh_from_db()
    assert (practice.stage, practice.lessons_en) == (S.DOCUMENTING, "Reviewed.")
    assert StageChange.objects.get().note == "Add the figures for 2024."


@pytest.mark.django_db
def test_a_user_who_may_move_but_not_edit_gets_the_move_forms(english_client):
    practice = make_ready_practice(S.MAPPED)
    mover = make_user(is_staff=True, perms=["move_practice", "view_practice"])
    english_client.force_login(mover)
    page = english_client.get(change_url(practice))
    assert page.context["has_change_permission"] is False
    html = page.content.decode()
    assert f'action="/admin/practices/practice/{practice.pk}/move/"' in html
    assert 'name="_move_to"' not in html
    english_client.post(
        f"/admin/practices/practice/{practice.pk}/move/", {"to": "screening", "current": "mapped"}
    )
    assert Practice.objects.get(pk=practice.pk).stage == S.SCREENING


@pytest.mark.django_db
def test_a_page_without_its_version_does_not_overwrite_a_newer_save(english_client):
    practice = make_ready_practice(S.DOCUMENTING)
    first, second = make_member("Coordinator"), make_member("Coordinator")
    english_client.force_login(first)
    stale_page = english_client.get(change_url(practice))
    english_client.force_login(second)
    page = english_client.get(change_url(practice))
    english_client.post(change_url(practice), change_form_data(page, results_en="Second's edit."))

    english_client.force_login(first)
    data = change_form_data(stale_page, results_en="First's stale edit.")
    del data["base_version"]
    refused = english_client.post(change_url(practice), data)

    assert refused.status_code == 200
    form = refused.context["adminform"].form
    [error] = form.non_field_errors()
    assert error.startswith("This page did not say which version of the practice")
    assert form["results_en"].value() == "First's stale edit."
    assert Practice.objects.get(pk=practice.pk).results_en == "Second's edit."


@pytest.mark.django_db
def test_a_note_sent_with_plain_save_is_not_dropped_silently(english_client):
    practice = make_ready_practice(S.IN_REVIEW)
    english_client.force_login(make_member("Coordinator"))
    page = english_client.get(change_url(practice))
    before = state(practice)
    data = change_form_data(page, lessons_en="Reviewed.", move_note="Add the 2024 figures.")
    kept = english_client.post(change_url(practice), data)
    form = kept.context["adminform"].form
    assert form.errors["move_note"] == [
        "This note goes with a move to another stage: press the stage button it is for, or "
        "empty the note to save without moving."
    ]
    assert (form["move_note"].value(), form["lessons_en"].value()) == (
        "Add the 2024 figures.",
        "Reviewed.",
    )
    assert state(practice) == before
