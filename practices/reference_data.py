"""Thematic areas and partner organisations the portal starts with.

Loaded by `manage.py load_reference_data`, which only adds what is missing: the coordinator's
later edits are never overwritten.
"""

# (slug, English name, Khmer name, DELGOSEA area)
THEMES = [
    (
        "participation",
        "People's participation in planning and decision-making",
        "ការចូលរួមរបស់ប្រជាពលរដ្ឋក្នុងការធ្វើផែនការ និងការសម្រេចចិត្ត",
        True,
    ),
    ("institutional-governance", "Institutional governance", "អភិបាលកិច្ចស្ថាប័ន", True),
    ("urban-services", "Inclusive urban public services", "សេវាសាធារណៈក្នុងទីក្រុងប្រកបដោយបរិយាប័ន្ន", True),
    (
        "fiscal-management",
        "Fiscal management and investment planning",
        "ការគ្រប់គ្រងហិរញ្ញវត្ថុ និងផែនការវិនិយោគ",
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
        "ការចូលរួមរបស់ពលរដ្ឋ និងគណនេយ្យភាពសង្គម",
        False,
    ),
    ("environment-waste", "Environment and waste management", "បរិស្ថាន និងការគ្រប់គ្រងសំណល់", False),
    ("public-services", "Public service delivery", "ការផ្តល់សេវាសាធារណៈ", False),
    ("agriculture", "Agriculture", "កសិកម្ម", False),
]

# (slug, acronym, English name, Khmer name, country, kind, DELGOSEA member)
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
    ("apkasi", "APKASI", "Association of Indonesian Regency Governments", "", "ID", "lga", True),
    ("logodef", "LOGODEF", "Local Government Development Foundation", "", "PH", "lga", True),
    ("tei", "TEI", "Thailand Environment Institute", "", "TH", "cso", True),
    ("acvn", "ACVN", "Association of Cities of Vietnam", "", "VN", "lga", True),
    (
        "uclg-aspac",
        "UCLG ASPAC",
        "United Cities and Local Governments Asia-Pacific",
        "",
        "XR",
        "lga",
        True,
    ),
    ("kas", "KAS", "Konrad-Adenauer-Stiftung", "", "DE", "development", False),
    ("eu", "EU", "European Union", "សហភាពអឺរ៉ុប", "EU", "development", False),
    ("fcm", "FCM", "Federation of Canadian Municipalities", "", "CA", "development", False),
    ("ccsp", "CCSP", "Cambodian Civil Society Partnership", "", "KH", "cso", True),
    ("ccc", "CCC", "Cooperation Committee for Cambodia", "", "KH", "cso", False),
    ("cpdd", "CPDD", "Coalition for Partnership in Democratic Development", "", "KH", "cso", False),
    ("ansa", "ANSA", "Affiliated Network for Social Accountability", "", "KH", "cso", False),
]
