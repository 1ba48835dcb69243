"""Admin for the records around curation: mapping rounds, criteria and the stage history."""

from django.contrib import admin
from django.db.models import Count, Q
from django.urls import reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

from practices import audience
from practices.admin.mixins import HiddenIs404Mixin, pair
from practices.models import Criterion, MappingRound, Stage, StageChange

SELECTED_AND_AFTER = [Stage.SELECTED, Stage.DOCUMENTING, Stage.IN_REVIEW, Stage.PUBLISHED]
ROUND_COLUMNS = [
    ("n_candidates", _("candidates"), Q()),
    ("n_screening", _("in screening"), Q(practices__stage=Stage.SCREENING)),
    ("n_selected", _("selected and after"), Q(practices__stage__in=SELECTED_AND_AFTER)),
    ("n_published", _("published"), Q(practices__stage=Stage.PUBLISHED)),
]


@admin.register(MappingRound)
class MappingRoundAdmin(admin.ModelAdmin):
    list_display = ["name", "starts_on", "ends_on", *(name for name, _l, _q in ROUND_COLUMNS)]
    list_display += ["ranking_link"]
    search_fields = ["name"]
    filter_horizontal = ["themes"]
    fields = ["name", ("starts_on", "ends_on"), "themes", "description"]

    def get_queryset(self, request):
        counts = {name: Count("practices", filter=q) for name, _l, q in ROUND_COLUMNS}
        return super().get_queryset(request).annotate(**counts)

    @admin.display(description=_("candidates"), ordering="n_candidates")
    def n_candidates(self, obj):
        return obj.n_candidates

    @admin.display(description=_("in screening"), ordering="n_screening")
    def n_screening(self, obj):
        return obj.n_screening

    @admin.display(description=_("selected and after"), ordering="n_selected")
    def n_selected(self, obj):
        return obj.n_selected

    @admin.display(description=_("published"), ordering="n_published")
    def n_published(self, obj):
        return obj.n_published

    @admin.display(description=_("screening"))
    def ranking_link(self, obj):
        url = reverse("admin:practices_practice_ranking") + f"?round={obj.pk}"
        return format_html('<a href="{}">{}</a>', url, _("Ranked candidates"))


@admin.register(Criterion)
class CriterionAdmin(admin.ModelAdmin):
    list_display = ["name_en", "name_km", "weight", "is_active", "order"]
    list_editable = ["weight", "is_active", "order"]
    fields = [pair("name"), pair("guidance"), ("weight", "is_active", "order")]

    def has_delete_permission(self, request, obj=None):
        # Scores refer to criteria; a criterion no longer used is made inactive.
        return request.user.is_superuser


@admin.register(StageChange)
class StageChangeAdmin(HiddenIs404Mixin, admin.ModelAdmin):
    list_display = ["at", "practice", "from_stage", "to_stage", "by", "note"]
    fields = ["practice", "from_stage", "to_stage", "by", "note"]  # the practice first
    list_filter = ["to_stage", "from_stage"]
    list_select_related = ["practice", "by"]
    search_fields = ["practice__title_km", "practice__title_en", "note"]
    date_hierarchy = "at"

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False

    def get_queryset(self, request):
        practices = audience.curated_by(request.user)
        return super().get_queryset(request).filter(practice__in=practices)
