"""The structure the code map promises: engine differences in the engine modules alone, both
engines offering the same functions, and the facet-key plan that PostgreSQL counts by."""

import inspect
import re
from pathlib import Path

from practices.search import facets, postgresql, sqlite

APP = Path(__file__).resolve().parent.parent / "practices"
ASKS_ENGINE = re.compile(r"\.vendor\b")


def test_only_the_engine_picker_asks_which_database_runs():
    asking = sorted(
        str(path.relative_to(APP.parent))
        for path in APP.rglob("*.py")
        if "migrations" not in path.parts and ASKS_ENGINE.search(path.read_text())
    )
    assert asking == ["practices/search/engine.py"]


def _offered(module):
    return {
        name: list(inspect.signature(value).parameters)
        for name, value in vars(module).items()
        if inspect.isfunction(value) and value.__module__ == module.__name__
        if not name.startswith("_")
    }


def test_both_engines_offer_the_same_functions_and_settings():
    assert _offered(postgresql) == _offered(sqlite)
    settings = {"NAME", "KEEPS_FACET_KEYS", "KEEP_SUBQUERY_APART"}
    assert {name: name in vars(sqlite) for name in settings} == dict.fromkeys(settings, True)
    assert (postgresql.NAME, sqlite.NAME) == ("postgresql", "sqlite")


def test_facet_key_of_a_value():
    assert facets.key("province", "08") == "province:08"


def test_plan_counts_each_facet_over_the_other_choices():
    chosen = {"theme": "theme:water", "province": "province:08"}
    assert facets.plan(chosen, "08") == {
        ("province:08",): ["theme"],
        ("theme:water",): ["province"],
        ("theme:water", "province:08"): ["district", "level", "partner", "country", "status", "*"],
    }


def test_plan_without_a_province_counts_no_district():
    assert facets.plan({}, "") == {
        (): ["theme", "province", "level", "partner", "country", "status", "*"]
    }


def test_plan_with_every_facet_chosen_still_counts_the_practices():
    chosen = {name: facets.key(name, "x") for name in facets.FACETS}
    plan = facets.plan(chosen, "x")
    assert plan[tuple(chosen.values())] == ["*"]
    assert sum(len(counted) for counted in plan.values()) == len(facets.FACETS) + 1
