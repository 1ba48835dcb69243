"""Who may see which practices: the one rule that every surface asks.

A practice reaches a reader on the public site when it is published and its visibility is open
to the reader's audience: everyone reads public practices; DELGOSEA partners (and superusers)
also read network-only ones. Internal practices, drafts and archived ones are never public.
Pages, search, counts, cached fragments, feeds, the sitemap, the PDF, files, and later the API
and exports, all take their practices from here, and key their caches by `of_request`.

Replications and events follow the same rule by their own visibility (they have no
publication stage): public ones reach everyone, network-only ones partners too, internal ones
nobody on the public site; a logbook entry reaches the readers of its replication unless it is
internal, which keeps it in the admin.

Beyond the public site, the people who curate a practice in the admin may see it too (its
files, its preview): coordinators every practice, other staff the ones assigned to them.
"""

from django.db.models import Exists, OuterRef

from practices import permissions, request_facts
from practices.models import (
    Assignment,
    Event,
    LogbookEntry,
    Practice,
    Replication,
    ReplicationAssignment,
    Stage,
    Visibility,
)

PUBLIC, NETWORK = "public", "network"
AUDIENCES = (PUBLIC, NETWORK)
VISIBILITIES = {
    PUBLIC: (Visibility.PUBLIC,),
    NETWORK: (Visibility.PUBLIC, Visibility.NETWORK),
}


def of(user):
    """The audience of `user`: NETWORK for an active partner or superuser, else PUBLIC."""
    if not (user.is_authenticated and user.is_active):
        return PUBLIC
    if user.is_superuser or user.groups.filter(name=permissions.PARTNER).exists():
        return NETWORK
    return PUBLIC


def of_request(request):
    """The audience of the request's reader, asked once per request."""
    facts = request_facts.of(request)
    if facts.audience is None:
        facts.audience = of(request.user)
    return facts.audience


def published_for(audience):
    """The published practices `audience` reads on the public site."""
    return Practice.objects.filter(stage=Stage.PUBLISHED, visibility__in=VISIBILITIES[audience])


def readable_by(user):
    """The published practices `user` reads on the public site."""
    return published_for(of(user))


def curated_by(user, queryset=None):
    """The practices `user` may see in the admin: every one for a coordinator, those assigned
    to them for other active staff, none for anyone else."""
    queryset = Practice.objects.all() if queryset is None else queryset
    if not (user.is_active and user.is_staff):
        return queryset.none()
    if permissions.is_coordinator(user):
        return queryset
    return queryset.filter(Exists(Assignment.objects.filter(practice=OuterRef("pk"), user=user)))


def may_read(user, practice):
    """May `user` read `practice` on the public site."""
    return readable_by(user).filter(pk=practice.pk).exists()


def may_see(user, practice):
    """May `user` see `practice` at all: read it on the public site or curate it."""
    return may_read(user, practice) or curated_by(user).filter(pk=practice.pk).exists()


def is_public(practice):
    """Does everyone read `practice` (so that shared caches may keep its files)."""
    return published_for(PUBLIC).filter(pk=practice.pk).exists()


def readable_in(request):
    """The published practices the request's reader may read: every public page's list."""
    return published_for(of_request(request))


# Replications, their logbooks and events: the same audiences, by their own visibility.


def replications_for(audience):
    """The replications `audience` reads on the public site."""
    return Replication.objects.filter(visibility__in=VISIBILITIES[audience])


def logbook_for(audience):
    """The logbook entries `audience` reads: never internal ones, only of readable replications."""
    readable = replications_for(audience).values("pk")
    return LogbookEntry.objects.filter(is_internal=False, replication__in=readable)


def events_for(audience):
    """The events `audience` reads on the public site."""
    return Event.objects.filter(visibility__in=VISIBILITIES[audience])


def replications_in(request):
    return replications_for(of_request(request))


def logbook_in(request):
    return logbook_for(of_request(request))


def events_in(request):
    return events_for(of_request(request))


def curated_replications(user, queryset=None):
    """The replications `user` may see in the admin: every one for a coordinator, those
    assigned to them for other active staff, none for anyone else."""
    queryset = Replication.objects.all() if queryset is None else queryset
    if not (user.is_active and user.is_staff):
        return queryset.none()
    if user.has_perm(permissions.MOVE_REPLICATION):
        return queryset
    mine = ReplicationAssignment.objects.filter(replication=OuterRef("pk"), user=user)
    return queryset.filter(Exists(mine))


def may_see_event(user, event):
    """May `user` see `event`'s files: read it on the public site, or curate events."""
    if events_for(of(user)).filter(pk=event.pk).exists():
        return True
    return user.is_active and user.is_staff and user.has_perm(permissions.VIEW_EVENT)


def may_see_entry(user, entry):
    """May `user` see a logbook entry's files: read it on the public site (never an internal
    one), or see its replication in the admin."""
    if logbook_for(of(user)).filter(pk=entry.pk).exists():
        return True
    return curated_replications(user).filter(pk=entry.replication_id).exists()
