"""Sample practices for demonstrations and training, loaded by `manage.py seed_demo`.

Every text here was written for the portal and is illustrative: places and programmes are real
enough to make the examples recognisable, but figures, people and contact details are invented.
Each practice is keyed by its slug; `text` maps a translated field to its (Khmer, English) pair,
as do the contact's name, role and organisation, the photos' captions and their credit. A
Cambodian name is written in Khmer; a foreign person keeps their own name in both. The Khmer
follows the glossary (locale/km/terms.toml); numbers group thousands with a no-break space,
as the portal's number format does, and never take a comma as a decimal mark.
"""

import datetime

# Put in front of every sample's summary, so that no reader mistakes it for a real case.
SAMPLE_NOTE = (
    "ទិន្នន័យគំរូ៖ អត្ថបទនេះសរសេរឡើងសម្រាប់បង្ហាញពីវិបផតថល មិនមែនជាការអនុវត្តល្អដែលបានចងក្រងពិតប្រាកដទេ។",
    "Sample data: written to demonstrate the portal; not a real documented practice.",
)
PHOTO_CREDIT = ("រូបគំនូរគំរូរបស់ GLGP", "Illustration: GLGP sample data")

# Background and accent colours of the illustrations, one pair per theme.
THEME_COLOURS = {
    "participation": ((242, 153, 74), (120, 60, 20)),
    "institutional-governance": ((93, 109, 180), (30, 40, 90)),
    "urban-services": ((64, 160, 190), (20, 70, 90)),
    "fiscal-management": ((200, 170, 60), (90, 70, 10)),
    "local-economic-development": ((230, 110, 90), (110, 40, 30)),
    "gender-equality": ((200, 90, 150), (90, 30, 70)),
    "social-accountability": ((130, 100, 190), (50, 30, 100)),
    "environment-waste": ((90, 170, 90), (30, 80, 30)),
    "public-services": ((80, 140, 220), (20, 50, 110)),
    "agriculture": ((160, 190, 70), (70, 90, 20)),
}

D = datetime.date

