from django.contrib import admin

from practices.models import Enquiry


@admin.register(Enquiry)
class EnquiryAdmin(admin.ModelAdmin):
    list_display = ["created_at", "organisation", "name", "practice", "is_answered"]
    list_filter = ["is_answered", "language"]
    search_fields = ["name", "organisation", "contact", "message"]
    list_select_related = ["practice"]
    readonly_fields = [
        "practice",
        "name",
        "organisation",
        "contact",
        "message",
        "language",
        "created_at",
    ]
    date_hierarchy = "created_at"

    def has_add_permission(self, request):
        return False  # enquiries come from the public form only
