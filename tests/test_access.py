"""Who can reach what: every URL pattern of the project, for every role, from one table.

A URL pattern missing from the table fails the test, so a new page cannot be added without
deciding who may see it. Objects a user may not see answer 404, and a refused POST changes
nothing in the database.
"""

import pytest

from practices.models import Stage
from tests.catalog import ROLES, all_patterns, build_world, urls_for


@pytest.fixture
def world(admin_units):
    return build_world(admin_units)


OBJECT_LEVEL = {
    # Beyond one address per pattern: the same pages for objects some roles may not see.
    "practices:detail network": lambda w: f"/en/practices/{w['network'].slug}/",
    "practices:detail draft": lambda w: f"/en/practices/{w['draft'].slug}/",
    "practices:pdf network": lambda w: f"/en/practices/{w['network'].slug}/pdf/",
    "practices:pdf draft": lambda w: f"/en/practices/{w['draft'].slug}/pdf/",
    "practices:enquiry draft": lambda w: f"/en/practices/{w['draft'].slug}/replicate/",
    "practices:preview candidate": lambda w: f"/en/preview/{w['candidate'].pk}/",
    "media draft photo": lambda w: w["draft_photo"].image.url,
    "media draft document": lambda w: w["draft_document"].file.url,
    "admin:practices_practice_change other": lambda w: (
        f"/admin/practices/practice/{w['other'].pk}/change/"
    ),
    "admin:practices_practice_score other": lambda w: (
        f"/admin/practices/practice/{w['other'].pk}/score/"
    ),
}