PRACTICES = [
    {
        "slug": "sample-eco-savers-marikina",
        "level": "district",
        "country": "PH",
        "units": [],
        "themes": ["environment-waste", "urban-services"],
        "partners": [("logodef", "documenter"), ("kas", "funder"), ("eu", "funder")],
        "start": D(2004, 6, 1),
        "end": None,
        "status": "ongoing",
        "beneficiaries": (16000, 8300),
        "cost": (25000, "USD"),
        "contact": {
            "name": ("Ana Reyes-Villanueva", "Ana Reyes-Villanueva"),
            "role": ("មន្ត្រីកម្មវិធីសាលារៀន", "Schools programme officer"),
            "organisation": (
                "ការិយាល័យគ្រប់គ្រងបរិស្ថានក្រុងម៉ារីគីណា",
                "City Environmental Management Office, Marikina",
            ),
            "email": "ecosavers.marikina@example.org",
            "phone": "",
            "public": True,
        },
        "visibility": "public",
        "stage": "published",
        "published": D(2024, 2, 12),
        "featured": True,
        "photos": [
            (
                "សិស្សយកក្រដាស និងប្លាស្ទិកដែលបានញែករួច មកនៅថ្ងៃប្រមូល (រូបគំនូរ)",
                "Pupils bring sorted paper and plastic on collection day (illustration)",
            ),
            (
                "កន្លែងថ្លឹង និងសៀវភៅសន្សំពិន្ទុរបស់សាលា (រូបគំនូរ)",
                "A school's weighing corner and points passbooks (illustration)",
            ),
        ],
        "text": {
            "title": (
                "Eco-Savers៖ សិស្សសន្សំពិន្ទុពីសំណល់កែច្នៃបាន (ក្រុងម៉ារីគីណា ប្រទេសហ្វីលីពីន)",
                "Eco-Savers: pupils earn points for recyclable waste (Marikina, Philippines)",
            ),
            "place_name": ("ក្រុងម៉ារីគីណា ប្រទេសហ្វីលីពីន", "Marikina City, Metro Manila"),
            "summary": (
                "នៅក្រុងម៉ារីគីណា សាលារៀនសាធារណៈដំណើរការ «ធនាគារសំណល់កែច្នៃ»។ "
                "តាមថ្ងៃកំណត់ សិស្សយកក្រដាស ប្លាស្ទិក និងលោហៈដែលស្អាត និងបានញែករួចពីផ្ទះមកសាលា "
                "សាលាថ្លឹង ហើយកត់ជាពិន្ទុក្នុងសៀវភៅសន្សំរបស់សិស្សម្នាក់ៗ រួចសិស្សយកពិន្ទុទៅប្ដូរជាសម្ភារៈសិក្សា។ "
                "ក្រុងលក់វត្ថុធាតុទាំងនោះឱ្យអ្នកទិញអេតចាយដែលមានការអនុញ្ញាត។ "
                "ការអនុវត្តនេះត្រូវបានចែករំលែកតាមបណ្ដាញ DELGOSEA ហើយក្រុងកំពតបានយកគំរូនេះទៅអនុវត្ត។",
                "In Marikina City, public schools run a recycling 'bank'. On fixed days pupils "
                "bring clean, sorted paper, plastic and metal from home; the school weighs it and "
                "credits points to each pupil's passbook, and pupils exchange the points for "
                "school supplies. The city sells the materials to licensed scrap buyers. The "
                "practice was shared through the DELGOSEA network and replicated in Kampot "
                "municipality.",
            ),
            "context": (
                "ដូចទីក្រុងដែលកំពុងរីកលូតលាស់ជាច្រើនដែរ ក្រុងម៉ារីគីណាប្រឈមនឹងបរិមាណសំណល់ពីគ្រួសារ"
                "ដែលលាយឡំគ្នាកាន់តែច្រើន ហើយទីលានចាក់សំរាមជិតពេញ។ សាលារៀនបានបង្រៀនអំពីបរិស្ថាន "
                "ប៉ុន្តែសិស្សពុំមានមធ្យោបាយជាក់ស្ដែងដើម្បីអនុវត្តនោះទេ។",
                "Like many growing cities, Marikina faced rising volumes of mixed household waste "
                "and a dumpsite close to capacity. Schools taught about the environment, but "
                "pupils had no practical way to act on what they learned.",
            ),
            "objectives": (
                "កាត់បន្ថយសំណល់ដែលបញ្ជូនទៅទីលានចាក់សំរាម បង្រៀនកុមារឱ្យញែកសំណល់តាំងពីប្រភព "
                "និងឱ្យគ្រួសារចូលរួមតាមរយៈកូនៗរបស់ខ្លួន។",
                "Reduce the waste sent to the dumpsite, teach children to sort waste at source, "
                "and reach families through their children.",
            ),
            "activities": (
                "ការិយាល័យបរិស្ថានរបស់ក្រុងបានចុះកិច្ចព្រមព្រៀងជាមួយសាលារៀន និងអ្នកទិញអេតចាយ។ "
                "សាលានីមួយៗកំណត់ថ្ងៃប្រមូលប្រចាំសប្ដាហ៍ សិស្សយកវត្ថុកែច្នៃបានមក គេថ្លឹង "
                "និងកត់ជាពិន្ទុក្នុងសៀវភៅសន្សំ។ ពីរដងក្នុងមួយឆ្នាំ សិស្សប្ដូរពិន្ទុជាសៀវភៅ កាបូប "
                "និងសម្ភារៈសិក្សាផ្សេងទៀត នៅពិព័រណ៍របស់សាលា។",
                "The city environment office signed agreements with schools and scrap buyers. "
                "Each school set a weekly collection day; pupils brought recyclables, which were "
                "weighed and credited as points in a passbook. Twice a year pupils exchanged "
                "points for notebooks, bags and other supplies at a school fair.",
            ),
            "results": (
                "តាមឧទាហរណ៍នេះ សាលាដែលចូលរួមប្រមូលវត្ថុកែច្នៃបានប្រមាណ ១២០ តោនក្នុងមួយឆ្នាំ "
                "ហើយសំណល់ពីតំបន់ជុំវិញសាលាដែលទៅដល់ទីលានចាក់សំរាមបានថយចុះគួរឱ្យកត់សម្គាល់។",
                "In this illustrative account, participating schools collected about 120 tonnes of "
                "recyclables a year, and noticeably less waste from the schools' neighbourhoods "
                "reached the dumpsite.",
            ),
            "evidence": (
                "កំណត់ត្រាថ្លឹងរបស់សាលានីមួយៗ បង្កាន់ដៃពីអ្នកទិញអេតចាយ និងការស្ទង់មតិលើគ្រួសារចំនួន ៣០០។",
                "Weighing records kept by each school, scrap buyers' receipts, and a survey of 300 "
                "households.",
            ),
            "beneficiaries_description": (
                "សិស្សនៃសាលាដែលចូលរួម និងគ្រួសាររបស់ពួកគេ គ្រូបង្រៀន និងសេវាប្រមូលសំណល់របស់ក្រុង។",
                "Pupils of the participating schools and their families, teachers, and the city's "
                "waste service.",
            ),
            "resources": (
                "ជញ្ជីង និងកន្លែងទុកដាក់នៅសាលានីមួយៗ សៀវភៅសន្សំ រង្វាន់ និងពេលវេលារបស់មន្ត្រីក្រុង។ "
                "ប្រាក់ពីការលក់វត្ថុធាតុគ្របដណ្ដប់ចំណាយដំណើរការភាគច្រើន។",
                "A scale and a storage corner in each school, passbooks, prizes, and city staff "
                "time. Sales of materials cover most running costs.",
            ),
            "enabling_factors": (
                "បទបញ្ជារបស់ក្រុងស្ដីពីការញែកសំណល់ នាយកសាលាដែលប្ដេជ្ញាចិត្ត និងអ្នកទិញដែលព្រមមកប្រមូលពីសាលាតាមថ្ងៃកំណត់។",
                "A city ordinance on waste segregation, committed head teachers, and buyers "
                "willing to collect from schools on a fixed day.",
            ),
            "obstacles": (
                "តម្លៃប្លាស្ទិកខ្លះធ្លាក់ចុះ ធ្វើឱ្យសិស្សទទួលបានពិន្ទុតិច ហើយសាលាខ្លះខ្វះកន្លែងទុកដាក់។",
                "Falling prices for some plastics reduced the points pupils could earn, and some "
                "schools lacked storage space.",
            ),
            "sustainability": (
                "កម្មវិធីនេះស្ថិតក្នុងផែនការ និងថវិកាគ្រប់គ្រងសំណល់ប្រចាំឆ្នាំរបស់ក្រុង ហើយចំណូលពីវត្ថុធាតុជួយឱ្យវាបន្តដំណើរការ។",
                "The programme is part of the city's yearly waste plan and budget, and income from "
                "the materials keeps it running.",
            ),
            "transferability": (
                "ក្រុមប្រឹក្សាត្រូវការសាលាដែលស្ម័គ្រចិត្ត អ្នកទិញអេតចាយដែលទុកចិត្តបាន ប្រព័ន្ធពិន្ទុសាមញ្ញ "
                "និងអ្នកកត់ត្រាម្នាក់។ វាមិនតម្រូវឱ្យមានការវិនិយោគធំទេ។",
                "A council needs willing schools, a reliable scrap buyer, a simple points system "
                "and someone to keep records. No large investment is required.",
            ),
            "lessons": (
                "កុមារជាអ្នកនាំសារដ៏មានប្រសិទ្ធភាពទៅកាន់គ្រួសារ ហើយរង្វាន់ដែលមើលឃើញ មានសារៈសំខាន់ជាងតម្លៃរបស់វា។",
                "Children carry the message home better than leaflets, and a visible reward "
                "matters more than its value.",
            ),
            "gender_inclusion": (
                "សិស្សស្រី និងសិស្សប្រុសចូលរួមស្មើគ្នា ហើយម្ដាយៗ ដែលជាអ្នកគ្រប់គ្រងសំណល់ក្នុងផ្ទះភាគច្រើន "
                "បានក្លាយជាអ្នកគាំទ្រកម្មវិធីខ្លាំងជាងគេ។",
                "Girls and boys take part equally; mothers, who handle most household waste, "
                "became the programme's strongest supporters.",
            ),
            "case_study": (
                "ក្រុងម៉ារីគីណាបានប្រែក្លាយមេរៀននៅសាលាឱ្យទៅជាទម្លាប់។ ជំនួសឱ្យការនិយាយអំពីសំណល់តែតាមទ្រឹស្ដី "
                "ក្រុងបានផ្ដល់ឱ្យសិស្សនូវសៀវភៅសន្សំ ថ្ងៃប្រមូលប្រចាំសប្ដាហ៍ និងរង្វាន់ដែលអាចរកបាន។ "
                "សាលារៀនបានក្លាយជាចំណុចប្រមូលវត្ថុកែច្នៃសម្រាប់សហគមន៍ជុំវិញ ហើយគ្រួសារនានា"
                "ចាប់ផ្ដើមញែកសំណល់នៅផ្ទះ ដោយសារកូនៗស្នើសុំ។ ក្រោយមក DELGOSEA បានជ្រើសរើសការអនុវត្តនេះ"
                "ឱ្យគេយកគំរូទៅអនុវត្ត ហើយក្រុងកំពតបានកែសម្រួលវាឱ្យស្របនឹងសាលារៀននៅកម្ពុជា។",
                "Marikina turned a school lesson into a habit. Instead of talking about waste in "
                "the abstract, the city gave pupils a passbook, a weekly collection day and "
                "something to earn. Schools became collection points for their neighbourhoods, "
                "and families began sorting at home because their children asked them to. "
                "DELGOSEA later selected the practice for transfer, and Kampot municipality "
                "adapted it to Cambodian schools.",
            ),
        },
    },
    {
        "slug": "sample-eco-savers-kampot",
        "level": "district",
        "country": "KH",
        "units": ["0708"],
        "themes": ["environment-waste", "urban-services", "participation"],
        "partners": [
            ("nlcs", "technical"),
            ("logodef", "technical"),
            ("kas", "funder"),
            ("eu", "funder"),
            ("nlcs", "documenter"),
        ],
        "start": D(2011, 3, 1),
        "end": None,
        "status": "ongoing",
        "beneficiaries": (4200, 2150),
        "cost": (18500, "USD"),
        "contact": {
            "name": ("កែវ សុផល", "Keo Sophal"),
            "role": ("អ្នកទទួលបន្ទុកកម្មវិធី Eco-Savers របស់ក្រុង", "Municipal focal person for Eco-Savers"),
            "organisation": (
                "រដ្ឋបាលក្រុងកំពត",
                "Kampot Municipal Administration",
            ),
            "email": "kampot.ecosavers@example.org",
            "phone": "+855 00 000 102",
            "public": True,
        },
        "visibility": "public",
        "stage": "published",
        "published": D(2024, 3, 4),
        "featured": True,
        "photos": [
            (
                "ថ្ងៃប្រមូលសំណល់កែច្នៃនៅសាលាបឋមសិក្សាមួយក្នុងក្រុងកំពត (រូបគំនូរ)",
                "Recycling day at a primary school in Kampot town (illustration)",
            ),
            (
                "សិស្សប្ដូរពិន្ទុជាសម្ភារៈសិក្សា (រូបគំនូរ)",
                "Pupils exchange their points for school supplies (illustration)",
            ),
            (
                "ក្រុមប្រឹក្សាក្រុង និងនាយកសាលាពិនិត្យសៀវភៅកំណត់ត្រា (រូបគំនូរ)",
                "Councillors and head teachers review the logbook (illustration)",
            ),
        ],
        "text": {
            "title": (
                "Eco-Savers នៅក្រុងកំពត៖ ធនាគារសំណល់កែច្នៃនៅសាលារៀន តាមលំនាំក្រុងម៉ារីគីណា",
                "Eco-Savers in Kampot: school recycling banks modelled on Marikina",
            ),
            "summary": (
                "ក្រុងកំពតបានយកកម្មវិធី Eco-Savers ពីក្រុងម៉ារីគីណា ប្រទេសហ្វីលីពីន "
                "មកអនុវត្តក្នុងសាលាបឋមសិក្សា និងអនុវិទ្យាល័យ ក្នុងក្របខណ្ឌគម្រោងសាកល្បងរបស់ DELGOSEA។ "
                "សិស្សយកដប កំប៉ុង និងក្រដាសដែលបានញែករួចមកសាលាជារៀងរាល់សប្ដាហ៍ ហើយទទួលបានពិន្ទុ។ "
                "ក្រុងបានកែសម្រួលកម្មវិធីឱ្យស្របនឹងតម្លៃអេតចាយក្នុងស្រុក និងបានបញ្ចូលវា"
                "ទៅក្នុងកម្មវិធីវិនិយោគរបស់ក្រុង។",
                "Kampot municipality adapted Marikina's Eco-Savers programme for its primary and "
                "lower-secondary schools as a DELGOSEA pilot. Pupils bring sorted bottles, cans "
                "and paper to school every week and earn points. The municipality adjusted the "
                "scheme to local scrap prices and wrote it into its investment plan.",
            ),
            "context": (
                "ក្រុងកំពតជាទីក្រុងទេសចរណ៍ដែលមានសំណល់ប្លាស្ទិកកើនឡើងតាមដងទន្លេ និងផ្សារ។ "
                "សេវាប្រមូលសំរាមមិនទាន់គ្របដណ្ដប់គ្រប់សង្កាត់ ហើយប្រជាពលរដ្ឋជាច្រើនដុតសំរាមនៅផ្ទះ។",
                "Kampot is a tourist town where plastic waste was piling up along the river and "
                "around the market. Collection did not reach every sangkat, and many households "
                "burned their rubbish.",
            ),
            "objectives": (
                "បណ្ដុះទម្លាប់ញែកសំណល់ក្នុងចំណោមសិស្ស កាត់បន្ថយការដុតសំរាម "
                "និងសាកល្បងថាតើការអនុវត្តពីប្រទេសជិតខាងអាចប្រើបាននៅកម្ពុជាដែរឬទេ។",
                "Build a habit of sorting waste among pupils, reduce the burning of rubbish, and "
                "test whether a neighbouring country's practice works in Cambodia.",
            ),
            "activities": (
                "មន្ត្រីក្រុង និងនាយកសាលាបានធ្វើទស្សនកិច្ចសិក្សានៅក្រុងម៉ារីគីណា ហើយរៀបចំផែនការយកគំរូទៅអនុវត្ត។ "
                "សាលាចំនួន ៩ បានបង្កើតធនាគារសំណល់ ដោយមានគ្រូម្នាក់ និងសិស្សស្ម័គ្រចិត្តជាអ្នកទទួលខុសត្រូវ។ "
                "ក្រុងបានចុះកិច្ចព្រមព្រៀងជាមួយអ្នកទិញអេតចាយពីរនាក់ និងកត់ត្រាវឌ្ឍនភាពក្នុងសៀវភៅតាមដានប្រចាំខែ។",
                "Municipal officers and head teachers made a study visit to Marikina and drew up a "
                "transfer plan. Nine schools set up a waste bank run by one teacher and pupil "
                "volunteers. The municipality agreed terms with two scrap buyers and recorded "
                "progress in a monthly logbook.",
            ),
            "results": (
                "ក្នុងរយៈពេលពីរឆ្នាំដំបូង សាលាទាំង ៩ បានប្រមូលវត្ថុកែច្នៃបានប្រមាណ ៣៨ តោន "
                "ហើយសាលាចំនួន ៤ ទៀតបានស្នើសុំចូលរួម។",
                "In the first two years the nine schools collected about 38 tonnes of recyclables, "
                "and four more schools asked to join.",
            ),
            "evidence": (
                "សៀវភៅតាមដានប្រចាំខែ បង្កាន់ដៃលក់អេតចាយ និងរបាយការណ៍វាយតម្លៃរបស់ក្រុង។",
                "Monthly logbooks, scrap sale receipts and the municipality's evaluation report.",
            ),
            "beneficiaries_description": (
                "សិស្សប្រមាណ ៤\u00a0២០០ នាក់ (ស្រី ២\u00a0១៥០ នាក់) គ្រូបង្រៀន និងគ្រួសារនៅជុំវិញសាលា។",
                "About 4,200 pupils (2,150 of them girls), their teachers, and families around the "
                "schools.",
            ),
            "resources": (
                "ជញ្ជីង ធុងញែកសំណល់ និងសៀវភៅសន្សំ ចំណាយប្រមាណ ១៨\u00a0៥០០ ដុល្លារ "
                "រួមទាំងទស្សនកិច្ចសិក្សា និងការបណ្ដុះបណ្ដាលគ្រូ។",
                "Scales, sorting bins and passbooks, about USD 18,500 in all, including the study "
                "visit and teacher training.",
            ),
            "enabling_factors": (
                "ការប្ដេជ្ញាចិត្តរបស់អភិបាលក្រុង ការគាំទ្រពីមន្ទីរអប់រំ និងការណែនាំពីក្រុងម៉ារីគីណា។",
                "The governor's commitment, support from the provincial education department, and "
                "coaching from Marikina.",
            ),
            "obstacles": (
                "អ្នកទិញអេតចាយមិនចង់មកយកបរិមាណតិចៗ ដូច្នេះសាលាត្រូវប្រមូលទុកឱ្យបានច្រើនសិន។",
                "Scrap buyers did not want to collect small loads, so schools had to store "
                "materials until there was enough.",
            ),
            "sustainability": (
                "ក្រុងបានដាក់ថវិកាប្រចាំឆ្នាំសម្រាប់រង្វាន់ និងការតាមដាន ហើយចំណូលពីអេតចាយគ្របដណ្ដប់ចំណាយដទៃ។",
                "The municipality budgets yearly for prizes and monitoring, and scrap income "
                "covers the rest.",
            ),
            "transferability": (
                "ក្រុង ឬឃុំ សង្កាត់ណាដែលមានសាលារៀន និងអ្នកទិញអេតចាយក្នុងមូលដ្ឋាន អាចចាប់ផ្ដើមបាន"
                "ជាមួយសាលាពីរបី ហើយពង្រីកជាបណ្ដើរៗ។",
                "Any town or commune with schools and a local scrap buyer can start with two or "
                "three schools and grow from there.",
            ),
            "lessons": (
                "ផែនការយកគំរូទៅអនុវត្តដែលសរសេរច្បាស់ និងការតាមដានប្រចាំខែ ជួយឱ្យការអនុវត្តពីបរទេស"
                "ប្រែក្លាយជាកម្មវិធីរបស់ខ្លួនឯង។",
                "A written transfer plan and monthly monitoring helped turn a foreign example into "
                "the town's own programme.",
            ),
            "gender_inclusion": (
                "គ្រូដែលទទួលបន្ទុកភាគច្រើនជាស្ត្រី ហើយសិស្សស្រីបានដឹកនាំក្រុមស្ម័គ្រចិត្តនៅសាលាជាច្រើន។",
                "Most of the teachers in charge are women, and girls lead the volunteer teams in "
                "many schools.",
            ),
            "case_study": (
                "ក្រុងកំពតជាក្រុងសាកល្បងមួយរបស់ DELGOSEA នៅកម្ពុជា។ ជំនួសឱ្យការចម្លងកម្មវិធីទាំងស្រុង "
                "ក្រុងបានរក្សាគំនិតស្នូល គឺសៀវភៅសន្សំ និងថ្ងៃប្រមូល ប៉ុន្តែបានកែប្រព័ន្ធពិន្ទុ"
                "ឱ្យស្របនឹងតម្លៃអេតចាយក្នុងស្រុក។ ការដាក់កម្មវិធីចូលក្នុងកម្មវិធីវិនិយោគរបស់ក្រុង "
                "បានធ្វើឱ្យវាបន្តដំណើរការ បន្ទាប់ពីគម្រោងសាកល្បងបានបញ្ចប់។",
                "Kampot was one of DELGOSEA's Cambodian pilot towns. Rather than copying the "
                "programme wholesale, it kept the core idea, passbooks and a collection day, but "
                "reworked the points to match local scrap prices. Writing the programme into the "
                "municipal investment plan kept it going after the pilot ended.",
            ),
        },
    },
    {
        "slug": "sample-street-vendors-solo",
        "level": "district",
        "country": "ID",
        "units": [],
        "themes": ["urban-services", "participation", "local-economic-development"],
        "partners": [("apkasi", "documenter"), ("kas", "funder"), ("eu", "funder")],
        "start": D(2005, 7, 1),
        "end": D(2011, 12, 31),
        "status": "ended",
        "beneficiaries": (990, 430),
        "cost": (1200000, "USD"),
        "contact": {
            "name": ("Dewi Kartika", "Dewi Kartika"),
            "role": ("បុគ្គលិកការិយាល័យផ្សារ", "Market office staff"),
            "organisation": (
                "ការិយាល័យផ្សារក្រុងសូរ៉ាការតា",
                "Surakarta City Market Office",
            ),
            "email": "solo.vendors@example.org",
            "phone": "",
            "public": False,
        },
        "visibility": "public",
        "stage": "published",
        "published": D(2024, 2, 20),
        "featured": False,
        "photos": [
            (
                "អ្នកលក់ដូរនៅតូបថ្មីក្នុងផ្សារដែលបានរៀបចំ (រូបគំនូរ)",
                "Vendors at their new stalls in the organised market (illustration)",
            ),
        ],
        "text": {
            "title": (
                "ការរៀបចំទីតាំងថ្មីឱ្យអ្នកលក់ដូរតាមចិញ្ចើមផ្លូវ ដោយការសន្ទនា មិនមែនការបណ្ដេញ (ក្រុងសូឡូ ប្រទេសឥណ្ឌូណេស៊ី)",
                "Relocating street vendors through dialogue, not eviction (Solo, Indonesia)",
            ),
            "place_name": (
                "ក្រុងសូរ៉ាការតា (សូឡូ) ខេត្តជ្វាកណ្ដាល ប្រទេសឥណ្ឌូណេស៊ី",
                "Surakarta (Solo), Central Java",
            ),
            "summary": (
                "ក្រុងសូឡូបានផ្លាស់អ្នកលក់ដូរតាមចិញ្ចើមផ្លូវរាប់រយនាក់ ពីសួនសាធារណៈមួយ "
                "ទៅកាន់ផ្សារថ្មីដែលមានតូប អគ្គិសនី និងទឹក ដោយគ្មានការបង្ខិតបង្ខំ។ "
                "អភិបាលក្រុងបានជួបពិភាក្សាជាមួយក្រុមអ្នកលក់ដូរច្រើនដង មុនពេលពួកគេយល់ព្រម។ "
                "អ្នកលក់ទទួលបានតូបដោយឥតគិតថ្លៃ អាជ្ញាប័ណ្ណ និងការផ្សព្វផ្សាយផ្សារថ្មី។",
                "Solo moved several hundred street vendors from a public park to a new market with "
                "stalls, electricity and water, without force. The mayor met the vendors' groups "
                "many times before they agreed. Vendors received free stalls, trading licences and "
                "publicity for the new market.",
            ),
            "context": (
                "អ្នកលក់ដូរបានកាន់កាប់សួនសាធារណៈ និងចិញ្ចើមផ្លូវអស់ជាច្រើនឆ្នាំ។ "
                "ការប៉ុនប៉ងបណ្ដេញពីមុនបានបង្កឱ្យមានជម្លោះ ហើយអ្នកលក់ក៏ត្រឡប់មកវិញ។",
                "Vendors had occupied a public park and the pavements for years. Earlier attempts "
                "to clear them by force led to conflict, and the vendors came back.",
            ),
            "objectives": (
                "ដោះលែងទីធ្លាសាធារណៈ ខណៈពេលរក្សាប្រាក់ចំណូលរបស់អ្នកលក់ដូរ និងកសាងទំនុកចិត្តរវាងរដ្ឋបាលក្រុង និងអ្នកលក់។",
                "Free public space while protecting vendors' incomes, and build trust between the "
                "city and the vendors.",
            ),
            "activities": (
                "អភិបាលក្រុងបានអញ្ជើញអ្នកតំណាងអ្នកលក់មកពិសាអាហារ និងពិភាក្សាជាច្រើនលើក "
                "ដើម្បីស្ដាប់កង្វល់របស់ពួកគេ។ ក្រុងបានសាងសង់ផ្សារថ្មីជិតផ្លូវធំ ផ្ដល់តូបដោយឥតគិតថ្លៃ "
                "និងរៀបចំក្បួនដង្ហែផ្លាស់ទីដូចពិធីបុណ្យ។",
                "The mayor invited vendors' representatives to a long series of meals and meetings "
                "to hear their concerns. The city built a new market near a main road, gave stalls "
                "free of charge and organised the move as a festive parade.",
            ),
            "results": (
                "សួនសាធារណៈត្រូវបានស្ដារឡើងវិញ ហើយអ្នកលក់ភាគច្រើននៅតែបន្តលក់ដូរនៅផ្សារថ្មី។ "
                "ចំណូលពីថ្លៃសេវាផ្សារប្រចាំថ្ងៃបានសងថ្លៃសាងសង់វិញក្នុងរយៈពេលប៉ុន្មានឆ្នាំ។",
                "The park was restored and most vendors kept trading in the new market. Daily "
                "market fees repaid the construction cost within a few years.",
            ),
            "evidence": (
                "បញ្ជីអ្នកលក់មុន និងក្រោយការផ្លាស់ទី កំណត់ត្រាចំណូលផ្សារ និងរបាយការណ៍របស់ DELGOSEA។",
                "Vendor lists before and after the move, market revenue records and DELGOSEA's "
                "documentation.",
            ),
            "beneficiaries_description": (
                "អ្នកលក់ដូរប្រមាណ ៩៩០ នាក់ និងគ្រួសាររបស់ពួកគេ ព្រមទាំងប្រជាពលរដ្ឋដែលប្រើសួនសាធារណៈ។",
                "About 990 vendors and their families, and the residents who use the park.",
            ),
            "resources": (
                "ថវិការបស់ក្រុងសម្រាប់សាងសង់ផ្សារ និងពេលវេលាយ៉ាងច្រើនរបស់អភិបាល និងមន្ត្រីសម្រាប់ការសន្ទនា។",
                "The city budget for building the market, and much of the mayor's and officials' "
                "time for dialogue.",
            ),
            "enabling_factors": (
                "ភាពអត់ធ្មត់របស់អភិបាលក្រុង ក្រុមអ្នកលក់ដែលមានការរៀបចំ និងទីតាំងផ្សារថ្មីដែលមានអតិថិជន។",
                "The mayor's patience, organised vendors' groups, and a new site with customers.",
            ),
            "obstacles": (
                "អ្នកលក់ខ្លាចបាត់បង់អតិថិជននៅទីតាំងថ្មី ហើយខែដំបូងៗការលក់ដូរមានការថយចុះ។",
                "Vendors feared losing customers at the new site, and sales did dip in the first "
                "months.",
            ),
            "sustainability": (
                "ផ្សារនេះគ្រប់គ្រងដោយការិយាល័យផ្សាររបស់ក្រុង ហើយថ្លៃសេវាប្រចាំថ្ងៃគ្របដណ្ដប់ការថែទាំ។",
                "The city market office runs the market, and daily fees pay for its upkeep.",
            ),
            "transferability": (
                "ត្រូវការទីតាំងថ្មីដែលមានអតិថិជន ពេលវេលាគ្រប់គ្រាន់សម្រាប់ការសន្ទនា និងការប្ដេជ្ញាចិត្តមិនប្រើកម្លាំង។",
                "It needs a new site that draws customers, enough time for dialogue, and a "
                "commitment not to use force.",
            ),
            "lessons": (
                "ការស្ដាប់អ្នកលក់ដូរចំណាយពេលយូរ ប៉ុន្តែវាចំណាយតិចជាងការបណ្ដេញដដែលៗ។",
                "Listening to vendors takes time, but it costs less than evicting them again and "
                "again.",
            ),
            "gender_inclusion": (
                "អ្នកលក់ជិតពាក់កណ្ដាលជាស្ត្រី ហើយការបែងចែកតូបបានគិតដល់ស្ត្រីដែលមានកូនតូច។",
                "Nearly half the vendors are women, and stall allocation took account of women "
                "with young children.",
            ),
            "case_study": (
                "រឿងរបស់ក្រុងសូឡូបង្ហាញថា ការរៀបចំទីក្រុងអាចធ្វើបានដោយគោរពអ្នកដែលរកស៊ីនៅតាមផ្លូវ។ "
                "ការសន្ទនាជាច្រើនលើកបានប្រែក្លាយការប្រឆាំងឱ្យទៅជាកិច្ចព្រមព្រៀង ហើយផ្សារថ្មី"
                "បានក្លាយជាប្រភពចំណូលរបស់ក្រុង។ DELGOSEA បានជ្រើសរើសការអនុវត្តនេះឱ្យគេយកគំរូទៅអនុវត្ត "
                "ហើយសង្កាត់ចោមចៅនៅរាជធានីភ្នំពេញបានយកគំរូនេះទៅអនុវត្ត។",
                "Solo's story shows that a city can be put in order while respecting the people "
                "who make a living on its streets. Many rounds of dialogue turned opposition into "
                "agreement, and the new market became a source of city revenue. DELGOSEA selected "
                "the practice for transfer, and Sangkat Choam Chao in Phnom Penh took it up.",
            ),
        },
    },
    {
        "slug": "sample-street-vendors-choam-chao",
        "level": "commune",
        "country": "KH",
        "units": ["120916", "120917", "120918"],
        "themes": ["urban-services", "local-economic-development", "participation"],
        "partners": [("nlcs", "technical"), ("apkasi", "technical"), ("kas", "funder")],
        "start": D(2011, 10, 1),
        "end": None,
        "status": "ongoing",
        "beneficiaries": (312, 241),
        "cost": (96000000, "KHR"),
        "contact": {
            "name": ("លី វណ្ណៈ", "Ly Vannak"),
            "role": ("សមាជិកក្រុមប្រឹក្សាសង្កាត់", "Sangkat councillor"),
            "organisation": (
                "ក្រុមប្រឹក្សាសង្កាត់ចោមចៅ",
                "Choam Chao Sangkat Council",
            ),
            "email": "choamchao.market@example.org",
            "phone": "+855 00 000 104",
            "public": True,
        },
        "visibility": "public",
        "stage": "published",
        "published": D(2024, 3, 18),
        "featured": False,
        "photos": [
            (
                "ផ្សារដែលបានរៀបចំថ្មី ជាមួយតូបតាមជួរ (រូបគំនូរ)",
                "The reorganised market with stalls in rows (illustration)",
            ),
            (
                "កិច្ចប្រជុំរវាងក្រុមប្រឹក្សាសង្កាត់ និងអ្នកលក់ដូរ (រូបគំនូរ)",
                "A meeting between the sangkat council and vendors (illustration)",
            ),
        ],
        "text": {
            "title": (
                "សង្កាត់ចោមចៅ រៀបចំអ្នកលក់ដូរតាមចិញ្ចើមថ្នល់ ឱ្យទៅលក់នៅផ្សារដែលមានសណ្ដាប់ធ្នាប់",
                "Sangkat Choam Chao moves roadside vendors into an orderly market",
            ),
            "summary": (
                "ដោយយកលំនាំពីក្រុងសូឡូ ប្រទេសឥណ្ឌូណេស៊ី ក្រុមប្រឹក្សាសង្កាត់ចោមចៅបានពិភាក្សាជាមួយអ្នកលក់ដូរ"
                "តាមបណ្ដោយផ្លូវជាតិលេខ ៤ អស់រយៈពេលជាច្រើនខែ មុនពេលរៀបចំពួកគេឱ្យទៅលក់នៅទីតាំងផ្សារថ្មី។ "
                "ចរាចរណ៍កាន់តែរលូន ហើយអ្នកលក់ភាគច្រើនរក្សាបានប្រាក់ចំណូលរបស់ខ្លួន។ "
                "សង្កាត់នេះក្រោយមកត្រូវបានបែងចែកជាសង្កាត់ចោមចៅទី១ ទី២ និងទី៣។",
                "Following the example of Solo in Indonesia, the council of Sangkat Choam Chao "
                "talked with the vendors along National Road 4 for several months before moving "
                "them to a new market site. Traffic flows better and most vendors kept their "
                "income. The sangkat has since been divided into Choam Chao 1, 2 and 3.",
            ),
            "context": (
                "អ្នកលក់ដូររាប់រយនាក់បានដាក់តូបលើចិញ្ចើមថ្នល់ជាតិ ធ្វើឱ្យកកស្ទះចរាចរណ៍ "
                "និងមានគ្រោះថ្នាក់ញឹកញាប់។ ការបណ្ដេញពីមុនមិនបានផលយូរអង្វែងទេ។",
                "Hundreds of vendors had set up on the shoulder of the national road, causing "
                "jams and frequent accidents. Earlier clearances never lasted.",
            ),
            "objectives": (
                "កាត់បន្ថយការកកស្ទះ និងគ្រោះថ្នាក់ចរាចរណ៍ ដោយមិនធ្វើឱ្យអ្នកលក់ដូរបាត់បង់មុខរបរ។",
                "Reduce jams and accidents without taking away the vendors' livelihoods.",
            ),
            "activities": (
                "ក្រុមប្រឹក្សាសង្កាត់បានចុះទស្សនកិច្ចសិក្សានៅក្រុងសូឡូ បង្កើតក្រុមការងារដែលមានតំណាងអ្នកលក់ "
                "និងរៀបចំកិច្ចប្រជុំប្រចាំខែ។ រួមគ្នា ពួកគេបានជ្រើសរើសទីតាំងផ្សារ "
                "គូសប្លង់តូប និងកំណត់ថ្លៃសេវាដែលអ្នកលក់អាចបង់បាន។",
                "The council made a study visit to Solo, set up a working group with vendors' "
                "representatives and held monthly meetings. Together they chose the market site, "
                "drew the stall plan and set fees the vendors could afford.",
            ),
            "results": (
                "អ្នកលក់ ៣១២ នាក់បានផ្លាស់ទៅទីតាំងថ្មីដោយស្ម័គ្រចិត្ត ហើយគ្រោះថ្នាក់ចរាចរណ៍ក្នុងតំបន់"
                "បានថយចុះជិតពាក់កណ្ដាលក្នុងឆ្នាំដំបូង។",
                "312 vendors moved voluntarily, and road accidents in the area fell by nearly half "
                "in the first year.",
            ),
            "evidence": (
                "បញ្ជីឈ្មោះអ្នកលក់ កំណត់ហេតុកិច្ចប្រជុំ និងទិន្នន័យគ្រោះថ្នាក់ពីប៉ុស្តិ៍នគរបាលរដ្ឋបាល។",
                "Vendor registers, meeting minutes and accident figures from the local police "
                "post.",
            ),
            "beneficiaries_description": (
                "អ្នកលក់ដូរ ៣១២ នាក់ (ស្ត្រី ២៤១ នាក់) អ្នកធ្វើដំណើរ និងប្រជាពលរដ្ឋរស់នៅក្បែរផ្លូវ។",
                "312 vendors (241 of them women), road users and people living along the road.",
            ),
            "resources": (
                "ថវិកាប្រមាណ ៩៦ លានរៀល ពីមូលនិធិសង្កាត់ និងការគាំទ្រពីគម្រោង សម្រាប់ដីចាក់បំពេញ ដំបូល និងភ្លើង។",
                "About KHR 96 million from the sangkat fund and the project, for fill, roofing and "
                "lighting.",
            ),
            "enabling_factors": (
                "ការគាំទ្រពីរដ្ឋបាលខណ្ឌ ក្រុមការងារដែលអ្នកលក់ទុកចិត្ត និងការណែនាំពីក្រុងសូឡូ។",
                "Support from the khan, a working group the vendors trusted, and coaching from "
                "Solo.",
            ),
            "obstacles": (
                "ម្ចាស់ដីខ្លះមិនព្រមជួល ហើយអ្នកលក់ថ្មីៗបន្តមកដាក់តូបលើចិញ្ចើមថ្នល់។",
                "Some landowners would not lease, and newcomers kept setting up on the roadside.",
            ),
            "sustainability": (
                "គណៈកម្មការផ្សារដែលមានអ្នកលក់ជាសមាជិក ប្រមូលថ្លៃសេវាដើម្បីថែទាំផ្សារ។",
                "A market committee that includes vendors collects fees to maintain the market.",
            ),
            "transferability": (
                "សង្កាត់ដែលមានអ្នកលក់តាមផ្លូវធំ និងដីទំនេរនៅជិតនោះ អាចអនុវត្តតាមបាន ប្រសិនបើមានពេលសម្រាប់ការពិភាក្សា។",
                "A sangkat with roadside vendors and vacant land nearby can follow suit, given "
                "time for discussion.",
            ),
            "lessons": (
                "អ្នកលក់ដូរទទួលយកការផ្លាស់ទីបាន លុះត្រាតែពួកគេបានចូលរួមសម្រេចលើទីតាំង និងថ្លៃសេវា។",
                "Vendors accept a move only when they help decide the site and the fees.",
            ),
            "gender_inclusion": (
                "អ្នកលក់ភាគច្រើនជាស្ត្រី ដូច្នេះកិច្ចប្រជុំត្រូវបានរៀបចំនៅពេលរសៀល ពេលផ្សារស្ងាត់ "
                "ហើយស្ត្រីបីនាក់ជាសមាជិកគណៈកម្មការផ្សារ។",
                "Most vendors are women, so meetings were held in the quiet afternoon hours, and "
                "three women sit on the market committee.",
            ),
            "case_study": (
                "សង្កាត់ចោមចៅបានបង្ហាញថា ការអនុវត្តពីក្រុងធំមួយនៅបរទេស អាចកែសម្រួលឱ្យស្របនឹងសង្កាត់មួយ"
                "នៅជាយក្រុងភ្នំពេញ។ គន្លឹះគឺការចាប់ផ្ដើមដោយការស្ដាប់ មិនមែនដោយលិខិតបង្គាប់។ "
                "ក្រោយពីផ្លាស់ទីរួច ក្រុមប្រឹក្សាបានបន្តជួបអ្នកលក់ជារៀងរាល់ខែ ដើម្បីដោះស្រាយបញ្ហាថ្មីៗ។",
                "Choam Chao showed that a practice from a large foreign city can be fitted to a "
                "sangkat on the edge of Phnom Penh. The key was to start by listening, not by "
                "issuing orders. After the move, the council kept meeting the vendors every month "
                "to settle new problems.",
            ),
        },
    },
    {
        "slug": "sample-village-priority-meetings-chheu-teal",
        "level": "commune",
        "country": "KH",
        "units": ["020104"],
        "themes": ["participation", "fiscal-management"],
        "partners": [("cpdd", "technical"), ("nlcs", "documenter")],
        "start": D(2019, 1, 15),
        "end": None,
        "status": "ongoing",
        "beneficiaries": (1240, 688),
        "cost": (9600000, "KHR"),
        "contact": {
            "name": ("ជា ស្រីមុំ", "Chea Sreymom"),
            "role": ("ស្មៀនឃុំ", "Commune clerk"),
            "organisation": (
                "ក្រុមប្រឹក្សាឃុំឈើទាល",
                "Chheu Teal Commune Council",
            ),
            "email": "chheuteal.clerk@example.org",
            "phone": "",
            "public": False,
        },
        "visibility": "public",
        "stage": "published",
        "published": D(2024, 4, 2),
        "featured": True,
        "photos": [
            (
                "ប្រជាពលរដ្ឋបោះឆ្នោតជ្រើសរើសគម្រោងអាទិភាពនៅទីប្រជុំភូមិ (រូបគំនូរ)",
                "Villagers vote on priority projects at the village hall (illustration)",
            ),
            (
                "តារាងអាទិភាពដែលបិទផ្សាយនៅសាលាឃុំ (រូបគំនូរ)",
                "The list of priorities posted at the commune hall (illustration)",
            ),
        ],
        "text": {
            "title": (
                "កិច្ចប្រជុំកំណត់អាទិភាពតាមភូមិ មុនការរៀបចំកម្មវិធីវិនិយោគឃុំ សង្កាត់",
                "Village priority meetings before the commune investment plan",
            ),
            "summary": (
                "មុនពេលរៀបចំកម្មវិធីវិនិយោគឃុំ សង្កាត់ប្រចាំឆ្នាំ ក្រុមប្រឹក្សាឃុំឈើទាល ស្រុកបាណន់ "
                "ចុះទៅប្រជុំនៅគ្រប់ភូមិ ដើម្បីឱ្យប្រជាពលរដ្ឋជ្រើសរើសគម្រោងអាទិភាពដោយខ្លួនឯង។ "
                "ការប្រជុំធ្វើឡើងនៅពេលល្ងាច ហើយលទ្ធផលត្រូវបានបិទផ្សាយជាសាធារណៈ។ "
                "ចំនួនអ្នកចូលរួម ជាពិសេសស្ត្រី បានកើនឡើងច្រើនដង។",
                "Before drawing up its yearly investment plan, the council of Chheu Teal commune "
                "in Banan district holds a meeting in every village so that residents choose the "
                "priority projects themselves. Meetings take place in the evening and the results "
                "are posted publicly. Attendance, especially by women, has grown several times "
                "over.",
            ),
            "context": (
                "កាលពីមុន កម្មវិធីវិនិយោគឃុំ សង្កាត់ត្រូវបានរៀបចំនៅសាលាឃុំ ដោយមានតែមេភូមិ និងអ្នកមានឥទ្ធិពលពីរបីនាក់ចូលរួម។ "
                "ប្រជាពលរដ្ឋជាច្រើនមិនដឹងថាគម្រោងត្រូវបានជ្រើសរើសដោយរបៀបណា។",
                "The commune investment plan used to be drafted at the commune hall with only "
                "village chiefs and a few influential people present. Many residents did not know "
                "how projects were chosen.",
            ),
            "objectives": (
                "ឱ្យប្រជាពលរដ្ឋគ្រប់ភូមិ រួមទាំងស្ត្រី យុវជន និងជនពិការ មានសំឡេងក្នុងការជ្រើសរើសគម្រោង។",
                "Give residents of every village, including women, young people and people with "
                "disabilities, a say in choosing projects.",
            ),
            "activities": (
                "ក្រុមប្រឹក្សាប្រកាសកាលវិភាគប្រជុំតាមឧបករណ៍បំពងសំឡេង និងក្រុមសារតាមទូរស័ព្ទ។ "
                "នៅភូមិនីមួយៗ ស្មៀនឃុំពន្យល់អំពីថវិកាដែលមាន ប្រជាពលរដ្ឋស្នើគម្រោង "
                "ហើយបោះឆ្នោតដោយដាក់គ្រាប់ពោតក្នុងកែវ។ អាទិភាពពីគ្រប់ភូមិត្រូវបានប្រមូលចូលក្នុងផែនការឃុំ។",
                "The council announces the meeting schedule by loudspeaker and phone message "
                "groups. In each village the commune clerk explains the budget available, "
                "residents propose projects, and they vote by dropping maize kernels into cups. "
                "The priorities of all villages are combined into the commune plan.",
            ),
            "results": (
                "អ្នកចូលរួមបានកើនពីប្រហែល ១៥០ នាក់ ដល់ ១\u00a0២៤០ នាក់ក្នុងមួយឆ្នាំ "
                "ហើយគម្រោងប្រឡាយ និងអណ្ដូងទឹកបានឡើងដល់ជួរមុខនៃផែនការ។",
                "Attendance rose from about 150 to 1,240 people a year, and canal and well "
                "projects moved to the top of the plan.",
            ),
            "evidence": (
                "បញ្ជីវត្តមានដែលបែងចែកតាមភេទ កំណត់ហេតុកិច្ចប្រជុំ និងកម្មវិធីវិនិយោគឃុំ សង្កាត់ប្រចាំឆ្នាំ។",
                "Attendance lists by sex, meeting minutes and the yearly commune investment plans.",
            ),
            "beneficiaries_description": (
                "ប្រជាពលរដ្ឋនៃភូមិទាំងអស់ក្នុងឃុំ ជាពិសេសគ្រួសារដែលរស់នៅឆ្ងាយពីសាលាឃុំ។",
                "Residents of all the commune's villages, especially households far from the "
                "commune hall.",
            ),
            "resources": (
                "ប្រមាណ ៩ លាន ៦ សែនរៀលក្នុងមួយឆ្នាំ សម្រាប់ទឹកតែ ឧបករណ៍បំពងសំឡេង និងក្រដាសបិទផ្សាយ "
                "ពីថវិការដ្ឋបាលរបស់ឃុំ។",
                "About KHR 9.6 million a year for refreshments, sound equipment and posters, from "
                "the commune's administrative budget.",
            ),
            "enabling_factors": (
                "មេឃុំដែលគាំទ្រ ស្មៀនឃុំដែលពូកែសម្របសម្រួល និងការបណ្ដុះបណ្ដាលពីអង្គការដៃគូ។",
                "A supportive commune chief, a clerk who facilitates well, and training from a "
                "partner organisation.",
            ),
            "obstacles": (
                "រដូវច្រូតកាត់ធ្វើឱ្យអ្នកចូលរួមតិច ហើយសំណើមួយចំនួនលើសពីថវិកាឃុំ។",
                "Harvest season keeps attendance low, and some requests exceed the commune budget.",
            ),
            "sustainability": (
                "កិច្ចប្រជុំនេះបានក្លាយជាជំហានមួយក្នុងប្រតិទិនផែនការប្រចាំឆ្នាំរបស់ឃុំ ហើយចំណាយតិច។",
                "The meetings are now a fixed step in the commune's planning calendar and cost "
                "little.",
            ),
            "transferability": (
                "ឃុំ សង្កាត់ណាក៏អាចធ្វើបាន។ អ្វីដែលត្រូវការគឺកាលវិភាគច្បាស់ អ្នកសម្របសម្រួលម្នាក់ "
                "និងការពន្យល់ថវិកាដោយភាសាសាមញ្ញ។",
                "Any commune or sangkat can do it. It needs a clear schedule, one facilitator and "
                "a plain-language explanation of the budget.",
            ),
            "lessons": (
                "ប្រជាពលរដ្ឋចូលរួមច្រើន នៅពេលពួកគេឃើញថាការបោះឆ្នោតរបស់ពួកគេផ្លាស់ប្ដូរផែនការពិតៗ។",
                "People come when they see that their vote really changes the plan.",
            ),
            "gender_inclusion": (
                "ការប្រជុំពេលល្ងាច និងការបោះឆ្នោតដោយគ្រាប់ពោត ជួយឱ្យស្ត្រី និងអ្នកមិនចេះអក្សរចូលរួមបានស្រួល។ "
                "ស្ត្រីមានចំនួនជាង ៥០ ភាគរយនៃអ្នកចូលរួម។",
                "Evening meetings and voting with maize kernels make it easy for women and people "
                "who cannot read to take part. Women are over half of those attending.",
            ),
            "case_study": (
                "ឃុំឈើទាលបានផ្លាស់ប្ដូរការរៀបចំផែនការពីការងារក្នុងការិយាល័យ ទៅជាការសន្ទនាជាមួយភូមិនីមួយៗ។ "
                "ការផ្លាស់ប្ដូរនេះមិនត្រូវការថវិកាច្រើនទេ ប៉ុន្តែត្រូវការពេលវេលា និងឆន្ទៈរបស់ក្រុមប្រឹក្សា"
                "ក្នុងការពន្យល់ពីអ្វីដែលអាចធ្វើបាន និងអ្វីដែលមិនអាចធ្វើបាន។",
                "Chheu Teal moved planning out of the office and into a conversation with each "
                "village. The change costs little money, but it takes time and a council willing "
                "to explain what can and cannot be done.",
            ),
        },
    },
    {
        "slug": "sample-community-scorecards-kien-chrey",
        "level": "commune",
        "country": "KH",
        "units": ["030603"],
        "themes": ["social-accountability", "public-services"],
        "partners": [("ansa", "technical"), ("ccsp", "documenter")],
        "start": D(2016, 3, 1),
        "end": None,
        "status": "dormant",
        "beneficiaries": (2650, 1420),
        "cost": (3800, "USD"),
        "contact": {
            "name": ("ផាន់ ដារា", "Phan Dara"),
            "role": ("ជំទប់ទីមួយ", "First deputy commune chief"),
            "organisation": (
                "ក្រុមប្រឹក្សាឃុំកៀនជ្រៃ",
                "Kien Chrey Commune Council",
            ),
            "email": "kienchrey.council@example.org",
            "phone": "+855 00 000 106",
            "public": True,
        },
        "visibility": "public",
        "stage": "published",
        "published": D(2024, 4, 15),
        "featured": False,
        "photos": [
            (
                "ក្រុមអ្នកភូមិដាក់ពិន្ទុសេវាមណ្ឌលសុខភាព (រូបគំនូរ)",
                "Villagers score the health centre's services (illustration)",
            ),
        ],
        "text": {
            "title": (
                "ប័ណ្ណដាក់ពិន្ទុសហគមន៍ សម្រាប់មណ្ឌលសុខភាព និងសាលាបឋមសិក្សា",
                "Community scorecards for the health centre and primary schools",
            ),
            "summary": (
                "ឃុំកៀនជ្រៃ ស្រុកកំពង់សៀម បានរៀបចំឱ្យអ្នកប្រើប្រាស់សេវា និងអ្នកផ្ដល់សេវា "
                "ដាក់ពិន្ទុលើគុណភាពមណ្ឌលសុខភាព និងសាលាបឋមសិក្សា ហើយរួមគ្នារៀបចំផែនការកែលម្អ។ "
                "ការអនុវត្តនេះបានផ្អាកក្នុងអំឡុងពេលរាតត្បាតជំងឺកូវីដ-១៩ ហើយក្រុមប្រឹក្សាកំពុងពិចារណាចាប់ផ្ដើមឡើងវិញ។",
                "Kien Chrey commune in Kampong Siem district brought service users and providers "
                "together to score the quality of the health centre and primary schools and agree "
                "on improvements. The practice paused during the COVID-19 pandemic, and the "
                "council is considering restarting it.",
            ),
            "context": (
                "ប្រជាពលរដ្ឋត្អូញត្អែរអំពីម៉ោងបើកមណ្ឌលសុខភាព និងអវត្តមានគ្រូ ប៉ុន្តែគ្មានវេទិកា"
                "ដើម្បីលើកបញ្ហាទាំងនេះដោយមិនខ្លាចទេ។",
                "People complained about the health centre's opening hours and absent teachers, "
                "but had no safe place to raise these problems.",
            ),
            "objectives": (
                "បង្កើតការសន្ទនាដែលមានរចនាសម្ព័ន្ធ រវាងប្រជាពលរដ្ឋ និងអ្នកផ្ដល់សេវា "
                "ដើម្បីកែលម្អសេវាដោយផ្អែកលើភស្តុតាង។",
                "Create a structured dialogue between residents and service providers to improve "
                "services on the basis of evidence.",
            ),
            "activities": (
                "អ្នកសម្របសម្រួលមកពីសហគមន៍ត្រូវបានបណ្ដុះបណ្ដាល។ ក្រុមស្ត្រី បុរស និងយុវជន "
                "ដាក់ពិន្ទុលើសូចនាករដែលពួកគេជ្រើសរើសដោយខ្លួនឯង បុគ្គលិកសេវាក៏វាយតម្លៃខ្លួនឯងដែរ "
                "បន្ទាប់មកភាគីទាំងអស់ជួបគ្នាក្នុងវេទិការួម ដើម្បីព្រមព្រៀងលើផែនការសកម្មភាព។",
                "Facilitators from the community were trained. Groups of women, men and young "
                "people scored indicators they chose themselves, staff scored their own services, "
                "and everyone then met in a joint forum to agree on an action plan.",
            ),
            "results": (
                "មណ្ឌលសុខភាពបានបិទផ្សាយម៉ោងបើក និងតម្លៃសេវា ហើយអវត្តមានគ្រូបានថយចុះ។ ពិន្ទុមធ្យមបានកើនឡើងក្នុងជុំទីពីរ។",
                "The health centre posted its opening hours and fees, and teacher absence fell. "
                "Average scores rose in the second round.",
            ),
            "evidence": (
                "ប័ណ្ណដាក់ពិន្ទុពីរជុំ ផែនការសកម្មភាពដែលបានចុះហត្ថលេខា និងរបាយការណ៍តាមដាន។",
                "Two rounds of scorecards, the signed action plans and follow-up reports.",
            ),
            "beneficiaries_description": (
                "អ្នកប្រើប្រាស់មណ្ឌលសុខភាព មាតាបិតាសិស្ស និងបុគ្គលិកសេវា។",
                "Health-centre patients, pupils' parents and the service staff.",
            ),
            "resources": (
                "ប្រមាណ ៣\u00a0៨០០ ដុល្លារក្នុងមួយជុំ សម្រាប់ការបណ្ដុះបណ្ដាល និងវេទិកា ជាមួយជំនួយបច្ចេកទេសពីអង្គការដៃគូ។",
                "About USD 3,800 per round for training and forums, with technical help from a "
                "partner organisation.",
            ),
            "enabling_factors": (
                "ប្រធានមណ្ឌលសុខភាពដែលបើកចំហ និងអ្នកសម្របសម្រួលដែលប្រជាពលរដ្ឋទុកចិត្ត។",
                "An open-minded head of the health centre and facilitators residents trusted.",
            ),
            "obstacles": (
                "ការប្រមូលផ្ដុំមនុស្សត្រូវបានហាមក្នុងអំឡុងពេលរាតត្បាត ហើយថវិកាគម្រោងបានបញ្ចប់។",
                "Gatherings were banned during the pandemic, and project funding ended.",
            ),
            "sustainability": (
                "ក្រុមប្រឹក្សាគ្រោងដាក់ជុំខ្លីមួយក្នុងកម្មវិធីវិនិយោគឃុំ សង្កាត់ ដោយប្រើអ្នកសម្របសម្រួលដែលបានបណ្ដុះបណ្ដាលរួច។",
                "The council plans to fund a shorter round from the commune investment plan, using "
                "the facilitators already trained.",
            ),
            "transferability": (
                "ត្រូវការអ្នកសម្របសម្រួលដែលបានបណ្ដុះបណ្ដាល ការយល់ព្រមពីអ្នកផ្ដល់សេវា និងការតាមដានផែនការសកម្មភាព។",
                "It needs trained facilitators, the providers' agreement, and follow-up of the "
                "action plan.",
            ),
            "lessons": (
                "ការដាក់ពិន្ទុដោយគ្មានការតាមដាន ធ្វើឱ្យប្រជាពលរដ្ឋអស់ជំនឿ។ ផែនការសកម្មភាពត្រូវតែតូច និងច្បាស់។",
                "Scoring without follow-up erodes trust; action plans must be small and concrete.",
            ),
            "gender_inclusion": (
                "ស្ត្រីដាក់ពិន្ទុក្នុងក្រុមដាច់ដោយឡែក ដើម្បីឱ្យពួកគេហ៊ាននិយាយពីសេវាសុខភាពមាតា។",
                "Women scored in separate groups so that they could speak freely about maternal "
                "health services.",
            ),
            "case_study": (
                "ប័ណ្ណដាក់ពិន្ទុសហគមន៍នៅឃុំកៀនជ្រៃ បានផ្ដល់ឱ្យប្រជាពលរដ្ឋ និងអ្នកផ្ដល់សេវានូវភាសារួម "
                "សម្រាប់និយាយអំពីគុណភាព។ ការផ្អាកក្នុងអំឡុងពេលរាតត្បាតបង្ហាញថា ការអនុវត្តល្អ"
                "ត្រូវការប្រភពថវិកាក្នុងមូលដ្ឋាន ដើម្បីបន្តបាន។",
                "The scorecards in Kien Chrey gave residents and providers a shared language for "
                "talking about quality. The pause during the pandemic shows that a good practice "
                "needs local funding to last.",
            ),
        },
    },
    {
        "slug": "sample-safe-birth-transport-kanhcham",
        "level": "commune",
        "country": "KH",
        "units": ["140802"],
        "themes": ["gender-equality", "public-services"],
        "partners": [("nlcs", "documenter"), ("cpdd", "technical")],
        "start": D(2018, 5, 1),
        "end": None,
        "status": "ongoing",
        "beneficiaries": (410, 410),
        "cost": (14500000, "KHR"),
        "contact": {
            "name": ("មាស សុគន្ធា", "Meas Sokunthea"),
            "role": (
                "ប្រធានគណៈកម្មការទទួលបន្ទុកកិច្ចការនារី និងកុមារឃុំ",
                "Chair of the commune committee for women and children",
            ),
            "organisation": (
                "ក្រុមប្រឹក្សាឃុំកញ្ចំ",
                "Kanhcham Commune Council",
            ),
            "email": "kanhcham.cwcc@example.org",
            "phone": "+855 00 000 107",
            "public": True,
        },
        "visibility": "public",
        "stage": "published",
        "published": D(2024, 5, 6),
        "featured": False,
        "photos": [
            (
                "រ៉ឺម៉កដែលបានចុះកិច្ចព្រមព្រៀងរង់ចាំនៅមុខសាលាឃុំ (រូបគំនូរ)",
                "A contracted tuk-tuk waiting at the commune hall (illustration)",
            ),
            (
                "សមាជិកគណៈកម្មការពិនិត្យបញ្ជីស្ត្រីមានផ្ទៃពោះ (រូបគំនូរ)",
                "Committee members check the list of expectant mothers (illustration)",
            ),
        ],
        "text": {
            "title": (
                "មូលនិធិដឹកជញ្ជូនបន្ទាន់សម្រាប់ការសម្រាលកូនដោយសុវត្ថិភាព "
                "ដែលគ្រប់គ្រងដោយគណៈកម្មការទទួលបន្ទុកកិច្ចការនារី និងកុមារឃុំ",
                "An emergency transport fund for safe births, run by the commune committee for "
                "women and children",
            ),
            "summary": (
                "នៅឃុំកញ្ចំ ស្រុកពារាំង គណៈកម្មការទទួលបន្ទុកកិច្ចការនារី និងកុមារ "
                "បានចុះកិច្ចព្រមព្រៀងជាមួយអ្នកបើករ៉ឺម៉កក្នុងភូមិ ដើម្បីដឹកស្ត្រីដែលឈឺពោះសម្រាល"
                "ទៅមណ្ឌលសុខភាពគ្រប់ពេលវេលា ហើយឃុំជាអ្នកបង់ថ្លៃ។ ការសម្រាលកូននៅផ្ទះបានថយចុះយ៉ាងខ្លាំង។",
                "In Kanhcham commune, Pea Reang district, the committee for women and children "
                "contracted village tuk-tuk drivers to take women in labour to the health centre "
                "at any hour, with the commune paying the fare. Home births have fallen sharply.",
            ),
            "context": (
                "ភូមិខ្លះនៅឆ្ងាយពីមណ្ឌលសុខភាពជាង ១០ គីឡូម៉ែត្រ ហើយគ្រួសារក្រីក្រមិនអាចជួលយានជំនិះពេលយប់បាន។ "
                "ស្ត្រីជាច្រើនសម្រាលកូននៅផ្ទះ ដោយគ្មានឆ្មបដែលបានបណ្ដុះបណ្ដាល។",
                "Some villages are more than 10 km from the health centre, and poor families could "
                "not hire transport at night. Many women gave birth at home without a trained "
                "midwife.",
            ),
            "objectives": (
                "ធានាថាស្ត្រីគ្រប់រូបអាចទៅដល់មណ្ឌលសុខភាពបានទាន់ពេល នៅពេលសម្រាលកូន។",
                "Make sure every woman can reach the health centre in time to give birth.",
            ),
            "activities": (
                "គណៈកម្មការបានធ្វើបញ្ជីស្ត្រីមានផ្ទៃពោះជាមួយមេភូមិ និងឆ្មប ចុះកិច្ចព្រមព្រៀងជាមួយអ្នកបើករ៉ឺម៉កប្រាំមួយនាក់ "
                "និងបិទលេខទូរស័ព្ទរបស់ពួកគេនៅគ្រប់ភូមិ។ អ្នកបើកបរបង្ហាញបង្កាន់ដៃពីមណ្ឌលសុខភាព "
                "ហើយឃុំទូទាត់ប្រចាំខែ។",
                "The committee listed expectant mothers with village chiefs and midwives, "
                "contracted six tuk-tuk drivers and posted their phone numbers in every village. "
                "Drivers show a slip from the health centre and the commune pays them monthly.",
            ),
            "results": (
                "ក្នុងរយៈពេលបីឆ្នាំ ស្ត្រី ៤១០ នាក់បានប្រើសេវានេះ ហើយអត្រាសម្រាលកូននៅមណ្ឌលសុខភាព"
                "បានកើនពីប្រហែល ៦០ ទៅ ៩៥ ភាគរយ។",
                "Over three years 410 women used the service, and the share of births at the "
                "health centre rose from about 60 to 95 per cent.",
            ),
            "evidence": (
                "បញ្ជីដឹកជញ្ជូន បង្កាន់ដៃពីមណ្ឌលសុខភាព និងស្ថិតិសម្រាលកូនរបស់មណ្ឌលសុខភាព។",
                "Trip records, health-centre slips and the health centre's birth statistics.",
            ),
            "beneficiaries_description": (
                "ស្ត្រីមានផ្ទៃពោះ និងទារកទើបនឹងកើត ជាពិសេសពីគ្រួសារក្រីក្រ។",
                "Expectant mothers and newborns, especially from poor households.",
            ),
            "resources": (
                "ប្រមាណ ១៤ លាន ៥ សែនរៀលក្នុងមួយឆ្នាំ ពីថវិកាសង្គមកិច្ចរបស់ឃុំ។",
                "About KHR 14.5 million a year from the commune's social services budget.",
            ),
            "enabling_factors": (
                "គណៈកម្មការដែលសកម្ម ឆ្មបដែលសហការល្អ និងអ្នកបើកបរដែលស្គាល់ផ្លូវភូមិ។",
                "An active committee, cooperative midwives and drivers who know the village roads.",
            ),
            "obstacles": (
                "ផ្លូវលិចទឹកក្នុងរដូវវស្សា ហើយពេលខ្លះអ្នកបើកបរមិនលើកទូរស័ព្ទពេលយប់ជ្រៅ។",
                "Roads flood in the rainy season, and drivers sometimes missed calls late at "
                "night.",
            ),
            "sustainability": (
                "មូលនិធិស្ថិតក្នុងកម្មវិធីវិនិយោគឃុំ សង្កាត់ជារៀងរាល់ឆ្នាំ ហើយចំណាយមានកម្រិតទាប។",
                "The fund is in the commune investment plan every year, and the cost is low.",
            ),
            "transferability": (
                "ឃុំដែលមានភូមិនៅឆ្ងាយពីមណ្ឌលសុខភាពអាចចាប់ផ្ដើមបានភ្លាម "
                "ដោយមានបញ្ជីស្ត្រីមានផ្ទៃពោះ និងកិច្ចព្រមព្រៀងសាមញ្ញជាមួយអ្នកបើកបរ។",
                "A commune with villages far from a health centre can start at once with a list of "
                "expectant mothers and a simple agreement with drivers.",
            ),
            "lessons": (
                "ការទូទាត់ទៀងទាត់ធ្វើឱ្យអ្នកបើកបរទុកចិត្ត ហើយការទុកចិត្តនោះធ្វើឱ្យសេវាដំណើរការ។",
                "Paying drivers on time earns their trust, and that trust keeps the service "
                "working.",
            ),
            "gender_inclusion": (
                "ការអនុវត្តនេះដឹកនាំដោយស្ត្រី សម្រាប់ស្ត្រី ហើយវាបានលើកកម្ពស់តួនាទីរបស់គណៈកម្មការនៅក្នុងក្រុមប្រឹក្សាឃុំ។",
                "The practice is led by women for women, and it raised the standing of the "
                "committee within the commune council.",
            ),
            "case_study": (
                "មូលនិធិនេះតូច ប៉ុន្តែវាដោះស្រាយបញ្ហាធំមួយ គឺពេលវេលាដែលស្ត្រីត្រូវការជំនួយបំផុត។ "
                "គណៈកម្មការទទួលបន្ទុកកិច្ចការនារី និងកុមារ ដែលពីមុនមានតួនាទីតិចតួច "
                "បានក្លាយជាអ្នកគ្រប់គ្រងសេវាមួយដែលប្រជាពលរដ្ឋទាំងមូលដឹងឮ។",
                "The fund is small, but it solves a large problem at the moment women most need "
                "help. The committee for women and children, once a marginal body, now runs a "
                "service the whole commune knows.",
            ),
        },
    },
    {
        "slug": "sample-rice-seed-bank-leay-bour",
        "level": "commune",
        "country": "KH",
        "units": ["210904"],
        "themes": ["agriculture", "local-economic-development"],
        "partners": [("ccc", "other"), ("nlcs", "documenter")],
        "start": D(2017, 4, 1),
        "end": None,
        "status": "ongoing",
        "beneficiaries": (530, 290),
        "cost": (21000000, "KHR"),
        "contact": {
            "name": ("នូវ ឫទ្ធី", "Nov Rithy"),
            "role": ("សមាជិកក្រុមប្រឹក្សាឃុំទទួលបន្ទុកកសិកម្ម", "Commune councillor for agriculture"),
            "organisation": (
                "ក្រុមប្រឹក្សាឃុំលាយបូរ",
                "Leay Bour Commune Council",
            ),
            "email": "leaybour.seeds@example.org",
            "phone": "",
            "public": False,
        },
        "visibility": "public",
        "stage": "published",
        "published": D(2024, 5, 20),
        "featured": False,
        "photos": [
            (
                "ឃ្លាំងពូជស្រូវរបស់ឃុំ (រូបគំនូរ)",
                "The commune's rice-seed store (illustration)",
            ),
            (
                "ការបង្ហាញពីការធ្វើជីកំប៉ុសនៅស្រែគំរូ (រូបគំនូរ)",
                "A compost demonstration in a model field (illustration)",
            ),
        ],
        "text": {
            "title": (
                "ធនាគារពូជស្រូវឃុំ និងការបង្រៀនធ្វើជីកំប៉ុសជាមួយក្រុមកសិករ",
                "A commune rice-seed bank and compost training with farmer groups",
            ),
            "summary": (
                "ឃុំលាយបូរ ស្រុកត្រាំកក់ បានបង្កើតធនាគារពូជស្រូវ ដែលកសិករខ្ចីពូជល្អនៅដើមរដូវ "
                "ហើយសងវិញជាស្រូវបន្ទាប់ពីច្រូតកាត់។ ក្រុមកសិករក៏រៀនធ្វើជីកំប៉ុសពីកាកសំណល់កសិកម្ម "
                "ដើម្បីកាត់បន្ថយការចំណាយលើជីគីមី។ ទិន្នផលមធ្យមបានកើនឡើង ហើយធនាគារពូជចេះតែធំឡើង។",
                "Leay Bour commune in Tram Kak district set up a rice-seed bank from which farmers "
                "borrow good seed at the start of the season and repay in paddy after the harvest. "
                "Farmer groups also learned to make compost from crop waste to cut spending on "
                "chemical fertiliser. Average yields have risen and the seed stock keeps growing.",
            ),
            "context": (
                "កសិករជាច្រើនប្រើពូជដែលទុកពីឆ្នាំមុនៗ ដែលមានគុណភាពទាប ហើយខ្ចីលុយការប្រាក់ខ្ពស់ដើម្បីទិញជី។",
                "Many farmers replanted low-quality seed kept from earlier years and borrowed at "
                "high interest to buy fertiliser.",
            ),
            "objectives": (
                "ផ្ដល់ពូជល្អក្នុងតម្លៃសមរម្យ កាត់បន្ថយបំណុលកសិករ និងបង្កើនទិន្នផលស្រូវ។",
                "Provide good seed at a fair price, reduce farmers' debt and raise rice yields.",
            ),
            "activities": (
                "ឃុំបានកែលម្អឃ្លាំងចាស់មួយ ទិញពូជស្រូវដំបូង និងបង្កើតគណៈកម្មការធនាគារពូជដែលមានសមាជិកប្រាំនាក់។ "
                "កសិករខ្ចីពូជ ហើយសងវិញថែមមួយភាគប្រាំ។ ស្រែគំរូបួនកន្លែងត្រូវបានប្រើសម្រាប់បង្ហាញការធ្វើជីកំប៉ុស។",
                "The commune repaired an old store, bought the first seed stock and set up a "
                "five-member seed bank committee. Farmers borrow seed and repay it plus one fifth. "
                "Four model fields are used to demonstrate composting.",
            ),
            "results": (
                "ទិន្នផលមធ្យមបានកើនពីប្រហែល ២.៨ ទៅ ៣.៥ តោនក្នុងមួយហិកតា ហើយស្តុកពូជបានកើនទ្វេដងក្នុងរយៈពេលបួនឆ្នាំ។",
                "Average yields rose from about 2.8 to 3.5 tonnes per hectare, and the seed stock "
                "doubled in four years.",
            ),
            "evidence": (
                "បញ្ជីខ្ចី និងសងពូជ ការវាស់ទិន្នផលនៅស្រែគំរូ និងការស្ទង់មតិកសិករ។",
                "Seed loan and repayment ledgers, yield measurements in the model fields and a "
                "farmer survey.",
            ),
            "beneficiaries_description": (
                "គ្រួសារកសិករ ៥៣០ គ្រួសារ ក្នុងនោះមានស្ត្រីជាមេគ្រួសារ ឬជាសមាជិកក្រុមកសិករ ២៩០ នាក់។",
                "530 farming households, with 290 women as household heads or farmer-group "
                "members.",
            ),
            "resources": (
                "ប្រមាណ ២១ លានរៀល សម្រាប់ជួសជុលឃ្លាំង និងពូជដំបូង ពីមូលនិធិឃុំ និងការរួមចំណែកពីកសិករ។",
                "About KHR 21 million for the store repairs and first seed, from the commune fund "
                "and farmers' contributions.",
            ),
            "enabling_factors": (
                "ការគាំទ្របច្ចេកទេសពីការិយាល័យកសិកម្មស្រុក និងគណៈកម្មការដែលកសិករទុកចិត្ត។",
                "Technical support from the district agriculture office and a committee farmers "
                "trust.",
            ),
            "obstacles": (
                "គ្រោះរាំងស្ងួតមួយឆ្នាំធ្វើឱ្យកសិករខ្លះមិនអាចសងពូជបាន ហើយគណៈកម្មការត្រូវពន្យារពេលសង។",
                "A drought year left some farmers unable to repay, and the committee had to extend "
                "repayment.",
            ),
            "sustainability": (
                "ការសងថែមមួយភាគប្រាំ ធ្វើឱ្យស្តុកពូជកើនឡើងដោយខ្លួនឯង ដោយមិនពឹងលើជំនួយខាងក្រៅ។",
                "The one-fifth repayment makes the stock grow on its own, without outside funding.",
            ),
            "transferability": (
                "ឃុំដែលដាំស្រូវ អាចធ្វើតាមបាន ប្រសិនបើមានឃ្លាំងស្ងួត និងក្បួនខ្ចីសងច្បាស់លាស់ ដែលកសិករយល់ព្រមជាមុន។",
                "Rice-growing communes can copy it if they have a dry store and clear lending "
                "rules that farmers agree in advance.",
            ),
            "lessons": (
                "ក្បួនសាមញ្ញ និងការបិទផ្សាយបញ្ជីខ្ចីជាសាធារណៈ ជួយរក្សាទំនុកចិត្ត។",
                "Simple rules and a publicly posted loan ledger keep people's trust.",
            ),
            "gender_inclusion": (
                "ស្ត្រីជាមេគ្រួសារមានអាទិភាពក្នុងការខ្ចីពូជ ហើយស្ត្រីពីរនាក់ជាសមាជិកគណៈកម្មការ។",
                "Women heads of household have priority for seed loans, and two women sit on the "
                "committee.",
            ),
            "case_study": (
                "ធនាគារពូជនៅឃុំលាយបូរ គឺជាឧទាហរណ៍នៃការអភិវឌ្ឍសេដ្ឋកិច្ចមូលដ្ឋានដែលចំណាយតិច។ "
                "ឃុំផ្ដល់ទីតាំង និងទុនដំបូង ហើយកសិករខ្លួនឯងធ្វើឱ្យវារីកចម្រើន។",
                "The seed bank in Leay Bour is local economic development on a small budget. The "
                "commune provides the store and the first stock, and the farmers make it grow.",
            ),
        },
    },
    {
        "slug": "sample-saturday-registration-roleab",
        "level": "commune",
        "country": "KH",
        "units": ["150506"],
        "themes": ["public-services", "institutional-governance"],
        "partners": [("nlcs", "documenter")],
        "start": D(2020, 8, 1),
        "end": None,
        "status": "ongoing",
        "beneficiaries": (1875, 1012),
        "cost": (6200000, "KHR"),
        "contact": {
            "name": ("ហេង បុប្ផា", "Heng Bopha"),
            "role": ("ស្មៀនសង្កាត់", "Sangkat clerk"),
            "organisation": (
                "រដ្ឋបាលសង្កាត់រលាប",
                "Roleab Sangkat Administration",
            ),
            "email": "roleab.registration@example.org",
            "phone": "+855 00 000 109",
            "public": True,
        },
        "visibility": "public",
        "stage": "published",
        "published": D(2024, 6, 3),
        "featured": False,
        "photos": [
            (
                "ប្រជាពលរដ្ឋតម្រង់ជួរនៅតុចុះបញ្ជីថ្ងៃសៅរ៍ (រូបគំនូរ)",
                "Residents queue at the Saturday registration desk (illustration)",
            ),
        ],
        "text": {
            "title": (
                "តុចុះបញ្ជីអត្រានុកូលដ្ឋានថ្ងៃសៅរ៍ នៅសាលាសង្កាត់",
                "A Saturday civil-registration desk at the sangkat hall",
            ),
            "summary": (
                "សង្កាត់រលាប ក្រុងពោធិ៍សាត់ បើកតុចុះបញ្ជីកំណើត អាពាហ៍ពិពាហ៍ និងមរណភាព "
                "រៀងរាល់ព្រឹកថ្ងៃសៅរ៍ សម្រាប់កម្មករ និងអ្នកដែលមិនអាចមកក្នុងម៉ោងធ្វើការ។ "
                "បញ្ជីឯកសារដែលត្រូវការ និងតម្លៃសេវាត្រូវបានបិទផ្សាយ ហើយចំនួនកុមារដែលមានសំបុត្រកំណើតបានកើនឡើង។",
                "Sangkat Roleab in Pursat town opens a desk for registering births, marriages and "
                "deaths every Saturday morning, for workers and others who cannot come during "
                "office hours. The documents needed and the fees are posted, and more children now "
                "have a birth certificate.",
            ),
            "context": (
                "ឪពុកម្ដាយជាច្រើនធ្វើការនៅរោងចក្រ ឬឆ្ងាយពីផ្ទះ ហើយមិនអាចឈប់ការងារដើម្បីចុះបញ្ជីកំណើតកូនបាន។ "
                "កុមារមួយចំនួនគ្មានសំបុត្រកំណើតនៅពេលចូលរៀន។",
                "Many parents work in factories or away from home and cannot take time off to "
                "register a birth. Some children had no birth certificate when they started "
                "school.",
            ),
            "objectives": (
                "ធ្វើឱ្យសេវាអត្រានុកូលដ្ឋានងាយស្រួលទទួលបាន និងតម្លៃច្បាស់លាស់សម្រាប់គ្រប់គ្នា។",
                "Make civil registration easy to reach and clearly priced for everyone.",
            ),
            "activities": (
                "ក្រុមប្រឹក្សាសង្កាត់បានសម្រេចបើកតុនៅថ្ងៃសៅរ៍ ដោយបុគ្គលិកផ្លាស់វេនគ្នា ហើយឈប់សម្រាកជំនួសនៅថ្ងៃផ្សេង។ "
                "ផ្ទាំងព័ត៌មានបង្ហាញឯកសារដែលត្រូវការ និងតម្លៃ ហើយមានក្រុមសារតាមទូរស័ព្ទសម្រាប់សួរសំណួរ។",
                "The sangkat council decided to open on Saturdays, with staff taking turns and a "
                "day off in lieu. A board shows the documents needed and the fees, and a phone "
                "message group answers questions.",
            ),
            "results": (
                "ក្នុងរយៈពេលពីរឆ្នាំ ការចុះបញ្ជីប្រមាណ ១\u00a0៨៧៥ ករណីត្រូវបានធ្វើនៅថ្ងៃសៅរ៍ "
                "ហើយការចុះបញ្ជីកំណើតយឺតបានថយចុះច្រើន។",
                "In two years about 1,875 registrations were made on Saturdays, and late birth "
                "registrations fell markedly.",
            ),
            "evidence": (
                "សៀវភៅបញ្ជីអត្រានុកូលដ្ឋាន និងរបាយការណ៍ប្រចាំត្រីមាសរបស់សង្កាត់។",
                "The civil registers and the sangkat's quarterly reports.",
            ),
            "beneficiaries_description": (
                "គ្រួសារកម្មករ ជាពិសេសម្ដាយដែលធ្វើការនៅរោងចក្រ និងកុមារដែលត្រូវការសំបុត្រកំណើត។",
                "Working families, especially mothers employed in factories, and children who need "
                "a birth certificate.",
            ),
            "resources": (
                "ប្រមាណ ៦ លាន ២ សែនរៀលក្នុងមួយឆ្នាំ សម្រាប់ប្រាក់បំណាច់បុគ្គលិក និងផ្ទាំងព័ត៌មាន។",
                "About KHR 6.2 million a year for staff allowances and the information board.",
            ),
            "enabling_factors": (
                "ចៅសង្កាត់ដែលគាំទ្រ និងការណែនាំពីរដ្ឋបាលក្រុងអំពីតម្លៃសេវាផ្លូវការ។",
                "A supportive sangkat chief and guidance from the town administration on official "
                "fees.",
            ),
            "obstacles": (
                "ការរៀបចំវេនបុគ្គលិកពិបាកក្នុងរដូវបុណ្យ ហើយមានអ្នកខ្លះមកដោយគ្មានឯកសារគ្រប់គ្រាន់។",
                "Staff rotas are hard to fill during festivals, and some people arrive without the "
                "right papers.",
            ),
            "sustainability": (
                "ម៉ោងធ្វើការថ្ងៃសៅរ៍ត្រូវបានបញ្ចូលក្នុងបទបញ្ជាផ្ទៃក្នុងរបស់សង្កាត់។",
                "Saturday hours are now in the sangkat's internal rules.",
            ),
            "transferability": (
                "សង្កាត់ណាដែលមានកម្មករច្រើន អាចធ្វើតាមបាន ដោយគ្រាន់តែរៀបចំវេនបុគ្គលិកឡើងវិញ។",
                "Any sangkat with many working residents can do the same by reorganising staff "
                "rotas.",
            ),
            "lessons": (
                "ការបិទផ្សាយតម្លៃសេវាជាសាធារណៈ កាត់បន្ថយការសួរនាំ និងការមិនទុកចិត្ត។",
                "Posting the fees publicly cuts down on questions and suspicion.",
            ),
            "gender_inclusion": (
                "ម្ដាយដែលធ្វើការនៅរោងចក្រជាអ្នកប្រើសេវាច្រើនជាងគេ។ មានកន្លែងអង្គុយសម្រាប់ស្ត្រីមានផ្ទៃពោះ "
                "និងមនុស្សចាស់។",
                "Mothers working in factories are the main users. Seats are kept for pregnant "
                "women and older people.",
            ),
            "case_study": (
                "ការផ្លាស់ប្ដូរម៉ោងធ្វើការបន្តិចបន្តួច បានធ្វើឱ្យសេវាសាធារណៈមួយជិតប្រជាពលរដ្ឋជាងមុន។ "
                "សង្កាត់រលាបមិនបានចំណាយលើអគារ ឬឧបករណ៍ថ្មីទេ គ្រាន់តែរៀបចំពេលវេលាឱ្យស្របនឹងជីវិតរបស់អ្នកប្រើសេវា។",
                "A small change in opening hours brought a public service closer to people. Roleab "
                "spent nothing on buildings or equipment; it simply fitted its hours to its "
                "residents' lives.",
            ),
        },
    },
    {
        "slug": "sample-receipted-market-fees-siem-reap",
        "level": "district",
        "country": "KH",
        "units": ["1710"],
        "themes": ["fiscal-management", "social-accountability"],
        "partners": [("ansa", "technical"), ("nlcs", "documenter")],
        "start": D(2019, 7, 1),
        "end": D(2022, 6, 30),
        "status": "ended",
        "beneficiaries": (2300, 1650),
        "cost": (11000, "USD"),
        "contact": {
            "name": ("ទូច សុវណ្ណ", "Touch Sovann"),
            "role": ("ប្រធានការិយាល័យហិរញ្ញវត្ថុក្រុង", "Head of the municipal finance office"),
            "organisation": (
                "រដ្ឋបាលក្រុងសៀមរាប",
                "Siem Reap Municipal Administration",
            ),
            "email": "siemreap.finance@example.org",
            "phone": "",
            "public": False,
        },
        "visibility": "public",
        "stage": "published",
        "published": D(2024, 6, 24),
        "featured": False,
        "photos": [
            (
                "ផ្ទាំងចំណូលប្រចាំខែនៅច្រកចូលផ្សារ (រូបគំនូរ)",
                "The monthly revenue board at the market entrance (illustration)",
            ),
            (
                "អ្នកប្រមូលថ្លៃសេវាចេញបង្កាន់ដៃដែលមានលេខរៀង (រូបគំនូរ)",
                "A fee collector issues a numbered receipt (illustration)",
            ),
        ],
        "text": {
            "title": (
                "ការប្រមូលថ្លៃសេវាផ្សារ និងចំណតដោយចេញបង្កាន់ដៃ និងការបិទផ្សាយចំណូលប្រចាំខែជាសាធារណៈ",
                "Receipted market and parking fees, with revenue posted every month",
            ),
            "summary": (
                "ក្រុងសៀមរាបបានតម្រូវឱ្យអ្នកប្រមូលថ្លៃសេវាផ្សារ និងចំណតចេញបង្កាន់ដៃដែលមានលេខរៀងរាល់ពេល "
                "ហើយបិទផ្សាយចំណូលសរុបប្រចាំខែនៅច្រកចូលផ្សារ។ ចំណូលដែលបានកត់ត្រាបានកើនឡើង "
                "ហើយអ្នកលក់ដូរបានដឹងច្បាស់ថាពួកគេត្រូវបង់ប៉ុន្មាន។",
                "Siem Reap municipality required market and parking fee collectors to issue a "
                "numbered receipt every time, and posted the monthly totals at the market "
                "entrance. Recorded revenue rose, and vendors now know exactly what they owe.",
            ),
            "context": (
                "ថ្លៃសេវាត្រូវបានប្រមូលជាសាច់ប្រាក់ដោយគ្មានបង្កាន់ដៃ ហើយចំណូលដែលប្រគល់ឱ្យរដ្ឋបាល"
                "តិចជាងការរំពឹងទុក។ អ្នកលក់ដូរសង្ស័យថាមានការយកថ្លៃលើស។",
                "Fees were collected in cash without receipts, and less money reached the "
                "administration than expected. Vendors suspected overcharging.",
            ),
            "objectives": (
                "បង្កើនចំណូលផ្ទាល់របស់ក្រុង និងកសាងទំនុកចិត្តរបស់អ្នកបង់ថ្លៃសេវា។",
                "Increase the municipality's own revenue and build the trust of those who pay.",
            ),
            "activities": (
                "រដ្ឋបាលក្រុងបានបោះពុម្ពបង្កាន់ដៃមានលេខរៀង បណ្ដុះបណ្ដាលអ្នកប្រមូល "
                "និងផ្ទៀងផ្ទាត់បង្កាន់ដៃជាមួយសាច់ប្រាក់ជារៀងរាល់សប្ដាហ៍។ ផ្ទាំងចំណូលប្រចាំខែ "
                "និងលេខទូរស័ព្ទសម្រាប់ប្ដឹងត្រូវបានបិទនៅច្រកចូលផ្សារ។",
                "The administration printed numbered receipt books, trained collectors and matched "
                "receipts against cash every week. A monthly revenue board and a complaints phone "
                "number were posted at the market entrance.",
            ),
            "results": (
                "ចំណូលពីថ្លៃសេវាផ្សារដែលបានកត់ត្រាបានកើនឡើងប្រមាណ ៣៥ ភាគរយក្នុងឆ្នាំដំបូង "
                "ហើយពាក្យបណ្ដឹងអំពីការយកថ្លៃលើសបានថយចុះ។",
                "Recorded market-fee revenue rose by about 35 per cent in the first year, and "
                "complaints of overcharging fell.",
            ),
            "evidence": (
                "បញ្ជីចំណូលរបស់ក្រុង កូនបង្កាន់ដៃ និងកំណត់ត្រាពាក្យបណ្ដឹង។",
                "Municipal revenue ledgers, receipt stubs and the complaints log.",
            ),
            "beneficiaries_description": (
                "អ្នកលក់ដូរ និងអ្នកចតយានយន្តប្រមាណ ២\u00a0៣០០ នាក់ និងប្រជាពលរដ្ឋដែលទទួលផលពីចំណូលក្រុង។",
                "About 2,300 vendors and parking users, and residents who benefit from municipal "
                "revenue.",
            ),
            "resources": (
                "ប្រមាណ ១១\u00a0០០០ ដុល្លារ សម្រាប់ការបោះពុម្ព ការបណ្ដុះបណ្ដាល និងផ្ទាំងព័ត៌មាន។",
                "About USD 11,000 for printing, training and the information boards.",
            ),
            "enabling_factors": (
                "ការគាំទ្រពីអភិបាលក្រុង និងការចូលរួមពីសមាគមអ្នកលក់ដូរក្នុងផ្សារ។",
                "Backing from the governor and the involvement of the market vendors' association.",
            ),
            "obstacles": (
                "អ្នកប្រមូលខ្លះប្រឆាំងនឹងការផ្ទៀងផ្ទាត់ ហើយចំណូលធ្លាក់ចុះខ្លាំងក្នុងពេលរាតត្បាត។",
                "Some collectors resisted the checks, and revenue dropped sharply during the "
                "pandemic.",
            ),
            "sustainability": (
                "បង្កាន់ដៃមានលេខរៀងនៅតែប្រើ ប៉ុន្តែផ្ទាំងចំណូលប្រចាំខែបានឈប់ បន្ទាប់ពីគម្រោងបញ្ចប់។",
                "Numbered receipts are still used, but the monthly board stopped after the project "
                "ended.",
            ),
            "transferability": (
                "ក្រុង ស្រុក ខណ្ឌណាដែលប្រមូលថ្លៃសេវាផ្សារ អាចចាប់ផ្ដើមដោយបង្កាន់ដៃមានលេខរៀង "
                "និងការផ្ទៀងផ្ទាត់ប្រចាំសប្ដាហ៍។",
                "Any municipality, district or khan that collects market fees can start with "
                "numbered receipts and weekly checks.",
            ),
            "lessons": (
                "តម្លាភាពជួយទាំងចំណូល និងទំនុកចិត្ត ប៉ុន្តែផ្ទាំងព័ត៌មានត្រូវមានអ្នកទទួលខុសត្រូវច្បាស់លាស់។",
                "Openness helps both revenue and trust, but someone must clearly own the board.",
            ),
            "gender_inclusion": (
                "អ្នកលក់ដូរភាគច្រើនជាស្ត្រី ហើយពួកគេជាអ្នកទទួលផលច្រើនបំផុតពីតម្លៃដែលច្បាស់លាស់។",
                "Most vendors are women, and they gained most from clear, fixed fees.",
            ),
            "case_study": (
                "ក្រុងសៀមរាបបានបង្ហាញថា ឧបករណ៍សាមញ្ញដូចជាបង្កាន់ដៃមានលេខរៀង អាចបង្កើនចំណូល "
                "និងកាត់បន្ថយការសង្ស័យ។ ការបញ្ចប់ផ្ទាំងចំណូលក្រោយគម្រោង ជាមេរៀនអំពីភាពចាំបាច់"
                "នៃការដាក់ការងារថ្មីក្នុងតួនាទីរបស់បុគ្គលិកជាប់លាប់។",
                "Siem Reap showed that a tool as simple as a numbered receipt can raise revenue "
                "and reduce suspicion. The board lapsing after the project is a lesson in writing "
                "new tasks into permanent staff duties.",
            ),
        },
    },
    {
        "slug": "sample-peer-learning-kampong-chhnang",
        "level": "province",
        "country": "KH",
        "units": ["04"],
        "themes": ["institutional-governance", "participation"],
        "partners": [("nlcs", "implementer"), ("kas", "funder"), ("uclg-aspac", "other")],
        "start": D(2021, 1, 1),
        "end": None,
        "status": "ongoing",
        "beneficiaries": (620, 180),
        "cost": (24000, "USD"),
        "contact": {
            "name": ("ស្រី លក្ខិណា", "Srey Leakhena"),
            "role": (
                "អ្នកសម្របសម្រួល សមាគមឃុំ សង្កាត់ខេត្តកំពង់ឆ្នាំង",
                "Coordinator, provincial association of communes/sangkats",
            ),
            "organisation": (
                "សមាគមឃុំ សង្កាត់ខេត្តកំពង់ឆ្នាំង",
                "Kampong Chhnang Provincial Association of Communes/Sangkats",
            ),
            "email": "kampongchhnang.association@example.org",
            "phone": "",
            "public": False,
        },
        "visibility": "network",
        "stage": "published",
        "published": D(2024, 7, 8),
        "featured": False,
        "photos": [
            (
                "សមាជិកក្រុមប្រឹក្សាឃុំទស្សនាការអនុវត្តរបស់ឃុំជិតខាង (រូបគំនូរ)",
                "Councillors visit a neighbouring commune's practice (illustration)",
            ),
            (
                "វេទិកាសិក្សាប្រចាំឆមាសនៅទីរួមខេត្ត (រូបគំនូរ)",
                "The half-yearly learning forum in the provincial town (illustration)",
            ),
        ],
        "text": {
            "title": (
                "ការរៀនសូត្រពីគ្នាទៅវិញទៅមករវាងក្រុមប្រឹក្សាឃុំ សង្កាត់ ក្នុងខេត្តកំពង់ឆ្នាំង",
                "Peer learning between commune and sangkat councils in Kampong Chhnang",
            ),
            "summary": (
                "សមាគមឃុំ សង្កាត់ខេត្តកំពង់ឆ្នាំង រៀបចំទស្សនកិច្ចខ្លីៗរវាងក្រុមប្រឹក្សា "
                "ដើម្បីឱ្យសមាជិកក្រុមប្រឹក្សាឃើញការអនុវត្តល្អដោយផ្ទាល់ភ្នែក និងសួរសំណួរដល់អ្នកអនុវត្ត។ "
                "វេទិកាប្រចាំឆមាសប្រមូលផ្ដុំមេរៀន ហើយក្រុមប្រឹក្សាជាច្រើនបានយកគំរូទៅអនុវត្ត។ "
                "ការអនុវត្តនេះចែករំលែកតែក្នុងបណ្ដាញ DELGOSEA ប៉ុណ្ណោះ រហូតដល់ខេត្តយល់ព្រមផ្សព្វផ្សាយជាសាធារណៈ។",
                "The Kampong Chhnang provincial association of communes/sangkats organises short "
                "exchange visits between councils so that councillors see good practices with "
                "their own eyes and question those who run them. A half-yearly forum gathers the "
                "lessons, and many councils have taken practices home. It is shared with the "
                "DELGOSEA network only until the province agrees to publish it.",
            ),
            "context": (
                "ក្រុមប្រឹក្សាឃុំ សង្កាត់ច្រើនតែដឹងពីការអនុវត្តល្អតាមរយៈរបាយការណ៍ ដែលពិបាកយកទៅអនុវត្ត។ "
                "សមាជិកក្រុមប្រឹក្សាថ្មីៗជាច្រើនខ្វះបទពិសោធន៍។",
                "Councils usually learned about good practices from reports that were hard to act "
                "on. Many newly elected councillors lacked experience.",
            ),
            "objectives": (
                "ពង្រឹងសមត្ថភាពក្រុមប្រឹក្សាតាមរយៈការរៀនពីមិត្តភក្តិ និងជំរុញការយកការអនុវត្តល្អទៅប្រើ។",
                "Build councils' capacity by learning from peers and encourage the uptake of good "
                "practices.",
            ),
            "activities": (
                "សមាគមជ្រើសរើសការអនុវត្តល្អពីរបីរៀងរាល់ឆមាស រៀបចំទស្សនកិច្ចមួយថ្ងៃ "
                "និងស្នើឱ្យក្រុមប្រឹក្សាដែលមកទស្សនា សរសេរផែនការសកម្មភាពខ្លីមួយ។ "
                "ក្នុងវេទិកាបន្ទាប់ ពួកគេរាយការណ៍ពីអ្វីដែលបានធ្វើ។",
                "Each half-year the association picks a few good practices, arranges one-day "
                "visits and asks visiting councils to write a short action plan. At the next forum "
                "they report on what they did.",
            ),
            "results": (
                "ក្នុងរយៈពេលបីឆ្នាំ សមាជិកក្រុមប្រឹក្សា ៦២០ នាក់បានចូលរួម ហើយក្រុមប្រឹក្សា ២៧ "
                "បានយកការអនុវត្តយ៉ាងហោចណាស់មួយទៅប្រើ។",
                "Over three years 620 councillors took part, and 27 councils adopted at least one "
                "practice.",
            ),
            "evidence": (
                "ផែនការសកម្មភាពដែលបានសរសេរ របាយការណ៍វេទិកា និងការចុះពិនិត្យរបស់សមាគម។",
                "The written action plans, forum reports and the association's follow-up visits.",
            ),
            "beneficiaries_description": (
                "សមាជិកក្រុមប្រឹក្សាឃុំ សង្កាត់ ស្មៀន និងប្រជាពលរដ្ឋនៃឃុំ សង្កាត់ដែលបានយកគំរូទៅអនុវត្ត។",
                "Commune and sangkat councillors and clerks, and the residents of the councils "
                "that adopted practices.",
            ),
            "resources": (
                "ប្រមាណ ២៤\u00a0០០០ ដុល្លារក្នុងរយៈពេលបីឆ្នាំ សម្រាប់ការធ្វើដំណើរ អាហារ និងវេទិកា។",
                "About USD 24,000 over three years for travel, meals and the forums.",
            ),
            "enabling_factors": (
                "ចម្ងាយខ្លីរវាងឃុំ និងឆន្ទៈរបស់ក្រុមប្រឹក្សាម្ចាស់ផ្ទះក្នុងការចែករំលែកបញ្ហា មិនមែនតែភាពជោគជ័យ។",
                "Short distances between communes and host councils willing to share problems, "
                "not only successes.",
            ),
            "obstacles": (
                "ស្ត្រីមានចំនួនតិចក្នុងចំណោមអ្នកចូលរួម ព្រោះក្រុមប្រឹក្សាភាគច្រើនជាបុរស។",
                "Few women took part, because most councillors are men.",
            ),
            "sustainability": (
                "សមាគមបានដាក់ទស្សនកិច្ចទាំងនេះក្នុងផែនការប្រចាំឆ្នាំរបស់ខ្លួន ហើយក្រុមប្រឹក្សាបង់ថ្លៃធ្វើដំណើរខ្លួនឯង។",
                "The association has written the visits into its yearly plan, and councils pay "
                "their own travel.",
            ),
            "transferability": (
                "សមាគមឃុំ សង្កាត់ រាជធានី ខេត្តណាក៏អាចរៀបចំបាន ដោយចាប់ផ្ដើមពីការអនុវត្តល្អដែលមានរួចហើយក្នុងខេត្ត។",
                "Any provincial association can run it, starting from good practices already "
                "found in the province.",
            ),
            "lessons": (
                "ការឃើញដោយផ្ទាល់ និងការសួរសំណួរដល់មិត្តភក្តិ បញ្ចុះបញ្ចូលបានច្រើនជាងរបាយការណ៍។",
                "Seeing for oneself and asking a peer convinces more than any report.",
            ),
            "gender_inclusion": (
                "សមាគមបានកំណត់ថា ក្រុមទស្សនកិច្ចនីមួយៗត្រូវមានសមាជិកស្ត្រីយ៉ាងហោចណាស់ម្នាក់។",
                "The association now requires every visiting team to include at least one woman "
                "councillor.",
            ),
            "case_study": (
                "ខេត្តកំពង់ឆ្នាំងបានប្រែក្លាយការចែករំលែកការអនុវត្តល្អ ពីការអានរបាយការណ៍ "
                "ទៅជាទស្សនកិច្ចដែលមានគោលដៅច្បាស់ និងការតាមដាន។ ផែនការសកម្មភាពខ្លី "
                "បានធ្វើឱ្យទស្សនកិច្ចនីមួយៗមានលទ្ធផលជាក់ស្ដែង។",
                "Kampong Chhnang turned the sharing of good practices from reading reports into "
                "focused visits with follow-up. The short action plans made sure each visit led "
                "to something concrete.",
            ),
        },
    },
    {
        "slug": "sample-shared-road-upkeep-sochet",
        "level": "commune",
        "country": "KH",
        "units": ["060608"],
        "themes": ["participation", "public-services"],
        "partners": [("nlcs", "documenter")],
        "start": D(2022, 11, 1),
        "end": None,
        "status": "ongoing",
        "beneficiaries": (1450, 760),
        "cost": (8000000, "KHR"),
        "contact": {
            "name": ("សំ ចន្ទ្រា", "Sam Chantrea"),
            "role": ("មេឃុំ", "Commune chief"),
            "organisation": (
                "ក្រុមប្រឹក្សាឃុំសុចិត្រ",
                "Sochet Commune Council",
            ),
            "email": "sochet.council@example.org",
            "phone": "",
            "public": False,
        },
        "visibility": "internal",
        "stage": "documenting",
        "published": None,
        "featured": False,
        "photos": [
            (
                "អ្នកភូមិចាក់ដីលុបរណ្ដៅលើផ្លូវជនបទ (រូបគំនូរ)",
                "Villagers fill potholes on a rural road (illustration)",
            ),
        ],
        "text": {
            "title": (
                "ប្រជាពលរដ្ឋ និងឃុំរួមគ្នាថែទាំផ្លូវជនបទ",
                "Residents and the commune share the upkeep of rural roads",
            ),
            "summary": (
                "នៅឃុំសុចិត្រ ស្រុកសណ្តាន់ ភូមិនីមួយៗបានបង្កើតក្រុមថែទាំផ្លូវ "
                "ដែលចេញកម្លាំងពលកម្មក្រោយរដូវវស្សា ខណៈឃុំផ្គត់ផ្គង់ដី និងថ្មក្រួស។ "
                "ការចងក្រងកំពុងដំណើរការ។",
                "In Sochet commune, Sandan district, each village set up a road-care group that "
                "gives labour after the rainy season while the commune supplies soil and gravel. "
                "Documentation is under way.",
            ),
            "context": (
                "ផ្លូវដីក្រហមត្រូវបានខូចខាតរៀងរាល់រដូវវស្សា ហើយថវិកាឃុំមិនគ្រប់គ្រាន់សម្រាប់ជួសជុលទាំងអស់ទេ។",
                "Laterite roads are damaged every rainy season, and the commune budget cannot pay "
                "for all the repairs.",
            ),
            "objectives": (
                "រក្សាផ្លូវឱ្យអាចធ្វើដំណើរបានពេញមួយឆ្នាំ ដោយចែករំលែកការងាររវាងឃុំ និងប្រជាពលរដ្ឋ។",
                "Keep roads passable all year by sharing the work between the commune and "
                "residents.",
            ),
            "activities": (
                "ឃុំ និងមេភូមិបានគូសផែនទីចំណុចខូចខាត ហើយកំណត់ថ្ងៃការងាររួមក្នុងភូមិនីមួយៗ។",
                "The commune and village chiefs mapped the damaged stretches and set a joint work "
                "day in each village.",
            ),
        },
    },
]
