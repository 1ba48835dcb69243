"""Events as iCalendar (RFC 5545): one VEVENT per event, all-day, in the page's language."""

import datetime

from django.utils.translation import gettext as _


def _escape(text):
    text = str(text).replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
    # Every line break a text may hold, a lone carriage return too, is written as \n: a raw
    # one would end the line and let the rest pass as a property of its own.
    return text.replace("\r\n", "\\n").replace("\r", "\\n").replace("\n", "\\n")


def _fold(line):
    """Lines longer than 75 octets are folded (continued with a space), never inside a
    character of several bytes."""
    out, current = [], ""
    for char in line:
        if len((current + char).encode()) > 75:
            out.append(current)
            current = " " + char
        else:
            current += char
    out.append(current)
    return "\r\n".join(out)


def _place(event):
    if event.unit_id:
        return " — ".join(u.label for u in [event.unit, *reversed(event.unit.ancestors())])
    return ", ".join(filter(None, [event.place_name, event.get_country_display()]))


def calendar(request, events, *, now):
    host = request.get_host().split(":")[0]
    stamp = now.strftime("%Y%m%dT%H%M%SZ")
    name = _escape(_("GLGP knowledge-exchange events"))
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//NLC/S//GLGP portal//EN",
        "CALSCALE:GREGORIAN",
        f"X-WR-CALNAME:{name}",
    ]
    for event in events:
        end = (event.ends_on or event.starts_on) + datetime.timedelta(days=1)
        lines += [
            "BEGIN:VEVENT",
            f"UID:event-{event.pk}@{host}",
            f"DTSTAMP:{stamp}",
            f"DTSTART;VALUE=DATE:{event.starts_on:%Y%m%d}",
            f"DTEND;VALUE=DATE:{end:%Y%m%d}",
            f"SUMMARY:{_escape(event.title)}",
            f"CATEGORIES:{_escape(event.get_kind_display())}",
            f"LOCATION:{_escape(_place(event))}",
            f"DESCRIPTION:{_escape(event.description or '')}",
            f"URL:{request.build_absolute_uri(event.get_absolute_url())}",
            "END:VEVENT",
        ]
    lines.append("END:VCALENDAR")
    return "\r\n".join(_fold(line) for line in lines) + "\r\n"
