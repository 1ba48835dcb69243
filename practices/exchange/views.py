"""Knowledge exchange on the public site: replications, events and the events' calendar.

The pages are kept whole for readers without a session, as the other public pages are, until
the public revision rises: every change to a replication, an event, their logbook, photos,
documents and links raises it (practices/signals.py)."""

from django.http import HttpResponse
from django.shortcuts import get_object_or_404, render
from django.utils import timezone

from practices import audience
from practices.exchange import ical, pages
from practices.views.conditional import whole_page


@whole_page
def replication_list(request):
    return render(
        request, "practices/replications.html", {"browse": pages.ReplicationList(request)}
    )


@whole_page
def replication_detail(request, slug):
    replication = get_object_or_404(
        audience.replications_in(request).select_related("unit__parent__parent"), slug=slug
    )
    page = pages.ReplicationPage(request, replication)
    return render(request, "practices/replication.html", {"replication": replication, "page": page})


@whole_page(by_day=True)  # upcoming and past change at midnight
def event_list(request):
    return render(request, "practices/events.html", {"events": pages.EventList(request)})


@whole_page
def event_detail(request, slug):
    event = get_object_or_404(
        audience.events_in(request).select_related("unit__parent__parent"), slug=slug
    )
    page = pages.EventPage(request, event)
    return render(request, "practices/event.html", {"event": event, "page": page})


def events_ical(request):
    """The upcoming public events, as an iCalendar file."""
    events = pages.upcoming()
    body = ical.calendar(request, events, now=timezone.now())
    response = HttpResponse(body, content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = 'inline; filename="glgp-events.ics"'
    return response
