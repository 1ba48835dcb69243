"""Every URL pattern of the project, a world of objects and users behind them, and one
concrete address per pattern: shared by the access table and the bad-input tests."""

from django.urls import URLResolver, get_resolver

from practices.models import (
    Assignment,
    Document,
    Enquiry,
    MappingRound,
    Photo,
    ReplicationAssignment,
    SiteIdentity,
    SitePage,
    Stage,
    StageChange,
    Visibility,
)
from tests.factories import (
    add_partner,
    image_file,
    make_event,
    make_member,
    make_practice,
    make_ready_practice,
    make_replication,
    make_user,
    pdf_file,
)

ROLES = ("anonymous", "partner", "documenter", "screener", "coordinator", "superuser")


def all_patterns():
    """(route, name) of every URL pattern, walking include()s."""

    def walk(patterns, prefix, namespace):
        for p in patterns:
            if isinstance(p, URLResolver):
                ns = ":".join(x for x in (namespace, p.namespace) if x)
                yield from walk(p.url_patterns, prefix + str(p.pattern), ns)
            else:
                name = f"{namespace}:{p.name}" if namespace and p.name else p.name
                yield prefix + str(p.pattern), name

    return {(name or route) for route, name in walk(get_resolver().url_patterns, "", "")}


def build_world(admin_units):
    users = {
        "anonymous": None,
        "partner": make_member("Partner"),
        "documenter": make_member("Documenter"),
        "screener": make_member("Screener"),
        "coordinator": make_member("Coordinator"),
        "superuser": make_user(is_staff=True, is_superuser=True),
    }
    published = make_ready_practice(stage=Stage.PUBLISHED)
    network = make_practice(visibility=Visibility.NETWORK)
    draft = make_ready_practice(stage=Stage.DOCUMENTING, visibility=Visibility.INTERNAL)
    candidate = make_ready_practice(stage=Stage.SCREENING)
    other = make_ready_practice(stage=Stage.DOCUMENTING)
    Assignment.objects.create(practice=draft, user=users["documenter"], role="documenter")
    Assignment.objects.create(practice=candidate, user=users["screener"], role="screener")
    draft.title_en = "Changed once"
    draft.save()
    w = {
        "users": users,
        "published": published,
        "network": network,
        "draft": draft,
        "candidate": candidate,
        "other": other,
        "partner_org": add_partner(published),
        "public_photo": Photo.objects.create(practice=published, image=image_file()),
        "draft_photo": Photo.objects.create(practice=draft, image=image_file()),
        "draft_document": Document.objects.create(practice=draft, file=pdf_file()),
        "round": MappingRound.objects.create(
            name="2027 call", starts_on="2027-01-01", ends_on="2027-03-31"
        ),
        "enquiry": Enquiry.objects.create(
            practice=published, name="Sok", organisation="Council", contact="012", message="Hi"
        ),
        "stage_change": StageChange.objects.create(
            practice=draft, from_stage="selected", to_stage="documenting"
        ),
    }
    # A public replication of the published practice, followed by the documenter, and an event.
    w["replication"] = make_replication(sources=[published], stage="implementing")
    ReplicationAssignment.objects.create(
        replication=w["replication"], user=users["documenter"], role="coach"
    )
    w["event"] = make_event(practices=[published], replications=[w["replication"]])
    return w


def admin_model_urls(app, model, obj):
    base = f"/admin/{app}/{model}/"
    pk = obj.pk if obj is not None else 1
    return {
        f"admin:{app}_{model}_changelist": base,
        f"admin:{app}_{model}_add": base + "add/",
        f"admin:{app}_{model}_change": f"{base}{pk}/change/",
        f"admin:{app}_{model}_history": f"{base}{pk}/history/",
        f"admin:{app}_{model}_delete": f"{base}{pk}/delete/",
    }


