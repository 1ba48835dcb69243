"""Replications and events in the API: lists filtered as on their public pages (the filters of
practices/exchange/pages.py, applied by the same code), and each record in both languages.

What a reader gets comes from practices/audience.py: replications and events by their
visibility, logbook entries never internal, source, resulting and presented practices only
when the reader may read them.
"""

from django.db.models import Prefetch
from django_filters import rest_framework as filters
from drf_spectacular.utils import extend_schema_field, inline_serializer
from rest_framework import serializers

from practices import audience
from practices.api.serializers import (
    LANGUAGES,
    BilingualField,
    PageUrlField,
    absolute,
)
from practices.filters import PROVINCE_CODE, SLUG
from practices.models import (
    PLAN_FIELDS,
    RESULT_FIELDS,
    Country,
    Event,
    Partner,
    Replication,
    ReplicationPartner,
    ReplicationStage,
)


def visibility_field():
    return serializers.ChoiceField(
        choices=["public", "network"],
        help_text="`network`: shared with the DELGOSEA network only (read with a partner's token).",
    )


def _inline(name, fields):
    return inline_serializer(name, {field: BilingualField(field) for field in fields})


class BilingualGroup(serializers.Field):
    """Several translated fields of the instance, each as {"km": ..., "en": ...}."""

    def __init__(self, fields, **kwargs):
        self.fields = fields
        super().__init__(source="*", read_only=True, **kwargs)

    def to_representation(self, instance):
        return {
            name: {lang: getattr(instance, f"{name}_{lang}") or "" for lang in LANGUAGES}
            for name in self.fields
        }


@extend_schema_field(_inline("TransferPlan", PLAN_FIELDS))
class PlanField(BilingualGroup):
    def __init__(self, **kwargs):
        super().__init__(PLAN_FIELDS, **kwargs)


@extend_schema_field(_inline("ReplicationResults", RESULT_FIELDS))
class ResultsField(BilingualGroup):
    def __init__(self, **kwargs):
        super().__init__(RESULT_FIELDS, **kwargs)


class LocationSerializer(serializers.Serializer):
    """Where an adopter or an event is: a Cambodian unit with its province, or a place abroad."""

    unit = serializers.CharField(source="unit.code", allow_null=True, default=None)
    province = serializers.SerializerMethodField()
    country = serializers.CharField()
    place_abroad = BilingualField("place_name")

    def get_province(self, item) -> str | None:
        return item.unit.code[:2] if item.unit_id else None


class AdopterSerializer(LocationSerializer):
    name = BilingualField("adopter_name")


class PracticeRefSerializer(serializers.Serializer):
    slug = serializers.SlugField()
    url = serializers.HyperlinkedIdentityField(view_name="api:practice-detail", lookup_field="slug")
    title = BilingualField()
    country = serializers.CharField()


class RecordRefSerializer(serializers.Serializer):
    slug = serializers.SlugField()
    title = BilingualField()


class ReplicationRefSerializer(RecordRefSerializer):
    url = serializers.HyperlinkedIdentityField(
        view_name="api:replication-detail", lookup_field="slug"
    )


class EventRefSerializer(RecordRefSerializer):
    url = serializers.HyperlinkedIdentityField(view_name="api:event-detail", lookup_field="slug")
    starts_on = serializers.DateField()


class SupportRoleSerializer(serializers.Serializer):
    slug = serializers.CharField(source="partner.slug")
    name = BilingualField("name", of="partner")
    acronym = serializers.CharField(source="partner.acronym")
    country = serializers.CharField(source="partner.country")
    role = serializers.ChoiceField(choices=ReplicationPartner.Role.choices)


@extend_schema_field(serializers.URLField(allow_null=True))
class FileUrlField(serializers.Field):
    def __init__(self, **kwargs):
        super().__init__(read_only=True, allow_null=True, **kwargs)

    def to_representation(self, file):
        return absolute(self.context.get("request"), file.url) if file else None


class LogbookEntrySerializer(serializers.Serializer):
    date = serializers.DateField()
    status = serializers.CharField()
    progress = serializers.CharField()
    obstacles = serializers.CharField()
    next_steps = serializers.CharField()
    photo = FileUrlField()
    document = FileUrlField()


class ReplicationListSerializer(serializers.ModelSerializer):
    url = serializers.HyperlinkedIdentityField(
        view_name="api:replication-detail", lookup_field="slug"
    )
    page = PageUrlField()
    visibility = visibility_field()
    title = BilingualField()
    stage = serializers.ChoiceField(choices=ReplicationStage.choices)
    adopter = AdopterSerializer(source="*")
    sources = PracticeRefSerializer(
        source="shown", many=True, read_only=True, help_text="The practices taken up."
    )

    class Meta:
        model = Replication
        fields = [
            "slug",
            "url",
            "page",
            "visibility",
            "title",
            "stage",
            "adopter",
            "sources",
            "created_at",
            "updated_at",
        ]


class ReplicationSerializer(ReplicationListSerializer):
    partners = SupportRoleSerializer(source="partner_roles", many=True, read_only=True)
    plan = PlanField()
    results = ResultsField()
    resulting_practice = serializers.SerializerMethodField()
    logbook = LogbookEntrySerializer(source="shared_entries", many=True, read_only=True)
    events = EventRefSerializer(source="shown_events", many=True, read_only=True)

    class Meta(ReplicationListSerializer.Meta):
        fields = [
            *ReplicationListSerializer.Meta.fields,
            "partners",
            "plan",
            "results",
            "resulting_practice",
            "logbook",
            "events",
        ]

    @extend_schema_field(PracticeRefSerializer(allow_null=True))
    def get_resulting_practice(self, replication):
        practice = replication.shown_result
        return PracticeRefSerializer(practice, context=self.context).data if practice else None


