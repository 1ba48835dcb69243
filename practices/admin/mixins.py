"""Behaviour shared by the portal's ModelAdmins."""

from django.contrib.admin.utils import unquote
from django.core.exceptions import PermissionDenied
from django.db import router, transaction
from django.http import Http404
from django.shortcuts import redirect

from practices.forms import parse_id
from practices.search import indexer


class HiddenIs404Mixin:
    """An object outside what this user may see answers 404, as if it did not exist.

    The admin's own answer is a redirect with a message that the object "may have been
    deleted", which tells apart hidden objects from missing ones.
    """

    def get_object(self, request, object_id, from_field=None):
        obj = super().get_object(request, object_id, from_field)
        if obj is None:
            raise Http404
        return obj

    def history_view(self, request, object_id, extra_context=None):
        # Revision history would otherwise fall back to the records of a hidden object.
        self.get_object(request, unquote(object_id))
        return super().history_view(request, object_id, extra_context)


class ReindexOnceMixin:
    """One save in the admin (a form with its inlines, a list's edits or action, a deletion)
    reindexes each practice it touched once, however many rows and signals it went through:
    each POST runs in one transaction and one indexing batch (practices/search/indexer.py)."""

    def changeform_view(self, request, *args, **kwargs):
        return self._reindexed_once(request, super().changeform_view, *args, **kwargs)

    def changelist_view(self, request, *args, **kwargs):
        return self._reindexed_once(request, super().changelist_view, *args, **kwargs)

    def delete_view(self, request, *args, **kwargs):
        return self._reindexed_once(request, super().delete_view, *args, **kwargs)

    def _reindexed_once(self, request, view, *args, **kwargs):
        if request.method != "POST":
            return view(request, *args, **kwargs)
        with transaction.atomic(using=router.db_for_write(self.model)), indexer.batched():
            return view(request, *args, **kwargs)


class OneRowMixin:
    """A model of one row (site-wide settings): it is never added nor deleted, and its list
    opens the row, made with its defaults the first time."""

    def has_add_permission(self, request):
        return False

    def has_delete_permission(self, request, obj=None):
        return False

    def changelist_view(self, request, extra_context=None):
        if not self.has_view_or_change_permission(request):
            raise PermissionDenied
        row, _created = self.model.objects.get_or_create(pk=1)
        meta = self.model._meta
        return redirect(f"admin:{meta.app_label}_{meta.model_name}_change", row.pk)


class SafeInitialMixin:
    """Ignores add-page prefills (`?units=...`) that name no object, instead of failing."""

    def get_changeform_initial_data(self, request):
        initial = super().get_changeform_initial_data(request)
        for name, value in list(initial.items()):
            field = self.model._meta.get_field(name) if name in self._field_names() else None
            if field is not None and field.is_relation:
                values = value if isinstance(value, list) else [value]
                if not all(parse_id(v) for v in values):
                    del initial[name]
        return initial

    def _field_names(self):
        return {f.name for f in self.model._meta.get_fields()}


def save_inline(formset, add):
    """Save an inline's rows as the admin would, but each new one through `add(obj)`, the
    workflow step that records it."""
    for obj in formset.save(commit=False):
        if obj.pk is None:
            add(obj)
        else:
            obj.save()
    formset.save_m2m()
    for obj in formset.deleted_objects:
        obj.delete()


def save_assignments(formset, assign, *, by):
    """Save an inline of assignments, each new one through `assign` (record, person, role)."""
    save_inline(formset, lambda new: assign(formset.instance, new.user, new.role, by=by))


def pair(field):
    """The Khmer and English columns of a translated field, shown side by side."""
    return (f"{field}_km", f"{field}_en")


class RevisionNumberMixin:
    """A revision page asked for something that is not a revision's number answers 404."""

    def history_form_view(self, request, object_id, version_id, extra_context=None):
        if not (str(version_id).isascii() and str(version_id).isdigit()):
            raise Http404  # not a revision's number: nothing to show
        return super().history_form_view(request, object_id, version_id, extra_context)