# Expected status for each role, in the order of ROLES:
#    anonymous, partner (DELGOSEA viewer, no admin), documenter, screener, coordinator, superuser.
# 302 for anonymous and partner on the admin is the redirect to its login page.
EXPECTED = {
    "admin/(?P<url>.*)$": (302, 302, 404, 404, 404, 404),
    "admin/auth/group/<path:object_id>/": (302, 302, 302, 302, 302, 302),
    "admin/auth/user/<path:object_id>/": (302, 302, 302, 302, 302, 302),
    "admin/practices/sitepage/<path:object_id>/": (302, 302, 302, 302, 302, 302),
    "admin/axes/accessattempt/<path:object_id>/": (302, 302, 302, 302, 302, 302),
    "admin/axes/accessfailurelog/<path:object_id>/": (302, 302, 302, 302, 302, 302),
    "admin/axes/accesslog/<path:object_id>/": (302, 302, 302, 302, 302, 302),
    "admin/practices/adminunit/<path:object_id>/": (302, 302, 302, 302, 302, 302),
    "admin/practices/criterion/<path:object_id>/": (302, 302, 302, 302, 302, 302),
    "admin/practices/enquiry/<path:object_id>/": (302, 302, 302, 302, 302, 302),
    "admin/practices/mappinground/<path:object_id>/": (302, 302, 302, 302, 302, 302),
    "admin/practices/partner/<path:object_id>/": (302, 302, 302, 302, 302, 302),
    "admin/practices/practice/<path:object_id>/": (302, 302, 302, 302, 302, 302),
    "admin/practices/stagechange/<path:object_id>/": (302, 302, 302, 302, 302, 302),
    "admin/practices/theme/<path:object_id>/": (302, 302, 302, 302, 302, 302),
    "admin:app_list": (302, 302, 200, 200, 200, 200),
    "admin:auth_group_add": (302, 302, 403, 403, 403, 200),
    "admin:auth_group_change": (302, 302, 403, 403, 403, 200),
    "admin:auth_group_changelist": (302, 302, 403, 403, 403, 200),
    "admin:auth_group_delete": (302, 302, 403, 403, 403, 200),
    "admin:auth_group_history": (302, 302, 403, 403, 403, 200),
    "admin:auth_user_add": (302, 302, 403, 403, 200, 200),
    "admin:auth_user_change": (302, 302, 403, 403, 200, 200),
    "admin:auth_user_changelist": (302, 302, 403, 403, 200, 200),
    "admin:auth_user_delete": (302, 302, 403, 403, 403, 200),
    "admin:auth_user_history": (302, 302, 403, 403, 200, 200),
    "admin:autocomplete": (302, 302, 200, 200, 200, 200),
    "admin:axes_accessattempt_add": (302, 302, 403, 403, 403, 403),
    "admin:axes_accessattempt_change": (302, 302, 403, 403, 403, 200),
    "admin:axes_accessattempt_changelist": (302, 302, 403, 403, 403, 200),
    "admin:axes_accessattempt_delete": (302, 302, 403, 403, 403, 200),
    "admin:axes_accessattempt_history": (302, 302, 403, 403, 403, 200),
    "admin:axes_accessfailurelog_add": (302, 302, 403, 403, 403, 403),
    "admin:axes_accessfailurelog_change": (302, 302, 403, 403, 403, 200),
    "admin:axes_accessfailurelog_changelist": (302, 302, 403, 403, 403, 200),
    "admin:axes_accessfailurelog_delete": (302, 302, 403, 403, 403, 200),
    "admin:axes_accessfailurelog_history": (302, 302, 403, 403, 403, 200),
    "admin:axes_accesslog_add": (302, 302, 403, 403, 403, 403),
    "admin:axes_accesslog_change": (302, 302, 403, 403, 403, 200),
    "admin:axes_accesslog_changelist": (302, 302, 403, 403, 403, 200),
    "admin:axes_accesslog_delete": (302, 302, 403, 403, 403, 200),
    "admin:axes_accesslog_history": (302, 302, 403, 403, 403, 200),
    "admin:index": (302, 302, 302, 302, 302, 302),  # each curation role lands on its desk
    "admin:jsi18n": (302, 302, 200, 200, 200, 200),
    "admin:login": (200, 200, 302, 302, 302, 302),
    "admin:logout": (302, 302, 405, 405, 405, 405),
    "admin:password_change": (302, 302, 200, 200, 200, 200),
    "admin:password_change_done": (302, 302, 200, 200, 200, 200),
    "admin:practices_adminunit_add": (302, 302, 403, 403, 403, 200),
    "admin:practices_adminunit_change": (302, 302, 200, 200, 200, 200),
    "admin:practices_adminunit_changelist": (302, 302, 200, 200, 200, 200),
    "admin:practices_adminunit_delete": (302, 302, 403, 403, 403, 403),
    "admin:practices_adminunit_history": (302, 302, 200, 200, 200, 200),
    "admin:practices_criterion_add": (302, 302, 403, 403, 200, 200),
    "admin:practices_criterion_change": (302, 302, 403, 200, 200, 200),
    "admin:practices_criterion_changelist": (302, 302, 403, 200, 200, 200),
    "admin:practices_criterion_delete": (302, 302, 403, 403, 403, 200),
    "admin:practices_criterion_history": (302, 302, 403, 200, 200, 200),
    "admin:practices_enquiry_add": (302, 302, 403, 403, 403, 403),
    "admin:practices_enquiry_change": (302, 302, 403, 403, 200, 200),
    "admin:practices_enquiry_changelist": (302, 302, 403, 403, 200, 200),
    "admin:practices_enquiry_delete": (302, 302, 403, 403, 403, 200),
    "admin:practices_enquiry_history": (302, 302, 403, 403, 200, 200),
    "admin:practices_mappinground_add": (302, 302, 403, 403, 200, 200),
    "admin:practices_mappinground_change": (302, 302, 403, 403, 200, 200),
    "admin:practices_mappinground_changelist": (302, 302, 403, 403, 200, 200),
    "admin:practices_mappinground_delete": (302, 302, 403, 403, 200, 200),
    "admin:practices_mappinground_history": (302, 302, 403, 403, 200, 200),
    "admin:practices_partner_add": (302, 302, 403, 403, 200, 200),
    "admin:practices_partner_change": (302, 302, 200, 403, 200, 200),
    "admin:practices_partner_changelist": (302, 302, 200, 403, 200, 200),
    "admin:practices_partner_delete": (302, 302, 403, 403, 403, 200),
    "admin:practices_partner_history": (302, 302, 200, 403, 200, 200),
    "admin:practices_practice_add": (302, 302, 403, 403, 200, 200),
    "admin:practices_practice_change": (302, 302, 200, 404, 200, 200),
    "admin:practices_practice_changelist": (302, 302, 200, 200, 200, 200),
    "admin:practices_practice_dashboard": (302, 302, 200, 200, 200, 200),
    "admin:records": (302, 302, 200, 200, 200, 200),
    "admin:practices_practice_delete": (302, 302, 403, 404, 403, 200),
    "admin:practices_practice_history": (302, 302, 200, 404, 200, 200),
    "admin:practices_practice_import": (302, 302, 403, 403, 200, 200),
    "admin:practices_practice_import_template": (302, 302, 403, 403, 200, 200),
    "admin:practices_practice_move": (302, 302, 302, 404, 302, 302),
    "admin:practices_practice_pipeline": (302, 302, 403, 403, 200, 200),
    "admin:practices_practice_pipeline_workbook": (302, 302, 403, 403, 200, 200),
    "admin:practices_practice_process_import": (302, 302, 405, 405, 405, 405),
    "admin:practices_practice_ranking": (302, 302, 403, 403, 200, 200),
    "admin:practices_practice_revision": (302, 302, 200, 404, 200, 200),
    "admin:practices_practice_score": (302, 302, 404, 200, 403, 403),
    "admin:practices_practice_simple_history": (302, 302, 302, 302, 302, 302),
    "admin:practices_stagechange_add": (302, 302, 403, 403, 403, 403),
    "admin:practices_stagechange_change": (302, 302, 200, 404, 200, 200),
    "admin:practices_stagechange_changelist": (302, 302, 200, 200, 200, 200),
    "admin:practices_stagechange_delete": (302, 302, 403, 404, 403, 403),
    "admin:practices_stagechange_history": (302, 302, 200, 404, 200, 200),
    "admin/practices/opendataterms/<path:object_id>/": (302, 302, 302, 302, 302, 302),
    "admin:practices_opendataterms_add": (302, 302, 403, 403, 403, 403),
    "admin:practices_opendataterms_change": (302, 302, 403, 403, 200, 200),
    "admin:practices_opendataterms_changelist": (302, 302, 403, 403, 302, 302),  # to the row
    "admin:practices_opendataterms_delete": (302, 302, 403, 403, 403, 403),
    "admin:practices_opendataterms_history": (302, 302, 403, 403, 200, 200),
    "admin/practices/siteidentity/<path:object_id>/": (302, 302, 302, 302, 302, 302),
    "admin:practices_siteidentity_add": (302, 302, 403, 403, 403, 403),
    "admin:practices_siteidentity_change": (302, 302, 403, 403, 200, 200),
    "admin:practices_siteidentity_changelist": (302, 302, 403, 403, 302, 302),  # to the row
    "admin:practices_siteidentity_delete": (302, 302, 403, 403, 403, 403),
    "admin:practices_siteidentity_history": (302, 302, 403, 403, 200, 200),
    "admin:practices_siteidentity_simple_history": (302, 302, 403, 403, 200, 200),
    "practices:open_data": (200, 200, 200, 200, 200, 200),
    "practices:statistics": (200, 200, 200, 200, 200, 200),
    "practices:statistics_csv": (200, 200, 200, 200, 200, 200),
    "practices:open_data_file": (200, 200, 200, 200, 200, 200),
    "admin:practices_sitepage_add": (302, 302, 403, 403, 200, 200),
    "admin:practices_sitepage_change": (302, 302, 403, 403, 200, 200),
    "admin:practices_sitepage_changelist": (302, 302, 403, 403, 200, 200),
    "admin:practices_sitepage_delete": (302, 302, 403, 403, 403, 403),
    "admin:practices_sitepage_history": (302, 302, 403, 403, 200, 200),
    "admin:practices_sitepage_simple_history": (302, 302, 403, 403, 200, 200),
    "admin:practices_theme_add": (302, 302, 403, 403, 200, 200),
    "admin:practices_theme_change": (302, 302, 200, 200, 200, 200),
    "admin:practices_theme_changelist": (302, 302, 200, 200, 200, 200),
    "admin:practices_theme_delete": (302, 302, 403, 403, 403, 200),
    "admin:practices_theme_history": (302, 302, 200, 200, 200, 200),
    "admin:view_on_site": (302, 302, 302, 302, 302, 302),
    "view_on_site": (302, 302, 302, 302, 302, 302),  # ours, before the admin's; a public one
    "healthz": (200, 200, 200, 200, 200, 200),
    "readyz": (200, 200, 200, 200, 200, 200),
    "media": (200, 200, 200, 200, 200, 200),
    "practices:detail": (200, 200, 200, 200, 200, 200),
    "practices:enquiry": (200, 200, 200, 200, 200, 200),
    "practices:preview": (404, 404, 200, 404, 200, 200),  # the draft: its documenter, curators
    "practices:preview candidate": (404, 404, 404, 200, 200, 200),
    "practices:enquiry_sent": (200, 200, 200, 200, 200, 200),
    "practices:feed_atom": (200, 200, 200, 200, 200, 200),
    "practices:feed_rss": (200, 200, 200, 200, 200, 200),
    "practices:home": (200, 200, 200, 200, 200, 200),
    "practices:list": (200, 200, 200, 200, 200, 200),
    "practices:nominate": (200, 200, 200, 200, 200, 200),
    "practices:nominate_thanks": (200, 200, 200, 200, 200, 200),
    "practices:manifest": (200, 200, 200, 200, 200, 200),
    "practices:site_map": (200, 200, 200, 200, 200, 200),
    "practices:offline": (200, 200, 200, 200, 200, 200),
    "service_worker": (200, 200, 200, 200, 200, 200),
    "practices:about": (200, 200, 200, 200, 200, 200),
    "practices:contact": (200, 200, 200, 200, 200, 200),
    "practices:partner": (200, 200, 200, 200, 200, 200),
    "practices:pdf": (200, 200, 200, 200, 200, 200),
    "practices:place": (200, 200, 200, 200, 200, 200),
    "practices:theme": (200, 200, 200, 200, 200, 200),
    "practices:theme_feed_atom": (200, 200, 200, 200, 200, 200),
    "practices:theme_feed_rss": (200, 200, 200, 200, 200, 200),
    "practices:download": (200, 200, 200, 200, 200, 200),
    "practices:api_docs": (200, 200, 200, 200, 200, 200),
    # The API reads no session: everyone is its anonymous reader without a token.
    "api:schema": (200, 200, 200, 200, 200, 200),
    "api:practice-list": (200, 200, 200, 200, 200, 200),
    "api:practice-detail": (200, 200, 200, 200, 200, 200),
    "api:theme-list": (200, 200, 200, 200, 200, 200),
    "api:theme-detail": (200, 200, 200, 200, 200, 200),
    "api:place-list": (200, 200, 200, 200, 200, 200),
    "api:place-detail": (200, 200, 200, 200, 200, 200),
    "api:partner-list": (200, 200, 200, 200, 200, 200),
    "api:partner-detail": (200, 200, 200, 200, 200, 200),
    "api:replication-list": (200, 200, 200, 200, 200, 200),
    "api:replication-detail": (200, 200, 200, 200, 200, 200),
    "api:event-list": (200, 200, 200, 200, 200, 200),
    "api:event-detail": (200, 200, 200, 200, 200, 200),
    "accounts:token_create": (405, 405, 405, 405, 405, 405),  # POST only
    "accounts:token_revoke": (405, 405, 405, 405, 405, 405),
    "set_language": (302, 302, 302, 302, 302, 302),
    "accounts:login": (200, 302, 302, 302, 302, 302),
    "accounts:logout": (405, 405, 405, 405, 405, 405),
    "accounts:home": (302, 302, 302, 302, 302, 302),
    "accounts:account": (302, 200, 200, 200, 200, 200),
    "accounts:password_change": (302, 200, 200, 200, 200, 200),
    "accounts:password_reset": (200, 200, 200, 200, 200, 200),
    "accounts:password_reset_done": (200, 200, 200, 200, 200, 200),
    "accounts:password_reset_confirm": (200, 200, 200, 200, 200, 200),
    "admin_password_reset": (200, 200, 200, 200, 200, 200),
    "sitemap": (200, 200, 200, 200, 200, 200),
    "admin:auth_user_password_change": (302, 302, 403, 403, 403, 200),
    "practices:detail network": (404, 200, 404, 404, 404, 200),
    "practices:detail draft": (404, 404, 404, 404, 404, 404),
    "practices:pdf network": (404, 200, 404, 404, 404, 200),
    "practices:pdf draft": (404, 404, 404, 404, 404, 404),
    "practices:enquiry draft": (404, 404, 404, 404, 404, 404),
    "admin/practices/event/<path:object_id>/": (302, 302, 302, 302, 302, 302),
    "admin/practices/replication/<path:object_id>/": (302, 302, 302, 302, 302, 302),
    "admin:practices_event_add": (302, 302, 403, 403, 200, 200),
    "admin:practices_event_change": (302, 302, 403, 403, 200, 200),
    "admin:practices_event_changelist": (302, 302, 403, 403, 200, 200),
    "admin:practices_event_delete": (302, 302, 403, 403, 200, 200),
    "admin:practices_event_history": (302, 302, 403, 403, 200, 200),
    "admin:practices_event_revision": (302, 302, 403, 403, 200, 200),
    "admin:practices_event_simple_history": (302, 302, 302, 302, 302, 302),
    # The documenter coaches the replication: they read it and write its logbook.
    "admin:practices_replication_add": (302, 302, 403, 403, 200, 200),
    "admin:practices_replication_change": (302, 302, 200, 404, 200, 200),
    "admin:practices_replication_changelist": (302, 302, 200, 403, 200, 200),
    "admin:practices_replication_delete": (302, 302, 403, 404, 403, 200),
    "admin:practices_replication_document": (302, 302, 302, 404, 302, 302),
    "admin:practices_replication_history": (302, 302, 200, 404, 200, 200),
    "admin:practices_replication_logbook": (302, 302, 200, 404, 200, 200),
    "admin:practices_replication_move": (302, 302, 302, 404, 302, 302),
    "admin:practices_replication_revision": (302, 302, 200, 404, 200, 200),
    "admin:practices_replication_simple_history": (302, 302, 302, 302, 302, 302),
    "practices:event": (200, 200, 200, 200, 200, 200),
    "practices:events": (200, 200, 200, 200, 200, 200),
    "practices:events_ical": (200, 200, 200, 200, 200, 200),
    "practices:replication": (200, 200, 200, 200, 200, 200),
    "practices:replications": (200, 200, 200, 200, 200, 200),
    # Only who may see the draft: its documenter, not a screener assigned elsewhere.
    "media draft photo": (404, 404, 200, 404, 200, 200),
    "media draft document": (404, 404, 200, 404, 200, 200),
    "admin:practices_practice_change other": (302, 302, 404, 404, 200, 200),
    "admin:practices_practice_score other": (302, 302, 404, 404, 403, 403),
}


