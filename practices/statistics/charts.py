"""The statistics page's charts: each figure's rows as labelled bars of an SVG drawn on the
server (readable without JavaScript), with the same rows as a table and a CSV file."""

from dataclasses import dataclass, field

from django.utils.translation import get_language, pgettext_lazy
from django.utils.translation import gettext_lazy as _

from practices.models import Country, Event, Practice, ReplicationStage

BAR_HEIGHT, GAP, LABEL_WIDTH, BAR_WIDTH = 22, 6, 190, 260

TITLES = {
    "province": _("Practices by capital or province"),
    "theme": _("Practices by thematic area"),
    "level": _("Practices by level"),
    "year": _("Practices by year of publication"),
    "beneficiaries_theme": _("Beneficiaries by thematic area, with the share of women"),
    "beneficiaries_province": _("Beneficiaries by capital or province, with the share of women"),
    "replication_stage": _("Replications by stage"),
    "replication_country": _("Replications by country of the practice taken up"),
    "events_kind": _("Knowledge-exchange events by kind"),
    "participants_year": _("Participants in events by year, with the share of women"),
}
HEADS = {
    "province": pgettext_lazy("filter", "Capital or province"),
    "theme": _("Thematic area"),
    "level": _("Level"),
    "year": _("Year"),
    "beneficiaries_theme": _("Thematic area"),
    "beneficiaries_province": pgettext_lazy("filter", "Capital or province"),
    "replication_stage": _("Stage"),
    "replication_country": _("Country"),
    "events_kind": _("Kind"),
    "participants_year": _("Year"),
}
# What each chart counts: its CSV column and its table's heading.
COUNTED = {
    "beneficiaries_theme": ("beneficiaries", _("Beneficiaries")),
    "beneficiaries_province": ("beneficiaries", _("Beneficiaries")),
    "replication_stage": ("replications", _("Replications")),
    "replication_country": ("replications", _("Replications")),
    "events_kind": ("events", _("Events")),
    "participants_year": ("participants", _("Participants")),
}
PRACTICES = ("practices", _("Practices"))
NOTES = {
    "beneficiaries": _(
        "Dark blue: all beneficiaries; orange: the women among them. Only practices that give "
        "both numbers are counted."
    ),
    "participants": _(
        "Dark blue: all participants; orange: the women among them. Only events that give "
        "both numbers are counted."
    ),
}
# Charts whose rows are codes of a list of choices, named in the reader's language.
CHOICES = {
    "level": dict(Practice.Level.choices),
    "replication_stage": dict(ReplicationStage.choices),
    "replication_country": dict(Country.choices),
    "events_kind": dict(Event.Kind.choices),
}
YEARS = ("year", "participants_year")
KHMER_DIGITS = str.maketrans("0123456789", "០១២៣៤៥៦៧៨៩")


@dataclass
class Bar:
    code: str
    label: str
    value: int
    women: int | None = None
    y: int = 0
    width: int = 0

    @property
    def share(self):
        """Per cent of women, or None without beneficiaries."""
        if self.women is None or not self.value:
            return None
        return round(100 * self.women / self.value)

    @property
    def women_width(self):
        return round(self.width * self.women / self.value) if self.value and self.women else 0


@dataclass
class Chart:
    name: str
    bars: list = field(default_factory=list)

    @property
    def title(self):
        return TITLES[self.name]

    @property
    def head(self):
        return HEADS[self.name]

    @property
    def counted(self):
        """(CSV column, table heading) of what the chart counts."""
        return COUNTED.get(self.name, PRACTICES)

    @property
    def women(self):
        """Does the chart split its totals into all and women."""
        return self.counted[0] in NOTES

    @property
    def note(self):
        return NOTES.get(self.counted[0], "")

    @property
    def height(self):
        return len(self.bars) * (BAR_HEIGHT + GAP) + GAP

    label_width, bar_width, bar_height = LABEL_WIDTH, BAR_WIDTH, BAR_HEIGHT

    @property
    def width(self):
        return LABEL_WIDTH + BAR_WIDTH + 90


def chart(name, rows):
    """The chart of figure `name` in the current language."""
    khmer = get_language() != "en"
    bars = []
    for code, km, en, value, *women in rows:
        label = km if khmer else en
        if name in CHOICES:
            label = str(CHOICES[name].get(code, code))
        if name in YEARS and khmer:
            label = label.translate(KHMER_DIGITS)
        bars.append(Bar(code, label, value, women[0] if women else None))
    top = max((bar.value for bar in bars), default=0) or 1
    for n, bar in enumerate(bars):
        bar.y = GAP + n * (BAR_HEIGHT + GAP)
        bar.width = round(BAR_WIDTH * bar.value / top)
    return Chart(name, bars)


def csv_rows(chart_):
    """The header and rows of a chart's CSV file."""
    column = chart_.counted[0]
    if chart_.women:
        yield ["code", "name", column, "women", "women_share"]
        for bar in chart_.bars:
            yield [bar.code, bar.label, bar.value, bar.women, bar.share]
    else:
        yield ["code", "name", column]
        for bar in chart_.bars:
            yield [bar.code, bar.label, bar.value]


def flow_rows(rows, routes):
    """The header and rows of the replications drawn on the map, as CSV."""
    yield ["from", "from_name", "to", "to_name", "replications"]
    for (origin, target, count), route in zip(rows, routes, strict=True):
        yield [origin, route.origin, target, route.target, count]
