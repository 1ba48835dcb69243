"""Sample replications and knowledge-exchange events, added by `seed_demo` after the sample
practices: Marikina's Eco-Savers taken up in Kampot, Solo's vendor relocation taken up in
Sangkat Choam Chao, and Kampot, having become a source itself, coaching Kaeb.

Everything here is illustrative (marked as sample data), written for demonstrations and
training. Each record is keyed by its slug and added once; one already present is left as it is.
Texts are (Khmer, English) pairs. The events' photos and reports and the logbook's photos and
notes are generated pictures and one-page PDFs, each marked "GLGP sample".
"""

import datetime

from django.core.files.base import ContentFile

from practices.demo import practices as sample_practices
from practices.demo.files import document, illustration
from practices.models import (
    AdminUnit,
    Event,
    EventDocument,
    EventPhoto,
    LogbookEntry,
    Partner,
    Practice,
    Replication,
    ReplicationPartner,
    ReplicationStageChange,
)

NOTE = (
    "ឧទាហរណ៍សម្រាប់បង្ហាញ មិនមែនជាការយកគំរូទៅអនុវត្តពិតទេ។",
    "Sample for demonstration, not a real replication.",
)

REPLICATIONS = [
    {
        "slug": "sample-eco-savers-in-kampot",
        "theme": "environment-waste",
        "sources": ["sample-eco-savers-marikina"],
        "result": "sample-eco-savers-kampot",
        "unit": "0708",
        "stage": "completed",
        "partners": [("logodef", "coach"), ("kas", "funder"), ("nlcs", "technical")],
        "contact": ("Head of the municipal environment office", "kampot.environment@example.org"),
        "text": {
            "title": ("អេកូសេវើរ នៅក្រុងកំពត", "Eco-Savers in Kampot"),
            "adopter_name": ("រដ្ឋបាលក្រុងកំពត", "Kampot Municipal Administration"),
            "plan_taken_over": (
                "ធនាគារសំរាមនៅសាលាបឋមសិក្សា៖ សិស្សប្ដូរសំណល់កែច្នៃបានជាពិន្ទុ ដែលប្ដូរបានជាសម្ភារៈសិក្សា។",
                "The school recycling bank: pupils trade recyclable waste for points that buy "
                "school supplies.",
            ),
            "plan_adapted": (
                "ក្រុងកំពតចាប់ផ្ដើមនៅសាលាចំនួន ៦ ជំនួសឱ្យសាលាទាំងអស់ ហើយអ្នកទិញអេតចាយក្នុងស្រុកទិញសំណល់ "
                "ដោយសារក្រុងមិនមានរោងចក្រកែច្នៃផ្ទាល់។",
                "Kampot starts in six schools rather than all of them, and local scrap dealers "
                "buy the waste, since the town has no recycling plant of its own.",
            ),
            "plan_activities": (
                "ទស្សនកិច្ចសិក្សាទៅម៉ារីគីណា (ខែទី១)។ បណ្ដុះបណ្ដាលគ្រូ (ខែទី២)។ "
                "ថ្ងៃប្ដូរសំរាមលើកដំបូង (ខែទី៣)។ ពង្រីកទៅសាលាថ្មី (ខែទី៩)។",
                "Study visit to Marikina (month 1). Teacher training (month 2). First "
                "collection day (month 3). Extension to new schools (month 9).",
            ),
            "plan_resources": (
                "ធុងសំរាម ជញ្ជីង និងសៀវភៅកត់ត្រា ប្រមាណ ៣ ០០០ ដុល្លារ។ ពេលវេលារបស់គ្រូ និងមន្ត្រីក្រុង។",
                "Bins, scales and record books, about USD 3,000; the time of teachers and "
                "municipal staff.",
            ),
            "plan_responsible": (
                "ការិយាល័យបរិស្ថានក្រុង និងនាយកសាលានីមួយៗ។",
                "The municipal environment office and each school's head teacher.",
            ),
            "plan_indicators": (
                "ចំនួនសាលាដែលចូលរួម សំណល់ដែលប្រមូលបានក្នុងមួយខែ និងសំរាមតិចជាងមុននៅតាមមាត់ទន្លេ។",
                "Schools taking part, waste collected per month, and less litter along the river.",
            ),
            "outcome": (
                "សាលាចំនួន ១២ ដំណើរការធនាគារសំរាមនៅចុងឆ្នាំទីពីរ។",
                "Twelve schools ran a recycling bank by the end of the second year.",
            ),
            "lessons": (
                "ចាប់ផ្ដើមតូច ហើយឱ្យគ្រូជាអ្នកដឹកនាំ។ អ្នកទិញអេតចាយត្រូវការកិច្ចព្រមព្រៀងជាលាយលក្ខណ៍អក្សរ។",
                "Start small and let teachers lead; scrap dealers need a written agreement.",
            ),
        },
        "logbook": [
            (
                datetime.date(2011, 11, 14),
                "on_track",
                False,
                "The study visit team is back; six head teachers agreed to start.",
                "",
                "Train teachers; buy bins and scales.",
            ),
            (
                datetime.date(2012, 2, 20),
                "delayed",
                False,
                "First collection day held in four schools out of six.",
                "Two schools wait for their scales.",
                "Deliver scales; second collection day in March.",
            ),
            (
                datetime.date(2012, 3, 5),
                "at_risk",
                True,
                "A scrap dealer withdrew over prices.",
                "Price dispute; no written agreement yet.",
                "Meet the dealers with the municipal office.",
            ),
        ],
    },
    {
        "slug": "sample-vendor-relocation-in-choam-chao",
        "theme": "urban-services",
        "sources": ["sample-street-vendors-solo"],
        "result": "sample-street-vendors-choam-chao",
        "unit": "120916",
        "stage": "completed",
        "partners": [("apkasi", "coach"), ("kas", "funder")],
        "contact": ("Chief of the sangkat administration", "choamchao@example.org"),
        "text": {
            "title": ("ការផ្លាស់ទីតាំងអ្នកលក់ដូរនៅសង្កាត់ចោមចៅ", "Vendor relocation in Choam Chao"),
            "adopter_name": ("ក្រុមប្រឹក្សាសង្កាត់ចោមចៅ", "Choam Chao Sangkat Council"),
            "plan_taken_over": (
                "ការសន្ទនាជាមួយអ្នកលក់ដូរមុនពេលផ្លាស់ទីតាំង និងទីផ្សារថ្មីដែលមានតូបច្បាស់លាស់។",
                "Dialogue with vendors before any move, and a new market with marked stalls.",
            ),
            "plan_adapted": (
                "សង្កាត់ប្រើដីសាធារណៈតូចមួយជំនួសឱ្យការសាងសង់ទីផ្សារធំ ហើយមិនយកថ្លៃតូបក្នុងឆ្នាំដំបូង។",
                "The sangkat uses a small public plot instead of building a large market, and "
                "charges no stall fee in the first year.",
            ),
            "plan_activities": (
                "ទស្សនកិច្ចសិក្សាទៅសូឡូ។ កិច្ចប្រជុំជាមួយអ្នកលក់ដូរចំនួន ៥ ដង។ រៀបចំទីតាំង។ ផ្លាស់ទីតាំង។",
                "Study visit to Solo; five meetings with vendors; preparing the site; the move.",
            ),
            "plan_resources": (
                "ការរៀបចំទីតាំង និងដំបូល ប្រមាណ ៨ ០០០ ដុល្លារ ពីថវិកាសង្កាត់។",
                "Site preparation and roofing, about USD 8,000 from the sangkat budget.",
            ),
            "plan_responsible": (
                "ចៅសង្កាត់ និងក្រុមការងារដែលមានតំណាងអ្នកលក់ដូរ។",
                "The sangkat chief and a working group with vendors' representatives.",
            ),
            "plan_indicators": (
                "ចំនួនអ្នកលក់ដូរដែលផ្លាស់ទីតាំងដោយស្ម័គ្រចិត្ត និងផ្លូវដែលលែងស្ទះ។",
                "Vendors who moved of their own will, and roads free of stalls.",
            ),
            "outcome": (
                "អ្នកលក់ដូរភាគច្រើនបានផ្លាស់ទីតាំងដោយគ្មានការបណ្ដេញចេញ។",
                "Most vendors moved without any eviction.",
            ),
            "lessons": (
                "ការសន្ទនាត្រូវការពេលវេលា ប៉ុន្តែវាសន្សំការប៉ះទង្គិចនៅពេលក្រោយ។",
                "Dialogue takes time, but it saves conflict later.",
            ),
        },
        "logbook": [
            (
                datetime.date(2012, 1, 16),
                "on_track",
                False,
                "Third meeting with vendors; they chose the stall layout.",
                "",
                "Prepare the site.",
            ),
            (
                datetime.date(2012, 4, 2),
                "on_track",
                False,
                "The market opened with most of the vendors.",
                "A few vendors stay on the road at night.",
                "Agree evening hours at the market.",
            ),
        ],
    },
    {
        "slug": "sample-eco-savers-in-kaeb",
        "theme": "environment-waste",
        "sources": ["sample-eco-savers-kampot"],
        "result": None,
        "unit": "2302",
        "stage": "planning",
        "partners": [("nlcs", "coach")],
        "contact": ("Municipal environment office", "kaeb.environment@example.org"),
        "text": {
            "title": ("អេកូសេវើរ នៅក្រុងកែប", "Eco-Savers in Kaeb"),
            "adopter_name": ("រដ្ឋបាលក្រុងកែប", "Kaeb Municipal Administration"),
            "plan_taken_over": (
                "ធនាគារសំរាមរបស់សាលាតាមគំរូក្រុងកំពត ដែលក្រុងកំពតខ្លួនឯងជាអ្នកណែនាំ។",
                "Kampot's school recycling bank, with Kampot itself as the coach.",
            ),
            "plan_adapted": ("", ""),
            "plan_activities": (
                "ទស្សនកិច្ចសិក្សាទៅក្រុងកំពត បន្ទាប់មកសាកល្បងនៅសាលាចំនួន ៣។",
                "A study visit to Kampot, then a trial in three schools.",
            ),
            "plan_resources": ("", ""),
            "plan_responsible": ("", ""),
            "plan_indicators": ("", ""),
            "outcome": ("", ""),
            "lessons": ("", ""),
        },
        "logbook": [],
    },
]