def test_every_url_pattern_is_in_the_table():
    assert sorted(all_patterns() - set(EXPECTED)) == []


def answers(client, world):
    """{(label, role): (status, what)}: what a 200 rendered (its first template), where a 302
    leads."""
    addresses = urls_for(world)
    addresses.update({label: make(world) for label, make in OBJECT_LEVEL.items()})
    table = {}
    for label, url in addresses.items():
        for role in ROLES:
            client.logout()
            if world["users"][role] is not None:
                client.force_login(world["users"][role])
            response = client.get(url)
            if getattr(response, "streaming", False):
                b"".join(response.streaming_content)  # closes it the way a server would
            what = response.templates[0].name if response.templates else None
            table[label, role] = (response.status_code, response.get("Location", what))
    return table


ERROR_PAGES = {"400.html", "403.html", "404.html", "500.html"}
SIGN_IN_PAGES = {"admin:login": "admin/login.html", "accounts:login": "accounts/login.html"}


def misplaced(label, role, status, what):
    """A 200 that is an error or sign-in page in the place of the page asked for, or a reader
    the admin does not send to its sign-in page."""
    if status == 200:
        return what in ERROR_PAGES or (
            what in SIGN_IN_PAGES.values() and SIGN_IN_PAGES.get(label) != what
        )
    outsider = role in ("anonymous", "partner") and label.startswith("admin")
    # Signing out of the admin sends one to its front door, which then asks to sign in.
    sign_in = "/admin/" if label == "admin:logout" else "/admin/login/?next=/admin/"
    return status == 302 and outsider and not what.startswith(sign_in)