def urls_for(w):
    """One concrete address for each pattern (name, or route for unnamed ones)."""
    from axes.models import AccessAttempt, AccessFailureLog, AccessLog
    from django.contrib.auth.models import Group, User
    from django.contrib.contenttypes.models import ContentType

    from practices.models import OpenDataTerms

    pub, draft = w["published"], w["draft"]
    theme = pub.themes.first()
    attempt = AccessAttempt.objects.create(
        username="x", ip_address="192.0.2.1", failures_since_start=1, get_data="", post_data=""
    )
    log = AccessLog.objects.create(username="x", ip_address="192.0.2.1")
    failure = AccessFailureLog.objects.create(username="x", ip_address="192.0.2.1")
    history_id = draft.history.order_by("history_id").first().history_id
    practice_ct = ContentType.objects.get_for_model(type(pub))
    p = "/admin/practices/practice"
    r = "/admin/practices/replication"
    urls = {
        "healthz": "/healthz",
        "readyz": "/readyz",
        "set_language": "/i18n/setlang/",
        "sitemap": "/sitemap.xml",
        "media": w["public_photo"].image.url,
        "practices:home": "/en/",
        "practices:list": "/en/practices/",
        "practices:detail": f"/en/practices/{pub.slug}/",
        "practices:pdf": f"/en/practices/{pub.slug}/pdf/",
        "practices:enquiry": f"/en/practices/{pub.slug}/replicate/",
        "practices:preview": f"/en/preview/{draft.pk}/",
        "practices:enquiry_sent": f"/en/practices/{pub.slug}/replicate/sent/",
        "practices:theme": f"/en/themes/{theme.slug}/",
        "practices:place": "/en/places/02/",
        "practices:partner": f"/en/partners/{w['partner_org'].slug}/",
        "practices:feed_rss": "/en/feeds/practices.rss",
        "practices:feed_atom": "/en/feeds/practices.atom",
        "practices:theme_feed_rss": f"/en/feeds/themes/{theme.slug}.rss",
        "practices:theme_feed_atom": f"/en/feeds/themes/{theme.slug}.atom",
        "practices:nominate": "/en/nominate/",
        "practices:download": "/en/practices/download.csv",
        "practices:api_docs": "/en/api/",
        "practices:open_data": "/en/open-data/",
        "practices:statistics": "/en/statistics/",
        "practices:statistics_csv": "/en/statistics/theme.csv",
        "practices:open_data_file": "/en/open-data/datapackage.json",
        "api:schema": "/api/v1/schema/",
        "api:practice-list": "/api/v1/practices/",
        "api:practice-detail": f"/api/v1/practices/{pub.slug}/",
        "api:theme-list": "/api/v1/themes/",
        "api:theme-detail": f"/api/v1/themes/{theme.slug}/",
        "api:place-list": "/api/v1/places/",
        "api:place-detail": "/api/v1/places/02/",
        "api:partner-list": "/api/v1/partners/",
        "api:partner-detail": f"/api/v1/partners/{w['partner_org'].slug}/",
        "api:replication-list": "/api/v1/replications/",
        "api:replication-detail": f"/api/v1/replications/{w['replication'].slug}/",
        "api:event-list": "/api/v1/events/",
        "api:event-detail": f"/api/v1/events/{w['event'].slug}/",
        "accounts:token_create": "/en/accounts/tokens/",
        "accounts:token_revoke": "/en/accounts/tokens/1/revoke/",
        "practices:nominate_thanks": "/en/nominate/thanks/",
        "practices:manifest": "/en/manifest.webmanifest",
        "practices:site_map": "/en/site-map/",
        "practices:offline": "/en/offline/",
        "service_worker": "/sw.js",
        "practices:about": "/en/about/",
        "practices:contact": "/en/contact/",
        "accounts:login": "/en/accounts/login/",
        "accounts:logout": "/en/accounts/logout/",
        "accounts:home": "/en/accounts/home/",
        "accounts:account": "/en/accounts/",
        "accounts:password_change": "/en/accounts/password/",
        "accounts:password_reset": "/en/accounts/reset/",
        "accounts:password_reset_done": "/en/accounts/reset/sent/",
        "accounts:password_reset_confirm": "/en/accounts/reset/MQ/not-a-token/",
        "admin_password_reset": "/admin/password_reset/",
        "admin:index": "/admin/",
        "admin:records": "/admin/records/",
        "admin:login": "/admin/login/",
        "admin:logout": "/admin/logout/",
        "admin:password_change": "/admin/password_change/",
        "admin:password_change_done": "/admin/password_change/done/",
        "admin:autocomplete": "/admin/autocomplete/?app_label=practices&model_name=practice"
        "&field_name=units&term=Banan",
        "admin:jsi18n": "/admin/jsi18n/",
        "admin:view_on_site": f"/admin/r/{practice_ct.pk}/{pub.pk}/",
        "view_on_site": f"/admin/r/{practice_ct.pk}/{pub.pk}/",
        "admin:app_list": "/admin/practices/",
        "admin/(?P<url>.*)$": "/admin/no-such-page/",
        "admin:practices_practice_dashboard": "/admin/practices/practice/dashboard/",
        "admin:practices_practice_ranking": "/admin/practices/practice/screening/",
        "admin:practices_practice_pipeline": "/admin/practices/practice/pipeline/",
        "admin:practices_practice_pipeline_workbook": "/admin/practices/practice/pipeline.xlsx",
        "admin:practices_practice_import_template": "/admin/practices/practice/import-template.csv",
        "admin:practices_practice_move": f"/admin/practices/practice/{draft.pk}/move/",
        "admin:practices_practice_score": f"/admin/practices/practice/{w['candidate'].pk}/score/",
        "admin:practices_practice_revision": f"{p}/{draft.pk}/revisions/{history_id}/",
        "admin:practices_practice_process_import": "/admin/practices/practice/process_import/",
        "admin:practices_practice_import": "/admin/practices/practice/import/",
        "admin:practices_practice_simple_history": f"{p}/{draft.pk}/history/{history_id}/",
        "practices:replications": "/en/replications/",
        "practices:replication": f"/en/replications/{w['replication'].slug}/",
        "practices:events": "/en/events/",
        "practices:event": f"/en/events/{w['event'].slug}/",
        "practices:events_ical": "/en/feeds/events.ics",
        "admin:practices_replication_move": f"{r}/{w['replication'].pk}/move/",
        "admin:practices_replication_logbook": f"{r}/{w['replication'].pk}/logbook/",
        "admin:practices_replication_document": f"{r}/{w['replication'].pk}/document/",
        "admin:practices_replication_simple_history": (
            f"{r}/{w['replication'].pk}/history/{w['replication'].history.first().history_id}/"
        ),
        "admin:practices_replication_revision": (
            f"{r}/{w['replication'].pk}/revisions/{w['replication'].history.first().history_id}/"
        ),
        "admin:practices_event_revision": (
            f"/admin/practices/event/{w['event'].pk}/revisions/"
            f"{w['event'].history.first().history_id}/"
        ),
        "admin:practices_event_simple_history": (
            f"/admin/practices/event/{w['event'].pk}/history/"
            f"{w['event'].history.first().history_id}/"
        ),
    }
    site_page = SitePage.objects.get_or_create(
        kind="about", defaults={"title_en": "About", "body_en": "Text."}
    )[0]
    identity = SiteIdentity.objects.get_or_create(pk=1)[0]
    objects = {
        ("auth", "group"): Group.objects.first(),
        ("auth", "user"): User.objects.get(pk=w["users"]["partner"].pk),
        ("axes", "accessattempt"): attempt,
        ("axes", "accesslog"): log,
        ("axes", "accessfailurelog"): failure,
        ("practices", "adminunit"): type(theme)
        ._meta.apps.get_model("practices", "AdminUnit")
        .objects.get(code="0201"),
        ("practices", "theme"): theme,
        ("practices", "partner"): w["partner_org"],
        ("practices", "enquiry"): w["enquiry"],
        ("practices", "mappinground"): w["round"],
        ("practices", "criterion"): type(theme)
        ._meta.apps.get_model("practices", "Criterion")
        .objects.first(),
        ("practices", "stagechange"): w["stage_change"],
        ("practices", "practice"): draft,
        ("practices", "opendataterms"): OpenDataTerms.objects.get_or_create(pk=1)[0],
        ("practices", "sitepage"): site_page,
        ("practices", "siteidentity"): identity,
        ("practices", "replication"): w["replication"],
        ("practices", "event"): w["event"],
    }
    urls["admin:practices_sitepage_simple_history"] = (
        f"/admin/practices/sitepage/{site_page.pk}/history/{site_page.history.first().history_id}/"
    )
    urls["admin:practices_siteidentity_simple_history"] = (
        f"/admin/practices/siteidentity/{identity.pk}/history/"
        f"{identity.history.first().history_id}/"
    )
    urls["admin:auth_user_password_change"] = (
        f"/admin/auth/user/{w['users']['partner'].pk}/password/"
    )
    for (app, model), obj in objects.items():
        urls.update(admin_model_urls(app, model, obj))
        urls[f"admin/{app}/{model}/<path:object_id>/"] = f"/admin/{app}/{model}/{obj.pk}/"
    return urls