EVENTS = [
    {
        "slug": "sample-study-visit-marikina",
        "theme": "environment-waste",
        "kind": "study_visit",
        "dates": (datetime.date(2011, 10, 24), datetime.date(2011, 10, 27)),
        "country": "PH",
        "unit": None,
        "organisers": ["logodef", "nlcs"],
        "practices": ["sample-eco-savers-marikina"],
        "replications": ["sample-eco-savers-in-kampot"],
        "participants": (14, 6, 2),
        "text": {
            "title": ("ទស្សនកិច្ចសិក្សាទៅក្រុងម៉ារីគីណា", "Study visit to Marikina"),
            "place_name": ("ក្រុងម៉ារីគីណា", "Marikina City"),
            "description": (
                "មន្ត្រីក្រុងកំពត និងនាយកសាលា ទៅមើលធនាគារសំរាមនៅសាលានានា។",
                "Kampot officers and head teachers see the school recycling banks at work.",
            ),
            "report": (
                "ក្រុមការងារបានព្រាងផ្នែកដំបូងនៃផែនការយកគំរូទៅអនុវត្ត។",
                "The team drafted the first part of the transfer plan.",
            ),
        },
    },
    {
        "slug": "sample-study-visit-solo",
        "theme": "urban-services",
        "kind": "study_visit",
        "dates": (datetime.date(2011, 11, 7), datetime.date(2011, 11, 10)),
        "country": "ID",
        "unit": None,
        "organisers": ["apkasi"],
        "practices": ["sample-street-vendors-solo"],
        "replications": ["sample-vendor-relocation-in-choam-chao"],
        "participants": (10, 4, 1),
        "text": {
            "title": ("ទស្សនកិច្ចសិក្សាទៅក្រុងសូឡូ", "Study visit to Solo"),
            "place_name": ("ក្រុងសូរ៉ាកាតា (សូឡូ)", "Surakarta (Solo)"),
            "description": (
                "សមាជិកក្រុមប្រឹក្សាសង្កាត់ចោមចៅជួបអ្នកលក់ដូរ និងមន្ត្រីក្រុងសូឡូ។",
                "Choam Chao councillors meet Solo's vendors and city officers.",
            ),
            "report": ("", ""),
        },
    },
    {
        "slug": "sample-learning-forum-phnom-penh",
        "theme": "participation",
        "kind": "forum",
        "dates": (datetime.date(2027, 3, 18), datetime.date(2027, 3, 19)),
        "country": "KH",
        "unit": "12",
        "organisers": ["nlcs", "kas"],
        "practices": ["sample-eco-savers-kampot", "sample-street-vendors-choam-chao"],
        "replications": ["sample-eco-savers-in-kaeb"],
        "participants": (None, None, None),
        "text": {
            "title": (
                "វេទិកាសិក្សា៖ ពីគំរូទៅការអនុវត្ត",
                "Learning forum: from example to practice",
            ),
            "place_name": ("", ""),
            "description": (
                "ក្រុមប្រឹក្សាដែលបានយកគំរូទៅអនុវត្តចែករំលែកបទពិសោធន៍ជាមួយក្រុមប្រឹក្សាផ្សេងទៀត។",
                "Councils that replicated a practice share what they learned with others.",
            ),
            "report": ("", ""),
        },
    },
]


