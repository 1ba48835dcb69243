from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PracticesConfig(AppConfig):
    name = "practices"
    verbose_name = _("Good practices")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        """Connect the signals that keep the public read model in step, and keep revisions of
        practices, replications and events. modeltranslation has registered the language
        columns by now (it precedes this app), so revisions keep both languages."""
        import simple_history

        from practices import signals  # noqa: F401 - connects its receivers
        from practices.models import Event, Practice, Replication, SiteIdentity, SitePage
        from practices.opendata import package  # noqa: F401 - follows committed changes

        simple_history.register(
            Practice,
            app="practices",
            excluded_fields=["updated_at"],
            m2m_fields=["themes", "units"],
        )
        simple_history.register(SitePage, app="practices", excluded_fields=["updated_at"])
        simple_history.register(SiteIdentity, app="practices", excluded_fields=["updated_at"])
        for model, m2m in ((Replication, ["sources"]), (Event, ["practices", "replications"])):
            simple_history.register(
                model, app="practices", excluded_fields=["updated_at"], m2m_fields=m2m
            )