@pytest.mark.django_db
def test_every_url_answers_each_role_as_the_table_says(client, world):
    answered = answers(client, world)
    actual = {label: tuple(answered[label, role][0] for role in ROLES) for label, _ in answered}
    wrong = {k: (actual.get(k), EXPECTED[k]) for k in EXPECTED if actual.get(k) != EXPECTED[k]}
    assert wrong == {}
    assert [key for key, answer in answered.items() if misplaced(*key, *answer)] == []


def database_state():
    """Every row's key of every table, and the practices' curated fields."""
    from django.apps import apps
    from django.db import connection

    from practices.models import Practice

    tables = connection.introspection.table_names()
    state = {
        model._meta.label: list(model._default_manager.order_by("pk").values_list("pk", flat=True))
        for model in apps.get_models()
        # Sessions and the sign-in log change on every visit by design; the facet tables
        # exist on PostgreSQL only.
        if model._meta.app_label not in ("sessions", "axes") and model._meta.db_table in tables
    }
    state["practices"] = list(
        Practice.objects.order_by("pk").values_list("pk", "stage", "visibility", "title_en")
    )
    return state


# Endpoints that only take POST (GET answers 405 or redirects): who is refused there.
POST_REFUSED = {
    "admin:practices_practice_move": {"anonymous", "partner", "documenter", "screener"},
    "admin:practices_practice_pipeline": (302, 302, 403, 403, 200, 200),
    "admin:practices_practice_pipeline_workbook": (302, 302, 403, 403, 200, 200),
    "admin:practices_practice_process_import": {"anonymous", "partner", "documenter", "screener"},
}