def seed():
    """Add the sample replications and events not yet present; returns (added, present)."""
    practices = {p.slug: p for p in Practice.objects.filter(is_sample=True)}
    partners = {p.slug: p for p in Partner.objects.all()}
    added = 0
    replications = {r.slug: r for r in Replication.objects.filter(is_sample=True)}
    for spec in REPLICATIONS:
        if spec["slug"] not in replications and _known(Replication, spec["slug"]) is False:
            replications[spec["slug"]] = _replication(spec, practices, partners)
            added += 1
    for spec in EVENTS:
        if _known(Event, spec["slug"]) is False:
            _event(spec, practices, partners, replications)
            added += 1
    return added, len(REPLICATIONS) + len(EVENTS) - added


def _known(model, slug):
    """Present under this slug, or under a new one the coordinator gave it since."""
    current = model.objects.filter(slug=slug).exists()
    return current or model.history.filter(slug=slug, id__in=model.objects.values("pk")).exists()


def _unit(code):
    return AdminUnit.objects.filter(code=code).first() if code else None


def _texts(obj, texts):
    for field, (km, en) in texts.items():
        setattr(obj, f"{field}_km", km)
        setattr(obj, f"{field}_en", en)


def _replication(spec, practices, partners):
    contact_name, contact = spec["contact"]
    replication = Replication(
        slug=spec["slug"],
        unit=_unit(spec["unit"]),
        stage=spec["stage"],
        visibility="public",
        is_sample=True,
        contact_name=contact_name,
        contact=contact,
        resulting_practice=practices.get(spec["result"]),
        internal_notes=NOTE[1],
    )
    _texts(replication, spec["text"])
    replication._change_reason = "Sample data"
    replication.save()
    replication.sources.set([practices[s] for s in spec["sources"] if s in practices])
    ReplicationPartner.objects.bulk_create(
        ReplicationPartner(replication=replication, partner=partners[slug], role=role)
        for slug, role in spec["partners"]
        if slug in partners
    )
    ReplicationStageChange.objects.create(
        replication=replication, to_stage=spec["stage"], note=NOTE[1]
    )
    for number, row in enumerate(spec["logbook"]):
        _entry(replication, spec, number, *row)
    return replication


