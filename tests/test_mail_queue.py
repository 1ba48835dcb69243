"""Notifications are background tasks: the request that causes one returns without waiting for
the mail server; a failure is tried again, waiting longer each time, and after the last
attempt the message is listed on the coordinator's desk."""

import datetime
import socket

import pytest
from django.core import mail
from django.core.management import call_command
from django.db import transaction
from django.utils import translation
from django_tasks_db.models import DBTaskResult

from practices import notifications
from practices.models import UndeliveredMail
from tests.factories import make_member

DATABASE_QUEUE = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}


def closed_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture
def refusing_mail_server(settings):
    """SMTP to a port where nothing listens: every attempt fails with a refused connection."""
    options = {"host": "127.0.0.1", "port": closed_port(), "timeout": 2}
    backend = "django.core.mail.backends.smtp.EmailBackend"
    settings.MAILERS = {"default": {"BACKEND": backend, "OPTIONS": options}}


@pytest.fixture
def database_queue(settings):
    settings.TASKS = DATABASE_QUEUE
    settings.MAIL_RETRY_SECONDS = 0  # the worker's batch takes each retry at once


def run_worker():
    call_command("db_worker", "--batch", "--no-startup-delay", "--no-reload", verbosity=0)


def send(subject="Ready for review"):
    with transaction.atomic():
        notifications.send_on_commit(subject, "Body", ["b@example.org", "a@example.org", ""])


def test_retries_wait_four_times_longer_each_time(settings):
    settings.MAIL_RETRY_SECONDS = 60
    waits = [notifications.retry_delay(n) for n in (1, 2, 3, 4)]
    assert waits == [datetime.timedelta(minutes=m) for m in (1, 4, 16, 64)]


@pytest.mark.django_db(transaction=True)
def test_mail_waits_in_the_queue_until_the_worker_sends_it_once(database_queue):
    send()
    queued = list(DBTaskResult.objects.values_list("task_path", "args_kwargs"))
    assert (mail.outbox, len(queued)) == ([], 1)
    assert queued[0][0] == "practices.notifications.deliver"
    run_worker()
    run_worker()  # a second worker finds nothing left to send
    assert [(m.subject, m.to) for m in mail.outbox] == [
        ("[GLGP] Ready for review", ["a@example.org", "b@example.org"])
    ]


@pytest.mark.django_db(transaction=True)
def test_failed_mail_is_retried_then_kept_for_the_desk(
    database_queue, refusing_mail_server, settings
):
    settings.MAIL_ATTEMPTS = 3
    send()
    run_worker()
    attempts = DBTaskResult.objects.filter(task_path="practices.notifications.deliver")
    kept = list(UndeliveredMail.objects.values_list("subject", "recipients", "attempts"))
    assert (attempts.count(), kept) == (
        3,
        [("[GLGP] Ready for review", "a@example.org, b@example.org", 3)],
    )
    assert UndeliveredMail.objects.get().error.startswith("ConnectionRefusedError")


@pytest.mark.django_db
def test_where_tasks_run_at_once_a_failure_is_kept_at_once(
    refusing_mail_server, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        send()
    assert list(UndeliveredMail.objects.values_list("attempts", flat=True)) == [1]


@pytest.mark.django_db
def test_undelivered_mail_is_listed_on_the_coordinators_desk(client):
    UndeliveredMail.objects.create(
        subject="[GLGP] Ready for review: “Kiosks”",
        recipients="a@example.org",
        body="Body",
        attempts=5,
        error="ConnectionRefusedError: [Errno 111] Connection refused",
    )
    client.force_login(make_member("Coordinator"))
    with translation.override("en"):
        response = client.get("/admin/practices/practice/dashboard/", HTTP_ACCEPT_LANGUAGE="en")
    html = response.content.decode()
    assert [m.subject for m in response.context["undelivered"]["items"]] == [
        "[GLGP] Ready for review: “Kiosks”"
    ]
    assert ("1 e-mail could not be sent" in html, "Connection refused" in html) == (True, True)


@pytest.mark.django_db
def test_desk_lists_no_undelivered_mail_when_all_went_out(client):
    client.force_login(make_member("Coordinator"))
    response = client.get("/admin/practices/practice/dashboard/", HTTP_ACCEPT_LANGUAGE="en")
    assert response.context["undelivered"]["count"] == 0
    assert "could not be sent" not in response.content.decode()


@pytest.mark.django_db(transaction=True)
def test_a_step_returns_without_waiting_for_the_mail_server(
    database_queue, refusing_mail_server, settings
):
    from practices.curation import workflow
    from practices.models import Assignment, Stage
    from tests.factories import make_ready_practice

    settings.COORDINATOR_EMAILS = ["desk@example.org"]
    documenter = make_member("Documenter", is_superuser=True)
    practice = make_ready_practice(Stage.DOCUMENTING)
    Assignment.objects.create(practice=practice, user=documenter, role="documenter")
    workflow.move(practice, Stage.IN_REVIEW, by=documenter)
    queued = DBTaskResult.objects.filter(task_path="practices.notifications.deliver")
    assert list(queued.values_list("status", "args_kwargs__args__2")) == [
        ("READY", ["desk@example.org"])
    ]
    assert (mail.outbox, UndeliveredMail.objects.count()) == ([], 0)
