"""Forms of people's accounts: the invitation, a coordinator's edit of a person, my account."""

from django import forms
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.forms import AuthenticationForm, PasswordResetForm
from django.template.loader import render_to_string
from django.utils.translation import gettext_lazy as _

from practices import notifications
from practices.accounts import invitations
from practices.accounts.roles import Role, role_of, set_role
from practices.models import Account

ROLE_HELP = _(
    "Coordinators, screeners and documenters work in the admin; a partner reads the practices "
    "shared with the DELGOSEA network on the public site and never enters the admin."
)


class InviteForm(forms.Form):
    first_name = forms.CharField(label=_("First name"), max_length=150)
    last_name = forms.CharField(label=_("Last name"), max_length=150, required=False)
    email = forms.EmailField(label=_("E-mail address"))
    role = forms.ChoiceField(label=_("Role"), choices=Role.choices, help_text=ROLE_HELP)
    language = forms.ChoiceField(
        label=_("Language of the invitation"), choices=settings.LANGUAGES, initial="km"
    )

    def clean_email(self):
        email = self.cleaned_data["email"].strip()
        if invitations.email_taken(email):
            raise forms.ValidationError(
                _(
                    "An account with this e-mail address already exists: find it in the list "
                    "of users and change its role there instead of inviting again."
                ),
                code="taken",
            )
        return email

    def save(self, *, by):
        return invitations.invite(by=by, **self.cleaned_data)


class PersonForm(forms.ModelForm):
    """What a coordinator changes about a person: name, e-mail, role, active."""

    role = forms.ChoiceField(label=_("Role"), choices=Role.choices, help_text=ROLE_HELP)

    class Meta:
        model = get_user_model()
        fields = ["first_name", "last_name", "email", "is_active"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "role" in self.fields:
            self.fields["role"].initial = role_of(self.instance) or None
        if "email" in self.fields:  # absent when the page is read only
            self.fields["email"].required = True

    def clean_email(self):
        email = self.cleaned_data["email"].strip()
        others = get_user_model().objects.exclude(pk=self.instance.pk)
        if others.filter(email__iexact=email).exists():
            raise forms.ValidationError(_("Another account already has this e-mail address."))
        return email

    def _save_m2m(self):
        # The admin saves the user, then the relations: the role's group and staff status.
        super()._save_m2m()
        if "role" in self.cleaned_data:
            set_role(self.instance, self.cleaned_data["role"])


class MyAccountForm(forms.ModelForm):
    language = forms.ChoiceField(label=_("Preferred language"), choices=settings.LANGUAGES)

    class Meta:
        model = get_user_model()
        fields = ["first_name", "last_name"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # People made before invitations existed have no account row until they save.
        self.account = Account.objects.filter(user=self.instance).first()
        self.account = self.account or Account(user=self.instance)
        self.fields["language"].initial = self.account.language

    def save(self, commit=True):
        user = super().save()
        self.account.language = self.cleaned_data["language"]
        self.account.save()
        return user


class SignInForm(AuthenticationForm):
    """Signing in with the e-mail address (the username of invited people) or a username."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["username"].label = _("E-mail address or user name")

    def clean_username(self):
        value = self.cleaned_data["username"].strip()
        if "@" in value:
            users = list(get_user_model().objects.filter(email__iexact=value)[:2])
            if len(users) == 1:
                return users[0].get_username()
        return value


class ResetForm(PasswordResetForm):
    """Also reaches people who never used their invitation (no usable password yet)."""

    def get_users(self, email):
        users = get_user_model()._default_manager.filter(email__iexact=email, is_active=True)
        return (u for u in users if u.email.lower() == email.lower())

    def send_mail(
        self,
        subject_template_name,
        email_template_name,
        context,
        from_email,
        to_email,
        html_email_template_name=None,
    ):
        """Queued like every notification: the request does not wait for the mail server."""
        subject = "".join(render_to_string(subject_template_name, context).splitlines())
        body = render_to_string(email_template_name, context)
        notifications.deliver.enqueue(subject, body, [to_email])


class ApiTokenForm(forms.Form):
    name = forms.CharField(
        label=_("Name of the token"),
        max_length=100,
        help_text=_("What will use it, e.g. “our newsletter”."),
    )
