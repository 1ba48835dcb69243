from django.urls import path

from practices import feeds, throttling
from practices.api import docs as api_docs
from practices.exchange import views as exchange
from practices.views import (
    app,
    enquiry,
    exports,
    nominate,
    offline,
    opendata,
    preview,
    statistics,
)
from practices.views import public as views

app_name = "practices"
feed = throttling.throttled("feeds", setting="EXPORT_RATE_LIMIT")

urlpatterns = [
    path("", views.home, name="home"),
    path("practices/", views.practice_list, name="list"),
    path("practices/download.<str:fmt>", exports.download, name="download"),
    path("practices/<slug:slug>/", views.practice_detail, name="detail"),
    path("practices/<slug:slug>/pdf/", views.practice_pdf, name="pdf"),
    path("practices/<slug:slug>/replicate/", enquiry.enquiry, name="enquiry"),
    path("practices/<slug:slug>/replicate/sent/", enquiry.enquiry_sent, name="enquiry_sent"),
    path("preview/<int:pk>/", preview.preview, name="preview"),
    path("themes/<slug:slug>/", views.theme_detail, name="theme"),
    path("places/<str:code>/", views.place_detail, name="place"),
    path("partners/<slug:slug>/", views.partner_detail, name="partner"),
    path("feeds/practices.rss", feed(feeds.LatestPractices()), name="feed_rss"),
    path("feeds/practices.atom", feed(feeds.LatestPracticesAtom()), name="feed_atom"),
    path("feeds/themes/<slug:slug>.rss", feed(feeds.ThemePractices()), name="theme_feed_rss"),
    path("feeds/themes/<slug:slug>.atom", feed(feeds.ThemePracticesAtom()), name="theme_feed_atom"),
    path("api/", api_docs.page, name="api_docs"),
    path("open-data/", opendata.page, name="open_data"),
    path("statistics/", statistics.page, name="statistics"),
    path("statistics/<str:name>.csv", statistics.chart_csv, name="statistics_csv"),
    path("open-data/<str:name>", opendata.download, name="open_data_file"),
    path("replications/", exchange.replication_list, name="replications"),
    path("replications/<slug:slug>/", exchange.replication_detail, name="replication"),
    path("events/", exchange.event_list, name="events"),
    path("events/<slug:slug>/", exchange.event_detail, name="event"),
    path("feeds/events.ics", feed(exchange.events_ical), name="events_ical"),
    path("nominate/", nominate.nominate, name="nominate"),
    path("nominate/thanks/", nominate.thanks, name="nominate_thanks"),
    path("manifest.webmanifest", app.manifest, name="manifest"),
    path("site-map/", views.site_map, name="site_map"),
    path("offline/", offline.available_offline, name="offline"),
    path("about/", views.site_page, {"kind": "about"}, name="about"),
    path("contact/", views.site_page, {"kind": "contact"}, name="contact"),
]
