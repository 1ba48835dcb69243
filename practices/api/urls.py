from django.urls import include, path
from drf_spectacular.views import SpectacularAPIView
from rest_framework.routers import SimpleRouter

from practices.api import views

app_name = "api"
router = SimpleRouter()
router.register("practices", views.PracticeViewSet, basename="practice")
router.register("themes", views.ThemeViewSet, basename="theme")
router.register("places", views.PlaceViewSet, basename="place")
router.register("partners", views.PartnerViewSet, basename="partner")
router.register("replications", views.ReplicationViewSet, basename="replication")
router.register("events", views.EventViewSet, basename="event")

urlpatterns = [
    path("schema/", SpectacularAPIView.as_view(), name="schema"),
    path("", include(router.urls)),
]