class ParticipantsSerializer(serializers.Serializer):
    total = serializers.IntegerField(source="participants_total", allow_null=True)
    women = serializers.IntegerField(source="participants_women", allow_null=True)
    women_share = serializers.SerializerMethodField(help_text="Per cent of the total.")
    councils = serializers.IntegerField(source="councils_represented", allow_null=True)

    def get_women_share(self, event) -> int | None:
        total, women = event.participants_total, event.participants_women
        return round(100 * women / total) if total and women is not None else None


class OrganiserSerializer(serializers.ModelSerializer):
    name = BilingualField()

    class Meta:
        model = Partner
        fields = ["slug", "name", "acronym", "country"]


class EventPhotoSerializer(serializers.Serializer):
    url = FileUrlField(source="image")
    caption = BilingualField()
    credit = serializers.CharField()


class EventDocumentSerializer(serializers.Serializer):
    url = FileUrlField(source="file")
    title = serializers.CharField()


class EventListSerializer(serializers.ModelSerializer):
    url = serializers.HyperlinkedIdentityField(view_name="api:event-detail", lookup_field="slug")
    page = PageUrlField()
    visibility = visibility_field()
    kind = serializers.ChoiceField(choices=Event.Kind.choices)
    title = BilingualField()
    place = LocationSerializer(source="*")
    participants = ParticipantsSerializer(source="*")

    class Meta:
        model = Event
        fields = [
            "slug",
            "url",
            "page",
            "visibility",
            "kind",
            "title",
            "starts_on",
            "ends_on",
            "place",
            "participants",
        ]


class EventSerializer(EventListSerializer):
    description = BilingualField()
    report = BilingualField()
    organisers = OrganiserSerializer(many=True, read_only=True)
    practices = PracticeRefSerializer(
        source="shown_practices", many=True, read_only=True, help_text="Practices presented."
    )
    replications = ReplicationRefSerializer(
        source="shown_replications", many=True, read_only=True, help_text="Replications served."
    )
    photos = EventPhotoSerializer(many=True, read_only=True)
    documents = EventDocumentSerializer(many=True, read_only=True)

    class Meta(EventListSerializer.Meta):
        fields = [
            *EventListSerializer.Meta.fields,
            "description",
            "report",
            "organisers",
            "practices",
            "replications",
            "photos",
            "documents",
        ]


# Filters: checked by shape here (a malformed value is a 400 naming it, and the schema says
# what each takes); applied by the public pages' own code. A well-formed value that names
# nothing finds nothing.


def _checked(queryset, name, value):
    return queryset


class ReplicationFilter(filters.FilterSet):
    stage = filters.ChoiceFilter(choices=ReplicationStage.choices, method=_checked)
    province = filters.CharFilter(
        label="Province of the adopter", method=_checked, validators=[PROVINCE_CODE]
    )
    country = filters.ChoiceFilter(
        label="Country of a source practice", choices=Country.choices, method=_checked
    )
    theme = filters.CharFilter(
        label="Thematic area of a source practice", method=_checked, validators=[SLUG]
    )
    partner = filters.CharFilter(label="Supporting partner", method=_checked, validators=[SLUG])

    class Meta:
        model = Replication
        fields = []


class EventFilter(filters.FilterSet):
    when = filters.ChoiceFilter(
        label="Upcoming (the default, soonest first) or past (latest first)",
        choices=[("upcoming", "upcoming"), ("past", "past")],
        method=_checked,
    )
    kind = filters.ChoiceFilter(choices=Event.Kind.choices, method=_checked)
    province = filters.CharFilter(method=_checked, validators=[PROVINCE_CODE])
    year = filters.NumberFilter(
        label="Year it starts", method=_checked, min_value=1990, max_value=2100
    )

    class Meta:
        model = Event
        fields = []


def _practices(request):
    """The practices the reader may read, as far as a reference to one shows them."""
    return audience.readable_in(request).only("pk", "slug", "title_km", "title_en", "country")


def replications(request, queryset):
    """`queryset` (readable replications) with what their answers show, read in a fixed
    number of queries whatever their count."""
    readable = _practices(request)
    return queryset.select_related("unit").prefetch_related(
        Prefetch("sources", queryset=readable, to_attr="shown")
    )


def replication_detail(request, queryset):
    readable = _practices(request)
    return replications(request, queryset).prefetch_related(
        Prefetch(
            "partner_roles",
            ReplicationPartner.objects.select_related("partner").order_by("partner__name", "role"),
        ),
        Prefetch(
            "logbook",
            audience.logbook_in(request).order_by("-date", "-pk"),
            to_attr="shared_entries",
        ),
        Prefetch(
            "events",
            audience.events_in(request).only("pk", "slug", "title_km", "title_en", "starts_on"),
            to_attr="shown_events",
        ),
        Prefetch("resulting_practice", readable, to_attr="shown_result"),
    )


def event_detail(request, queryset):
    readable = _practices(request)
    return queryset.select_related("unit").prefetch_related(
        "organisers",
        "photos",
        "documents",
        Prefetch("practices", readable, to_attr="shown_practices"),
        Prefetch(
            "replications",
            audience.replications_in(request).only("pk", "slug", "title_km", "title_en"),
            to_attr="shown_replications",
        ),
    )
