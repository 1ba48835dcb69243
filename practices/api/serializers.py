"""What the API says of a practice, a thematic area, a place and a partner.

Every text the portal keeps in two languages is given as {"km": ..., "en": ...}; an empty
language is an empty string, never the other language standing in.
"""

from django.utils import translation
from drf_spectacular.utils import extend_schema_field, inline_serializer
from rest_framework import serializers

from practices.models import (
    CASE_STUDY_FIELDS,
    AdminUnit,
    Document,
    Partner,
    Photo,
    Practice,
    Theme,
)

LANGUAGES = ("km", "en")

Bilingual = inline_serializer(
    "Bilingual",
    {"km": serializers.CharField(), "en": serializers.CharField()},
)


@extend_schema_field(Bilingual)
class BilingualField(serializers.Field):
    """The Khmer and English columns of a translated field, read from the instance."""

    def __init__(self, field=None, of=None, **kwargs):
        self.field, self.of = field, of
        super().__init__(source="*", read_only=True, **kwargs)

    def bind(self, field_name, parent):
        super().bind(field_name, parent)
        self.field = self.field or field_name

    def to_representation(self, instance):
        instance = getattr(instance, self.of) if self.of else instance
        return {lang: getattr(instance, f"{self.field}_{lang}") or "" for lang in LANGUAGES}


def absolute(request, url):
    return request.build_absolute_uri(url) if request is not None else url


PageUrls = inline_serializer("PageUrls", {lang: serializers.URLField() for lang in LANGUAGES})


@extend_schema_field(PageUrls)
class PageUrlField(serializers.Field):
    """The object's public page in Khmer and in English."""

    def __init__(self, **kwargs):
        super().__init__(source="*", read_only=True, **kwargs)

    def to_representation(self, instance):
        request, pages = self.context.get("request"), {}
        for lang in LANGUAGES:
            with translation.override(lang):
                pages[lang] = absolute(request, instance.get_absolute_url())
        return pages


class ThemeSerializer(serializers.ModelSerializer):
    name = BilingualField()
    description = BilingualField()
    page = PageUrlField()
    practice_count = serializers.IntegerField(read_only=True)

    class Meta:
        model = Theme
        fields = ["slug", "name", "description", "is_delgosea_area", "page", "practice_count"]


class ThemeRefSerializer(serializers.ModelSerializer):
    name = BilingualField()

    class Meta:
        model = Theme
        fields = ["slug", "name"]


class PlaceRefSerializer(serializers.ModelSerializer):
    name = BilingualField()
    parent = serializers.SlugRelatedField(slug_field="code", read_only=True, allow_null=True)

    class Meta:
        model = AdminUnit
        fields = ["code", "level", "kind", "name", "parent"]


class PlaceSerializer(PlaceRefSerializer):
    page = PageUrlField()
    practice_count = serializers.IntegerField(read_only=True)

    class Meta(PlaceRefSerializer.Meta):
        fields = [*PlaceRefSerializer.Meta.fields, "page", "practice_count"]


class PartnerSerializer(serializers.ModelSerializer):
    name = BilingualField()
    description = BilingualField()
    page = PageUrlField()
    practice_count = serializers.IntegerField(read_only=True)

    class Meta:
        model = Partner
        fields = [
            "slug",
            "name",
            "acronym",
            "country",
            "kind",
            "website",
            "description",
            "is_delgosea_member",
            "page",
            "practice_count",
        ]


class PartnerRoleSerializer(serializers.Serializer):
    slug = serializers.CharField(source="partner.slug")
    name = BilingualField("name", of="partner")
    acronym = serializers.CharField(source="partner.acronym")
    country = serializers.CharField(source="partner.country")
    role = serializers.CharField()


class PhotoSerializer(serializers.ModelSerializer):
    url = serializers.SerializerMethodField()
    caption = BilingualField()

    class Meta:
        model = Photo
        fields = ["url", "caption", "credit", "width", "height"]

    def get_url(self, photo) -> str:
        return absolute(self.context.get("request"), photo.image.url)


class DocumentSerializer(serializers.ModelSerializer):
    url = serializers.SerializerMethodField()

    class Meta:
        model = Document
        fields = ["url", "title", "language", "size"]

    def get_url(self, document) -> str:
        return absolute(self.context.get("request"), document.file.url)


class BeneficiariesSerializer(serializers.Serializer):
    total = serializers.IntegerField(source="beneficiaries_total", allow_null=True)
    women = serializers.IntegerField(source="beneficiaries_women", allow_null=True)
    women_share = serializers.IntegerField(allow_null=True, help_text="Per cent of the total.")


class PracticeListSerializer(serializers.ModelSerializer):
    slug = serializers.SlugField()
    url = serializers.HyperlinkedIdentityField(view_name="api:practice-detail", lookup_field="slug")
    page = PageUrlField()
    visibility = serializers.ChoiceField(
        choices=["public", "network"],
        help_text="`network`: shared with the DELGOSEA network only (read with a partner's token).",
    )
    title = BilingualField()
    summary = BilingualField()
    level = serializers.CharField()
    country = serializers.CharField()
    status = serializers.CharField()
    themes = serializers.SlugRelatedField(slug_field="slug", many=True, read_only=True)
    places = serializers.SlugRelatedField(
        source="units", slug_field="code", many=True, read_only=True
    )
    start_date = serializers.DateField(allow_null=True)
    end_date = serializers.DateField(allow_null=True)
    published_at = serializers.DateTimeField(allow_null=True)
    beneficiaries = BeneficiariesSerializer(source="*")

    class Meta:
        model = Practice
        fields = [
            "slug",
            "url",
            "page",
            "visibility",
            "title",
            "summary",
            "level",
            "country",
            "status",
            "themes",
            "places",
            "start_date",
            "end_date",
            "published_at",
            "beneficiaries",
        ]


class ContactSerializer(serializers.Serializer):
    name = serializers.CharField(source="contact_name")
    position = serializers.CharField(source="contact_role")
    organisation = serializers.CharField(source="contact_organisation")
    email = serializers.CharField(source="contact_email")
    telephone = serializers.CharField(source="contact_phone")


SectionsSerializer = inline_serializer(
    "Sections", {name: BilingualField(name) for name in CASE_STUDY_FIELDS}
)


@extend_schema_field(SectionsSerializer)
class SectionsField(serializers.Field):
    def __init__(self, **kwargs):
        super().__init__(source="*", read_only=True, **kwargs)

    def to_representation(self, practice):
        return {
            name: {lang: getattr(practice, f"{name}_{lang}") or "" for lang in LANGUAGES}
            for name in CASE_STUDY_FIELDS
        }


class PracticeSerializer(PracticeListSerializer):
    themes = ThemeRefSerializer(many=True, read_only=True)
    places = PlaceRefSerializer(source="units", many=True, read_only=True)
    place_abroad = BilingualField("place_name")
    sections = SectionsField()
    partners = PartnerRoleSerializer(source="partner_roles", many=True, read_only=True)
    photos = PhotoSerializer(many=True, read_only=True)
    documents = DocumentSerializer(many=True, read_only=True)
    contact = serializers.SerializerMethodField()
    updated_at = serializers.DateTimeField()

    class Meta(PracticeListSerializer.Meta):
        fields = [
            *PracticeListSerializer.Meta.fields,
            "place_abroad",
            "sections",
            "partners",
            "photos",
            "documents",
            "contact",
            "updated_at",
        ]

    @extend_schema_field(ContactSerializer(allow_null=True))
    def get_contact(self, practice):
        if not (practice.contact_is_public and practice.contact_name):
            return None
        return ContactSerializer(practice).data