# Nasty path segments, raw and already percent-encoded: control characters (refused with 400
# before anything reads them), broken UTF-8, climbing out, a very long one.
NASTY_SEGMENTS = ["%00", "a%00b", "%0A", "%7F", "%ff%fe", "%E1%9E", "..%2F..%2Fetc", "A" * 300]
CONTROL = ("%00", "%0A", "%7F")


def with_segment(address, segment):
    """The address with its last path segment replaced by `segment`, and with `segment`
    appended to it (a file name with a NUL after its extension)."""
    path = address.split("?")[0]
    trailing = "/" if path.endswith("/") else ""
    head, _, last = path.rstrip("/").rpartition("/")
    return [f"{head}/{segment}{trailing}", f"{head}/{last}{segment}{trailing}"]


def changelist_params(w):
    """{changelist address: the query parameters it filters by}: every concrete field's name,
    as an admin filter link or a hand-edited address would send it."""
    from django.contrib import admin

    params = {}
    for model in admin.site._registry:
        opts = model._meta
        names = [f.attname for f in opts.concrete_fields] + ["q", "o", "p", "e"]
        params[f"/admin/{opts.app_label}/{opts.model_name}/"] = names
    return params


def autocomplete_addresses():
    """Every autocomplete the admin's forms use, as its address without the search term."""
    from django.contrib import admin

    found = []
    for model, model_admin in admin.site._registry.items():
        inlines = [(i.model, i.autocomplete_fields) for i in model_admin.inlines]
        for owner, fields in [(model, model_admin.autocomplete_fields), *inlines]:
            for field in fields:
                opts = owner._meta
                found.append(
                    f"/admin/autocomplete/?app_label={opts.app_label}"
                    f"&model_name={opts.model_name}&field_name={field}"
                )
    return found
