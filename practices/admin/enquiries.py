"""Replication enquiries from the public site; the coordinator records how each was answered."""

from django import forms
from django.contrib import admin, messages
from django.shortcuts import redirect
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from practices import permissions
from practices.exchange import workflow as flow
from practices.models import Enquiry

RECEIVED = ["practice", "name", "organisation", "contact", "message", "language", "created_at"]


class EnquiryForm(forms.ModelForm):
    mark_answered = forms.BooleanField(
        label=_("Mark as answered"),
        required=False,
        help_text=_("Records you as having answered, now, with the note above."),
    )

    class Meta:
        model = Enquiry
        fields = ["answer_note"]

    def clean(self):
        data = super().clean()
        if data.get("mark_answered") and not data.get("answer_note", "").strip():
            self.add_error("answer_note", _("Say how the enquiry was answered."))
        return data


class AnsweredFilter(admin.SimpleListFilter):
    title = _("answered")
    parameter_name = "answered"

    def lookups(self, request, model_admin):
        return [("no", _("Not yet answered")), ("yes", _("Answered"))]

    def queryset(self, request, queryset):
        if self.value() in ("yes", "no"):
            return queryset.filter(answered_at__isnull=self.value() == "no")
        return queryset


@admin.register(Enquiry)
class EnquiryAdmin(admin.ModelAdmin):
    form = EnquiryForm
    list_display = ["created_at", "organisation", "name", "practice", "answered"]
    list_filter = [AnsweredFilter, "language"]
    search_fields = ["name", "organisation", "contact", "message"]
    list_select_related = ["practice", "answered_by"]
    date_hierarchy = "created_at"
    actions = ["make_leads"]

    def has_add_permission(self, request):
        return False  # enquiries come from the public form only

    def get_fields(self, request, obj=None):
        if obj is not None and obj.is_answered:
            return [*RECEIVED, "answered_at", "answered_by", "answer_note"]
        return [*RECEIVED, "answer_note", "mark_answered"]

    def get_readonly_fields(self, request, obj=None):
        if obj is not None and obj.is_answered:
            return [*RECEIVED, "answered_at", "answered_by", "answer_note"]  # as recorded
        return RECEIVED

    def save_model(self, request, obj, form, change):
        if form.cleaned_data.get("mark_answered"):
            obj.answered_at, obj.answered_by = timezone.now(), request.user
        super().save_model(request, obj, form, change)

    @admin.display(description=_("answered"), boolean=True, ordering="answered_at")
    def answered(self, obj):
        return obj.is_answered

    def has_lead_permission(self, request):
        return request.user.has_perm(permissions.MOVE_REPLICATION)

    @admin.action(
        description=_("Make replication leads of the selected enquiries"), permissions=["lead"]
    )
    def make_leads(self, request, queryset):
        """Each enquiry becomes a replication lead keeping its details; one lead: open it."""
        leads = [flow.lead_from_enquiry(enquiry, by=request.user) for enquiry in queryset]
        self.message_user(
            request,
            _("%(n)s replication leads are ready.") % {"n": len(leads)},
            messages.SUCCESS,
        )
        if len(leads) == 1:
            return redirect("admin:practices_replication_change", leads[0].pk)
        return None
