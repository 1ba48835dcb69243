from django.urls import path

from practices.views import public as views

app_name = "practices"
urlpatterns = [
    path("", views.home, name="home"),
    path("practices/", views.practice_list, name="list"),
    path("practices/<slug:slug>/", views.practice_detail, name="detail"),
    path("themes/<slug:slug>/", views.theme_detail, name="theme"),
    path("places/<str:code>/", views.place_detail, name="place"),
    path("partners/<slug:slug>/", views.partner_detail, name="partner"),
]
