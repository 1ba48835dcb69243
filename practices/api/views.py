"""The API's views: read only, each list paginated in a stable order, every practice taken
from the reader's audience (practices/audience.py)."""

import hashlib

from django.core.validators import RegexValidator
from django.db.models import Count, IntegerField, OuterRef, Prefetch, Q, Subquery
from django.db.models.functions import Coalesce
from django.http import HttpResponseNotModified
from django.utils.cache import get_conditional_response, patch_vary_headers
from django.utils.http import http_date
from django_filters import rest_framework as filters
from drf_spectacular.utils import extend_schema, extend_schema_view
from rest_framework import exceptions, pagination, viewsets

from practices import audience, request_facts
from practices.api import serializers
from practices.exchange import api as exchange
from practices.exchange.pages import EventList, ReplicationFilters
from practices.filters import PracticeFilter
from practices.models import (
    AdminUnit,
    Event,
    Partner,
    PracticePlace,
    PublicRevision,
    Replication,
    Theme,
)


class Pages(pagination.PageNumberPagination):
    page_size = 20
    page_size_query_param = "page_size"
    max_page_size = 100

    def get_page_size(self, request):
        # A malformed page size is an error, not silently the default.
        value = request.query_params.getlist(self.page_size_query_param)
        if value and not (
            len(value) == 1 and value[0].isdigit() and 0 < int(value[0]) <= self.max_page_size
        ):
            raise exceptions.ValidationError(
                {"page_size": [f"A whole number from 1 to {self.max_page_size}."]}
            )
        return super().get_page_size(request)

    last_page_strings = ()  # the schema says a page is a number

    def get_page_number(self, request, paginator):
        # An empty page number is no page, as a malformed one is (404), not the first page.
        if request.query_params.get(self.page_query_param) == "":
            raise exceptions.NotFound(self.invalid_page_message.format(page_number="", message=""))
        return super().get_page_number(request, paginator)


class NotModified(exceptions.APIException):
    status_code = 304


class ReadOnly(viewsets.ReadOnlyModelViewSet):
    """Conditional answers keyed by the public revision and the reader's audience; CORS open
    to GET for public data (requests without a token)."""

    pagination_class = Pages
    # Any address below the list is the view's to answer, with a 404 in JSON if need be.
    lookup_value_regex = "[^/]+"

    @property
    def audience(self):
        return audience.of(self.request.user)

    def readable(self):
        return audience.published_for(self.audience)

    def initial(self, request, *args, **kwargs):
        super().initial(request, *args, **kwargs)
        # The pages' code asks the request for its audience: the token's holder, not the session.
        request_facts.of(request).audience = self.audience
        number, changed_at = PublicRevision.state()
        parts = (number, self.audience, request.get_full_path())
        self.etag = f'"{hashlib.sha1(repr(parts).encode()).hexdigest()[:32]}"'
        self.last_modified = int(changed_at.timestamp()) if changed_at else None
        if get_conditional_response(request._request, self.etag, self.last_modified):
            raise NotModified

    def handle_exception(self, exc):
        if isinstance(exc, NotModified):
            response = HttpResponseNotModified()
            response.headers["ETag"] = self.etag
            return response
        return super().handle_exception(exc)

    def finalize_response(self, request, response, *args, **kwargs):
        response = super().finalize_response(request, response, *args, **kwargs)
        if response.status_code in (200, 304) and getattr(self, "etag", None):
            response.headers["ETag"] = self.etag
            if self.last_modified:
                response.headers["Last-Modified"] = http_date(self.last_modified)
        if request.auth is None:
            response.headers["Access-Control-Allow-Origin"] = "*"
            response.headers["Access-Control-Expose-Headers"] = "ETag, Last-Modified"
        patch_vary_headers(response, ["Authorization"])
        return response


def counted(queryset, practices, link):
    """`queryset` with practice_count: the practices of `practices` linked through `link`."""
    return queryset.annotate(
        practice_count=Count(link, filter=Q(**{f"{link}__in": practices.values("pk")}))
    )


