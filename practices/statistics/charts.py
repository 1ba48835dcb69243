"""The statistics page's charts: each figure's rows as labelled bars of an SVG drawn on the
server (readable without JavaScript), with the same rows as a table and a CSV file."""

from dataclasses import dataclass, field

from django.utils.translation import get_language, pgettext_lazy
from django.utils.translation import gettext_lazy as _

from practices.models import Practice

BAR_HEIGHT, GAP, LABEL_WIDTH, BAR_WIDTH = 22, 6, 190, 260

TITLES = {
    "province": _("Practices by capital or province"),
    "theme": _("Practices by thematic area"),
    "level": _("Practices by level"),
    "year": _("Practices by year of publication"),
    "beneficiaries_theme": _("Beneficiaries by thematic area, with the share of women"),
    "beneficiaries_province": _("Beneficiaries by capital or province, with the share of women"),
}
HEADS = {
    "province": pgettext_lazy("filter", "Capital or province"),
    "theme": _("Thematic area"),
    "level": _("Level"),
    "year": _("Year"),
    "beneficiaries_theme": _("Thematic area"),
    "beneficiaries_province": pgettext_lazy("filter", "Capital or province"),
}
LEVELS = dict(Practice.Level.choices)


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
    def beneficiaries(self):
        return self.name.startswith("beneficiaries")

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
        label = str(LEVELS.get(code, "")) if name == "level" else (km if khmer else en)
        bars.append(Bar(code, label, value, women[0] if women else None))
    top = max((bar.value for bar in bars), default=0) or 1
    for n, bar in enumerate(bars):
        bar.y = GAP + n * (BAR_HEIGHT + GAP)
        bar.width = round(BAR_WIDTH * bar.value / top)
    return Chart(name, bars)


def csv_rows(chart_):
    """The header and rows of a chart's CSV file."""
    if chart_.beneficiaries:
        yield ["code", "name", "beneficiaries", "women", "women_share"]
        for bar in chart_.bars:
            yield [bar.code, bar.label, bar.value, bar.women, bar.share]
    else:
        yield ["code", "name", "practices"]
        for bar in chart_.bars:
            yield [bar.code, bar.label, bar.value]
