"""People in the admin: a coordinator invites, changes roles and deactivates, without a
superuser. Adding a user is inviting them; only a superuser sets passwords or makes superusers.
"""

from django.contrib import admin, messages
from django.contrib.auth import get_user_model
from django.contrib.auth.admin import UserAdmin
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.formats import date_format
from django.utils.timezone import localtime
from django.utils.translation import gettext_lazy as _

from practices.accounts import roles
from practices.accounts.forms import InviteForm, PersonForm

User = get_user_model()
PERSON_FIELDS = ["username", "first_name", "last_name", "email", "role", "is_active"]
PERSON_READONLY = ["username", "last_login", "date_joined", "invitation"]


class RoleFilter(admin.SimpleListFilter):
    """The four roles by their translated names, rather than the groups' stored names."""

    title = _("Role")
    parameter_name = "role"

    def lookups(self, request, model_admin):
        return roles.Role.choices

    def queryset(self, request, queryset):
        if self.value() in roles.Role.values:
            return queryset.filter(groups__name=self.value())
        return queryset


@admin.display(description=_("Name"), ordering="first_name")
def full_name(user):
    return user.get_full_name() or user.get_username()


class PersonAdmin(UserAdmin):
    list_display = [full_name, "email", "role", "is_active", "last_login"]
    list_filter = ["is_active", RoleFilter, "is_staff", "is_superuser"]
    search_fields = ["username", "first_name", "last_name", "email"]
    ordering = ["first_name", "last_name", "username"]
    actions = ["deactivate"]

    def get_queryset(self, request):
        return super().get_queryset(request).prefetch_related("groups")

    def has_view_permission(self, request, obj=None):
        return super().has_view_permission(request, obj) or roles.may_manage(request.user)

    def has_change_permission(self, request, obj=None):
        return request.user.is_superuser or roles.may_manage(request.user, obj)

    def has_add_permission(self, request):
        return roles.may_manage(request.user)

    def has_delete_permission(self, request, obj=None):
        # Accounts are deactivated, not deleted: what a person did keeps its author.
        return request.user.is_superuser

    def get_fieldsets(self, request, obj=None):
        if request.user.is_superuser:
            return super().get_fieldsets(request, obj)
        return [(None, {"fields": PERSON_FIELDS}), (_("History"), {"fields": PERSON_READONLY[1:]})]

    def get_readonly_fields(self, request, obj=None):
        if request.user.is_superuser:
            return ["invitation"]
        if obj == request.user:  # a coordinator cannot lock themselves out by mistake
            return [*PERSON_READONLY, "role", "is_active"]
        if obj is not None and obj.last_login is not None:
            # An account in use keeps its address: changing it, then asking for a password
            # reset, would let one person sign in as another and act in their name.
            return [*PERSON_READONLY, "email"]
        return PERSON_READONLY

    def get_form(self, request, obj=None, **kwargs):
        if obj is not None and not request.user.is_superuser:
            kwargs["form"] = PersonForm
        form = super().get_form(request, obj, **kwargs)
        if obj is not None and obj == request.user and not request.user.is_superuser:
            form.base_fields.pop("role", None)  # declared, so not dropped as read only
        return form

    @admin.display(description=_("Role"))
    def role(self, user):
        name = roles.role_of(user)
        return roles.Role(name).label if name else "—"

    @admin.display(description=_("Invited"))
    def invitation(self, user):
        account = getattr(user, "account", None)
        if account is None or account.invited_at is None:
            return "—"
        by = roles.person_label(account.invited_by) if account.invited_by else "—"
        when = date_format(localtime(account.invited_at), "DATETIME_FORMAT")
        return _("%(when)s by %(by)s") % {"when": when, "by": by}

    def save_model(self, request, obj, form, change):
        super().save_model(request, obj, form, change)
        if change and "is_active" in form.changed_data and not obj.is_active:
            roles.end_sessions(obj)

    @admin.action(description=_("Deactivate the selected accounts"), permissions=["change"])
    def deactivate(self, request, queryset):
        people = [u for u in queryset if roles.may_manage(request.user, u) and u != request.user]
        for user in people:
            roles.deactivate(user)
            self.log_change(request, user, [{"changed": {"fields": ["is_active"]}}])
        self.message_user(request, _("%(n)d accounts deactivated.") % {"n": len(people)})

    def user_change_password(self, request, id, form_url=""):
        # People choose their own passwords, from their invitation or a reset link.
        if not request.user.is_superuser:
            raise PermissionDenied
        return super().user_change_password(request, id, form_url)

    def add_view(self, request, form_url="", extra_context=None):
        """Adding a person is inviting them, for coordinators and superusers alike."""
        if not self.has_add_permission(request):
            raise PermissionDenied
        form = InviteForm(request.POST or None)
        if request.method == "POST" and form.is_valid():
            user = form.save(by=request.user)
            self.log_addition(request, user, [{"added": {}}])
            message = _("Invitation sent to %(person)s.") % {"person": roles.person_label(user)}
            self.message_user(request, message, messages.SUCCESS)
            return redirect("admin:auth_user_changelist")
        context = {
            **self.admin_site.each_context(request),
            "title": _("Invite a person"),
            "form": form,
            "opts": self.opts,
            "add": True,
            "change": False,
        }
        return TemplateResponse(request, "admin/auth/user/invite.html", context)


if admin.site.is_registered(User):
    admin.site.unregister(User)
admin.site.register(User, PersonAdmin)