@extend_schema_view(
    list=extend_schema(summary="Published practices, filtered and searched as on the browse page"),
    retrieve=extend_schema(summary="One practice, every section in Khmer and English"),
)
class PracticeViewSet(ReadOnly):
    lookup_field = "slug"
    filter_backends = [filters.DjangoFilterBackend]
    filterset_class = PracticeFilter

    def get_queryset(self):
        practices = self.readable()
        if self.action == "list":
            return practices.prefetch_related(
                Prefetch("themes", Theme.objects.only("pk", "slug")),
                Prefetch("units", AdminUnit.objects.only("pk", "code")),
            )
        return practices.prefetch_related(
            Prefetch("themes", Theme.objects.all()),
            Prefetch("units", AdminUnit.objects.select_related("parent")),
            "partner_roles__partner",
            "photos",
            "documents",
        )

    def get_serializer_class(self):
        if self.action == "list":
            return serializers.PracticeListSerializer
        return serializers.PracticeSerializer


@extend_schema_view(
    list=extend_schema(summary="Thematic areas, with their published practices counted"),
    retrieve=extend_schema(summary="One thematic area"),
)
class ThemeViewSet(ReadOnly):
    lookup_field = "slug"
    serializer_class = serializers.ThemeSerializer

    def get_queryset(self):
        return counted(Theme.objects.order_by("order", "slug"), self.readable(), "practices")


@extend_schema_view(
    list=extend_schema(summary="Partner organisations, with their published practices counted"),
    retrieve=extend_schema(summary="One partner"),
)
class PartnerViewSet(ReadOnly):
    lookup_field = "slug"
    serializer_class = serializers.PartnerSerializer

    def get_queryset(self):
        queryset = Partner.objects.order_by("name", "slug")
        return counted(queryset, self.readable(), "practice_roles__practice")


class PlaceFilter(filters.FilterSet):
    level = filters.ChoiceFilter(choices=AdminUnit.Level.choices)
    parent = filters.CharFilter(
        field_name="parent__code",
        label="Code of the unit above",
        validators=[RegexValidator(r"^\d{2}(\d{2})?$")],
    )

    class Meta:
        model = AdminUnit
        fields = []


@extend_schema_view(
    list=extend_schema(
        summary="Cambodia's administrative units, with the published practices in each"
    ),
    retrieve=extend_schema(summary="One administrative unit, by its official code"),
)
class PlaceViewSet(ReadOnly):
    lookup_field = "code"
    serializer_class = serializers.PlaceSerializer
    filter_backends = [filters.DjangoFilterBackend]
    filterset_class = PlaceFilter

    def get_queryset(self):
        # PracticePlace holds each practice's units and every unit above them.
        covered = (
            PracticePlace.objects.filter(
                unit=OuterRef("pk"), practice__in=self.readable().values("pk")
            )
            .order_by()
            .values("unit")
            .annotate(n=Count("*"))
            .values("n")
        )
        count = Coalesce(Subquery(covered, output_field=IntegerField()), 0)
        units = AdminUnit.objects.select_related("parent").order_by("code")
        return units.annotate(practice_count=count)


@extend_schema_view(
    list=extend_schema(
        summary="Replications, filtered as on the replications page, newest first",
    ),
    retrieve=extend_schema(
        summary="One replication: adopter, sources, partners, plan, results, shared logbook"
    ),
)
class ReplicationViewSet(ReadOnly):
    lookup_field = "slug"
    filter_backends = [filters.DjangoFilterBackend]
    filterset_class = exchange.ReplicationFilter

    def get_queryset(self):
        if getattr(self, "swagger_fake_view", False):  # the schema's generator asks
            return Replication.objects.none()
        if self.action == "list":
            chosen = ReplicationFilters(self.request)
            found = chosen.base.none() if chosen.ignored else chosen.results
            return exchange.replications(self.request, found.order_by("-created_at", "-pk"))
        return exchange.replication_detail(self.request, audience.replications_for(self.audience))

    def get_serializer_class(self):
        if self.action == "list":
            return exchange.ReplicationListSerializer
        return exchange.ReplicationSerializer


@extend_schema_view(
    list=extend_schema(
        summary="Knowledge-exchange events, upcoming or past, filtered as on the events page"
    ),
    retrieve=extend_schema(
        summary="One event: dates, place, participants, practices presented, documents"
    ),
)
class EventViewSet(ReadOnly):
    lookup_field = "slug"
    filter_backends = [filters.DjangoFilterBackend]
    filterset_class = exchange.EventFilter

    def get_queryset(self):
        if getattr(self, "swagger_fake_view", False):
            return Event.objects.none()
        if self.action == "list":
            listed = EventList(self.request)
            events = listed.queryset.none() if listed.ignored else listed.queryset
            return events.select_related("unit")
        return exchange.event_detail(self.request, audience.events_for(self.audience))

    def get_serializer_class(self):
        if self.action == "list":
            return exchange.EventListSerializer
        return exchange.EventSerializer
