from django.contrib.auth.decorators import login_required
from django.urls import path

from practices.accounts import views

app_name = "accounts"
signed_in = login_required(login_url="accounts:login")

urlpatterns = [
    path("login/", views.SignIn.as_view(), name="login"),
    path("logout/", views.SignOut.as_view(), name="logout"),
    path("home/", views.landing, name="home"),
    path("", views.account, name="account"),
    path("tokens/", views.create_token, name="token_create"),
    path("tokens/<int:pk>/revoke/", views.revoke_token, name="token_revoke"),
    path("password/", signed_in(views.ChangePassword.as_view()), name="password_change"),
    path("reset/", views.reset, name="password_reset"),
    path("reset/sent/", views.ResetDone.as_view(), name="password_reset_done"),
    path(
        "reset/<uidb64>/<token>/",
        views.SetPassword.as_view(),
        name="password_reset_confirm",
    ),
]
