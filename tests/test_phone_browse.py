"""The browse page on a phone: filters folded behind one control, chips, clean addresses."""

import re

import pytest

from tests.factories import make_practice, make_theme, public_url

pytestmark = pytest.mark.django_db


def summary(html):
    return re.search(r"<summary><h2 id=\"filters-h\">(.*?)</h2></summary>", html).group(1)


def test_the_filters_fold_behind_one_control_naming_how_many_are_chosen(client, admin_units):
    make_practice(title_en="Wells", themes=[make_theme(slug="water")])
    plain = client.get(public_url("practices:list", lang="en")).content.decode()
    chosen = client.get(public_url("practices:list", lang="en", theme="water", level="commune"))
    html = chosen.content.decode()
    assert summary(plain) == "Filter"
    assert summary(html) == "Filter (2 chosen)"
    assert html.index('<details class="filter-box">') < html.index('<form class="filters"')
    assert html.index("</form>\n</details>") < html.index('<section class="results"')


def test_khmer_control_counts_in_khmer_digits(client, admin_units):
    make_practice(themes=[make_theme(slug="water")])
    html = client.get(public_url("practices:list", lang="km", theme="water")).content.decode()
    assert summary(html) == "តម្រង (កំពុងប្រើ ១)"


def test_each_chosen_filter_is_a_chip_that_removes_it(client, admin_units):
    make_practice(title_en="Wells", themes=[make_theme(slug="water", name_en="Water")])
    url = public_url("practices:list", lang="en", theme="water", status="ongoing")
    chips = client.get(url).context["browse"].chips
    assert chips == [
        ("Thematic area: Water", "?status=ongoing"),
        ("Status: Ongoing", "?theme=water"),
    ]
    html = client.get(url).content.decode()
    assert '<a href="/en/practices/">Remove every filter</a>' in html
    assert (
        "Remove every filter"
        not in client.get(public_url("practices:list", lang="en", theme="water")).content.decode()
    )


@pytest.mark.parametrize(
    ("query", "clean"),
    [
        ("q=&theme=&province=02&district=&sort=newest&year_from=", "?province=02"),
        ("q=&theme=&sort=newest", ""),
        ("q=wells&sort=relevance&level=", "?q=wells"),
        ("q=wells&sort=newest&level=", "?q=wells&sort=newest"),
        ("sort=title&page=", "?sort=title"),
    ],
)
def test_a_submitted_form_lands_on_the_address_without_empty_fields(client, query, clean):
    response = client.get(public_url("practices:list", lang="en") + "?" + query)
    assert (response.status_code, response["Location"]) == (302, "/en/practices/" + clean)


def test_a_clean_address_is_served_as_it_is(client):
    make_practice(title_en="Wells")
    response = client.get(public_url("practices:list", lang="en", sort="title"))
    assert response.status_code == 200
    assert [p.title_en for p in response.context["browse"].page.object_list] == ["Wells"]


def test_the_script_that_folds_and_cleans_is_loaded_from_the_site(client):
    html = client.get(public_url("practices:list", lang="en")).content.decode()
    assert '<script src="/static/js/filters.js" defer></script>' in html
