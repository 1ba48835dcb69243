"""Keep the public read model and cached pages in step with the data (connected by
PracticesConfig.ready()).

This is done with signals, against the house habit, because practices are written from many
places — the admin and its inlines, workflow transitions, imports, reverts of revisions — and
every one of them must reindex; a missed path would leave a withdrawn practice findable.
Inside one unit of work (an admin save, a move, an import, the sample data) the indexer only
notes what they ask, and reindexes each practice once at its end (indexer.batched).
"""

from django.db.models.signals import m2m_changed, post_delete, post_migrate, post_save
from django.dispatch import receiver

from practices.models import (
    AdminUnit,
    Document,
    Event,
    EventDocument,
    EventPhoto,
    LogbookEntry,
    Partner,
    Photo,
    Practice,
    PracticePartner,
    PracticeSearch,
    Replication,
    ReplicationPartner,
    SiteIdentity,
    SitePage,
    Theme,
)
from practices.search import indexer


@receiver(post_save, sender=Practice, dispatch_uid="reindex_practice")
def _practice_saved(sender, instance, raw=False, **kwargs):
    if not raw:
        indexer.reindex([instance.pk])


@receiver(post_delete, sender=Practice, dispatch_uid="unindex_practice")
def _practice_deleted(sender, instance, **kwargs):
    indexer.reindex([instance.pk])
    indexer.public_changed()  # its search document went first, with the practice


@receiver(m2m_changed, sender=Practice.units.through, dispatch_uid="reindex_units")
@receiver(m2m_changed, sender=Practice.themes.through, dispatch_uid="reindex_themes")
def _links_changed(sender, instance, action, reverse, pk_set, **kwargs):
    if action not in {"post_add", "post_remove", "post_clear"}:
        return
    if not reverse:
        indexer.reindex([instance.pk])
    elif pk_set:
        indexer.reindex(pk_set)
    else:
        indexer.public_changed()


@receiver(post_save, sender=PracticePartner, dispatch_uid="reindex_partner_role")
@receiver(post_delete, sender=PracticePartner, dispatch_uid="unindex_partner_role")
def _role_changed(sender, instance, raw=False, **kwargs):
    if not raw:
        indexer.reindex([instance.practice_id])


def _indexed_practices(**links):
    return PracticeSearch.objects.filter(**links).values_list("practice_id", flat=True)


@receiver(post_save, sender=Theme, dispatch_uid="reindex_theme")
def _theme_saved(sender, instance, raw=False, **kwargs):
    if not raw:
        indexer.reindex(_indexed_practices(practice__themes=instance))
        indexer.public_changed()


@receiver(post_save, sender=Partner, dispatch_uid="reindex_partner")
def _partner_saved(sender, instance, raw=False, **kwargs):
    if not raw:
        indexer.reindex(_indexed_practices(practice__partner_roles__partner=instance))
        indexer.public_changed()


@receiver(post_save, sender=AdminUnit, dispatch_uid="reindex_unit")
def _unit_saved(sender, instance, raw=False, created=False, **kwargs):
    # Loading the official list creates units with no practice yet: nothing to rebuild.
    if not raw and not created:
        indexer.reindex(_indexed_practices(practice__places__unit=instance))


@receiver(post_save, sender=Photo, dispatch_uid="photo_saved")
@receiver(post_delete, sender=Photo, dispatch_uid="photo_deleted")
@receiver(post_save, sender=Document, dispatch_uid="document_saved")
@receiver(post_delete, sender=Document, dispatch_uid="document_deleted")
@receiver(post_delete, sender=Theme, dispatch_uid="theme_deleted")
@receiver(post_delete, sender=Partner, dispatch_uid="partner_deleted")
@receiver(post_save, sender=SitePage, dispatch_uid="site_page_saved")
# The logo is read with the public revision, and whole pages are kept by it.
@receiver(post_save, sender=SiteIdentity, dispatch_uid="site_identity_saved")
# A replication or an event counts on the home page (the overviews) and is kept by the
# cached fragments' revision like the rest of the public site.
@receiver(post_save, sender=Replication, dispatch_uid="replication_saved")
@receiver(post_delete, sender=Replication, dispatch_uid="replication_deleted")
@receiver(post_save, sender=ReplicationPartner, dispatch_uid="replication_partner_saved")
@receiver(post_delete, sender=ReplicationPartner, dispatch_uid="replication_partner_deleted")
@receiver(post_save, sender=Event, dispatch_uid="event_saved")
@receiver(post_delete, sender=Event, dispatch_uid="event_deleted")
# What their pages show with them: the logbook, the events' photos and documents.
@receiver(post_save, sender=LogbookEntry, dispatch_uid="logbook_entry_saved")
@receiver(post_delete, sender=LogbookEntry, dispatch_uid="logbook_entry_deleted")
@receiver(post_save, sender=EventPhoto, dispatch_uid="event_photo_saved")
@receiver(post_delete, sender=EventPhoto, dispatch_uid="event_photo_deleted")
@receiver(post_save, sender=EventDocument, dispatch_uid="event_document_saved")
@receiver(post_delete, sender=EventDocument, dispatch_uid="event_document_deleted")
def _attachment_changed(sender, raw=False, **kwargs):
    if not raw:
        indexer.public_changed()


@receiver(m2m_changed, sender=Replication.sources.through, dispatch_uid="replication_sources")
@receiver(m2m_changed, sender=Event.practices.through, dispatch_uid="event_practices")
@receiver(m2m_changed, sender=Event.replications.through, dispatch_uid="event_replications")
@receiver(m2m_changed, sender=Event.organisers.through, dispatch_uid="event_organisers")
def _exchange_links_changed(sender, action, **kwargs):
    # The replications' filters count their sources' countries and themes; a practice's page
    # shows who adapted it and where it was presented, an event's page what it served.
    if action in {"post_add", "post_remove", "post_clear"}:
        indexer.public_changed()


@receiver(post_migrate, dispatch_uid="drop_stray_facet_keys")
def _tables_reset(sender, using="default", **kwargs):
    # After a migration or a flush (which empties the tables without signals).
    if sender.name == "practices":
        indexer.drop_stray_rows(using)