def forbidden(label, role, status):
    if label in POST_REFUSED:
        return role in POST_REFUSED[label]
    if status == 405:  # signing out, for one, is a POST anyone may make
        return False
    if status in (403, 404):
        return True
    login_redirect = status == 302 and role in ("anonymous", "partner")
    return login_redirect and label.startswith("admin") and label != "admin:login"


@pytest.mark.django_db
def test_a_refused_post_changes_nothing(client, world):
    addresses = urls_for(world)
    addresses.update({label: make(world) for label, make in OBJECT_LEVEL.items()})
    draft = world["draft"]
    payload = {
        "title_en": "Overwritten",
        "title_km": "សរសេរជាន់",
        "to": Stage.PUBLISHED,
        "note": "forced",
        "action": "archive",
        "_selected_action": [draft.pk],
        "name": "x",
        "organisation": "x",
        "contact": "x",
        "message": "x",
        "post": "yes",
    }
    before = database_state()
    tried = changed = 0
    for label, url in addresses.items():
        for role, status in zip(ROLES, EXPECTED[label], strict=True):
            if not forbidden(label, role, status):
                continue
            client.logout()
            if world["users"][role] is not None:
                client.force_login(world["users"][role])
            response = client.post(url.split("?")[0], payload)
            tried += 1
            changed += database_state() != before
            assert response.status_code in (302, 403, 404, 405), (label, role)
    assert (changed, tried > 300) == (0, True)