def _entry(replication, spec, number, date, status, internal, progress, obstacles, next_steps):
    """A logbook entry; a shared one with a photo, the first one with a note as a PDF."""
    entry = LogbookEntry(
        replication=replication,
        date=date,
        status=status,
        is_internal=internal,
        progress=progress,
        obstacles=obstacles,
        next_steps=next_steps,
    )
    name = f"{spec['slug']}-{date.isoformat()}"
    if not internal:
        picture = illustration(spec["theme"], number, seed=name)
        entry.photo.save(f"{name}.jpg", ContentFile(picture), save=False)
    if number == 0:
        title = f"{replication.title_en}: logbook note of {date.isoformat()}"
        lines = [progress, obstacles, f"Next steps: {next_steps}"]
        note = document(title, [line for line in lines if line])
        entry.document.save(f"{name}.pdf", ContentFile(note), save=False)
    entry.save()
    return entry


def _event(spec, practices, partners, replications):
    starts, ends = spec["dates"]
    total, women, councils = spec["participants"]
    event = Event(
        slug=spec["slug"],
        kind=spec["kind"],
        starts_on=starts,
        ends_on=ends,
        country=spec["country"],
        unit=_unit(spec["unit"]),
        participants_total=total,
        participants_women=women,
        councils_represented=councils,
        visibility="public",
        is_sample=True,
    )
    _texts(event, spec["text"])
    event.description_km = f"{NOTE[0]} {event.description_km}"
    event.description_en = f"{NOTE[1]} {event.description_en}"
    event._change_reason = "Sample data"
    event.save()
    event.organisers.set([partners[s] for s in spec["organisers"] if s in partners])
    event.practices.set([practices[s] for s in spec["practices"] if s in practices])
    event.replications.set([replications[s] for s in spec["replications"] if s in replications])
    _event_files(event, spec)
    return event


def _event_files(event, spec):
    """A photo of every event; the report of an event that has one, as a PDF."""
    photo = EventPhoto(
        event=event,
        caption_km=f"{event.title_km} ({sample_practices.PHOTO_CREDIT[0]})",
        caption_en=f"{event.title_en} ({sample_practices.PHOTO_CREDIT[1]})",
    )
    picture = illustration(spec["theme"], 1, seed=spec["slug"])
    photo.image.save(f"{spec['slug']}.jpg", ContentFile(picture), save=False)
    photo.save()
    report = spec["text"]["report"][1]
    if report:
        pdf = document(f"{event.title_en}: report", [spec["text"]["description"][1], report])
        file = EventDocument(event=event, title=f"{event.title_en}: report (sample)")
        file.file.save(f"{spec['slug']}-report.pdf", ContentFile(pdf), save=False)
        file.save()
