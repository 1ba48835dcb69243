"""Signing in and out on the public site, password reset, and a person's own account page.

Partners sign in here (the admin refuses them: they are not staff); staff may too. After
signing in, a person lands on their role's home unless `next` is an address of this site.
"""

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import views as auth
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render
from django.urls import reverse, reverse_lazy
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_POST

from practices import audience
from practices.accounts.forms import ApiTokenForm, MyAccountForm, ResetForm, SignInForm
from practices.accounts.roles import home_url
from practices.api import tokens
from practices.models import Account
from practices.throttling import throttled


def remember_language(response, language):
    """Keep `language` for this browser: the admin, which has no language in its addresses,
    and the public site's first page speak it."""
    response.set_cookie(
        settings.LANGUAGE_COOKIE_NAME,
        language,
        max_age=settings.LANGUAGE_COOKIE_AGE,
        samesite="Lax",
    )
    return response


def with_preferred_language(response, user):
    account = Account.objects.filter(user=user).first()
    return remember_language(response, account.language) if account else response


class SignIn(auth.LoginView):
    template_name = "accounts/login.html"
    authentication_form = SignInForm
    redirect_authenticated_user = True

    def form_valid(self, form):
        return with_preferred_language(super().form_valid(form), form.get_user())

    def get_default_redirect_url(self):
        return home_url(self.request.user)


class SignOut(auth.LogoutView):
    next_page = "practices:home"

    def post(self, request, *args, **kwargs):
        # The browser forgets every page it kept while the reader was signed in; the service
        # worker, which keeps public pages only, forgets the reading too (templates/offline/sw.js).
        response = super().post(request, *args, **kwargs)
        response["Clear-Site-Data"] = '"cache"'
        return response


class Reset(auth.PasswordResetView):
    """Sends the link to every active account of the address, and says the same either way."""

    form_class = ResetForm
    template_name = "registration/password_reset_form.html"
    email_template_name = "registration/password_reset_email.txt"
    subject_template_name = "registration/password_reset_subject.txt"
    success_url = reverse_lazy("accounts:password_reset_done")

    def form_valid(self, form):
        self.extra_email_context = {"site_url": settings.SITE_URL.rstrip("/")}
        return super().form_valid(form)


# Each request mails someone: an address may ask a few times an hour, then is refused (429).
reset = throttled(
    "password_reset",
    setting="PASSWORD_RESET_RATE_LIMIT",
    period=3600,
    when=lambda request: request.method == "POST",
)(Reset.as_view())


class ResetDone(auth.PasswordResetDoneView):
    template_name = "registration/password_reset_done.html"


class SetPassword(auth.PasswordResetConfirmView):
    """The link of an invitation or a reset: the person chooses a password, is signed in, and
    lands where their role works."""

    template_name = "registration/password_reset_confirm.html"
    post_reset_login = True
    post_reset_login_backend = "django.contrib.auth.backends.ModelBackend"

    def form_valid(self, form):
        return with_preferred_language(super().form_valid(form), self.user)

    def get_success_url(self):
        messages.success(self.request, _("Your password is set; you are signed in."))
        return home_url(self.user)


class ChangePassword(auth.PasswordChangeView):
    template_name = "accounts/password_change.html"
    success_url = reverse_lazy("accounts:account")

    def form_valid(self, form):
        messages.success(self.request, _("Your password was changed."))
        return super().form_valid(form)


def landing(request):
    """Where LOGIN_REDIRECT_URL points: the role's home, never a page that does not exist."""
    return redirect(home_url(request.user))


@login_required(login_url="accounts:login")
def account(request):
    form = MyAccountForm(request.POST or None, instance=request.user)
    if request.method == "POST" and form.is_valid():
        form.save()
        language = form.cleaned_data["language"]
        with translation.override(language):
            messages.success(request, _("Your account was saved."))
            response = redirect(reverse("accounts:account"))
        return remember_language(response, language)
    return render(request, "accounts/account.html", {"form": form, **api_tokens(request)})


def api_tokens(request, token_form=None, new_key=None):
    """The API tokens part of "my account": only for readers of network-only practices, whom
    a token lets read them through the API too."""
    if audience.of(request.user) != audience.NETWORK:
        return {}
    return {
        "token_form": token_form or ApiTokenForm(),
        "api_tokens": request.user.api_tokens.all(),
        "new_key": new_key,
    }


@require_POST
@login_required(login_url="accounts:login")
def create_token(request):
    """Make an API token and show its key, once: only its digest is kept."""
    form = ApiTokenForm(request.POST)
    if audience.of(request.user) != audience.NETWORK:
        return redirect("accounts:account")
    if request.user.api_tokens.count() >= tokens.MAX_PER_USER:
        form.add_error(None, _("Revoke a token before making another."))
    if not form.is_valid():
        context = {"form": MyAccountForm(instance=request.user), **api_tokens(request, form)}
        return render(request, "accounts/account.html", context, status=400)
    _token, key = tokens.create(request.user, form.cleaned_data["name"])
    context = {"form": MyAccountForm(instance=request.user)}
    return render(request, "accounts/account.html", context | api_tokens(request, None, key))


@require_POST
@login_required(login_url="accounts:login")
def revoke_token(request, pk):
    if tokens.revoke(request.user, pk):
        messages.success(request, _("The token was revoked; it no longer opens the API."))
    return redirect("accounts:account")
