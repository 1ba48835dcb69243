"""Enquiries flagged as answered before answers were recorded stay answered."""

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

BEFORE = [("practices", "0016_accounts")]
AFTER = [("practices", "0017_enquiry_answered")]


def migrate(targets):
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(targets)
    return executor.loader.project_state(targets).apps


@pytest.fixture
def _latest_schema_after():
    """Bring the database back to the latest migrations, for the tests that follow."""
    yield
    executor = MigrationExecutor(connection)
    migrate(executor.loader.graph.leaf_nodes())


@pytest.mark.usefixtures("_latest_schema_after")
@pytest.mark.django_db(transaction=True)
def test_answered_flag_becomes_an_answer_as_of_arrival():
    old = migrate(BEFORE)
    practice = old.get_model("practices", "Practice").objects.create(title_en="Kiosks", slug="k")
    Enquiry = old.get_model("practices", "Enquiry")
    fields = {"practice": practice, "name": "Sok", "organisation": "Kampot", "contact": "1"}
    answered = Enquiry.objects.create(**fields, is_answered=True)
    waiting = Enquiry.objects.create(**fields)
    new = migrate(AFTER).get_model("practices", "Enquiry")
    rows = {e.pk: (e.answered_at == e.created_at, e.answer_note) for e in new.objects.all()}
    assert rows == {
        answered.pk: (True, "Marked as answered before answers were recorded."),
        waiting.pk: (False, ""),
    }
