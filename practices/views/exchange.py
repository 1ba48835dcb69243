"""Knowledge exchange on the public site: replications, events and the events' calendar."""

from django.http import HttpResponse
from django.shortcuts import get_object_or_404, render
from django.utils import timezone

from practices import audience, ical
from practices.pages import exchange


def replication_list(request):
    return render(
        request, "practices/replications.html", {"browse": exchange.ReplicationList(request)}
    )


def replication_detail(request, slug):
    replication = get_object_or_404(
        audience.replications_in(request).select_related("unit__parent__parent"), slug=slug
    )
    page = exchange.ReplicationPage(request, replication)
    return render(request, "practices/replication.html", {"replication": replication, "page": page})


def event_list(request):
    return render(request, "practices/events.html", {"events": exchange.EventList(request)})


def event_detail(request, slug):
    event = get_object_or_404(
        audience.events_in(request).select_related("unit__parent__parent"), slug=slug
    )
    page = exchange.EventPage(request, event)
    return render(request, "practices/event.html", {"event": event, "page": page})


def events_ical(request):
    """The upcoming public events, as an iCalendar file."""
    events = exchange.upcoming()
    body = ical.calendar(request, events, now=timezone.now())
    response = HttpResponse(body, content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = 'inline; filename="glgp-events.ics"'
    return response
