"""The fictional borough of Glanafon: names, places and partners. Nothing here is real.

Phone numbers come from Ofcom's ranges kept free for drama, so none can ring anyone.
"""

from __future__ import annotations

from popdesk.domain.rules import SUGGESTED_TOPICS

NEIGHBOURHOODS = (
    ("Riverside", "Glanafon North"),
    ("Castle Ward", "Glanafon Central"),
    ("Pentre", "Glanafon North"),
    ("Harbourside", "Glanafon South"),
    ("Oakfield", "Glanafon East"),
    ("Y Waun", "Glanafon West"),
)

# name, sector, approach, neighbourhoods (indexes into NEIGHBOURHOODS; empty = borough-wide)
ORGANISATIONS: tuple[tuple[str, str, str, tuple[int, ...]], ...] = (
    ("Glanafon County Borough Council – ASB Team", "local_authority", "problem_oriented", ()),
    ("Glanafon County Borough Council – Licensing", "local_authority", "unknown", ()),
    (
        "Glanafon County Borough Council – Community Safety",
        "local_authority",
        "problem_oriented",
        (),
    ),
    ("Glanafon Youth Service", "local_authority", "asset_based", ()),
    ("Glanafon Environmental Health", "local_authority", "unknown", ()),
    ("Bwrdd Iechyd Glanafon University Health Board", "health", "public_health", ()),
    ("Riverside Medical Practice", "health", "public_health", (0,)),
    ("Glanafon Community Mental Health Team", "health", "public_health", ()),
    ("Ysgol Gyfun Glanafon", "education", "asset_based", (5,)),
    ("St Mary's Church in Wales Primary School", "education", "unknown", (1,)),
    ("Coleg Glanafon", "education", "unknown", (3,)),
    ("Oakfield High School", "education", "unknown", (4,)),
    ("Mid Hafren Fire and Rescue Service", "fire_and_rescue", "public_health", ()),
    ("Probation Service – Glanafon Office", "probation", "unknown", ()),
    ("Afon Housing Association", "housing", "problem_oriented", (0, 2)),
    ("Tai Glanafon", "housing", "asset_based", (5,)),
    ("Northgate Homes", "housing", "unknown", (1,)),
    ("British Transport Police – Glanafon", "other_police_force", "problem_oriented", (3,)),
    ("Dyfnant Police – Border Neighbourhood Team", "other_police_force", "problem_oriented", ()),
    ("Harbourside Shopping Centre", "private", "unknown", (3,)),
    ("The Red Lion Hotel", "private", "unknown", (1,)),
    ("Glanafon Metro Taxis", "private", "unknown", ()),
    ("Oakfield Retail Park Management", "private", "unknown", (4,)),
    ("Castle Quarter Night Venues Ltd", "private", "unknown", (1,)),
    ("Citizens Advice Glanafon", "voluntary", "asset_based", ()),
    ("Riverside Food Bank", "voluntary", "asset_based", (0,)),
    ("Glanafon Women's Aid", "voluntary", "public_health", ()),
    ("Street Pastors Glanafon", "voluntary", "asset_based", (1, 3)),
    ("Canolfan Ieuenctid Y Waun", "voluntary", "asset_based", (5,)),
    ("Victim Support – Glanafon", "voluntary", "unknown", ()),
    ("Prifysgol Glanafon – Centre for Crime and Security", "academic", "problem_oriented", ()),
    ("Castle Ward Residents' Association", "community_group", "asset_based", (1,)),
    ("Pentre Community Council", "community_group", "asset_based", (2,)),
    ("Oakfield Neighbourhood Watch", "community_group", "asset_based", (4,)),
    ("Harbourside Islamic Centre", "community_group", "asset_based", (3,)),
    ("Riverside Allotment Society", "community_group", "unknown", (0,)),
    ("Y Waun Tenants' Forum", "community_group", "asset_based", (5,)),
    ("Glanafon Polish Community Association", "community_group", "unknown", ()),
    ("Pentre Rugby Club", "community_group", "unknown", (2,)),
    ("Mrs Ceridwen Morgan (street representative, Heol y Bont)", "individual", "unknown", (0,)),
    ("Mr Tomasz Wiśniewski (business owner, Castle Street)", "individual", "unknown", (1,)),
)

FIRST_NAMES = (
    "Siân",
    "Gwenllïan",
    "Dafydd",
    "Rhys",
    "Ffion",
    "Eluned",
    "Iolo",
    "Llŷr",
    "Ceri",
    "Bethan",
    "Aled",
    "Heledd",
    "Gwion",
    "Angharad",
    "Owain",
    "Nia",
    "Zoë",
    "Łukasz",
    "Agnieszka",
    "Chloë",
    "José",
    "Aoife",
    "Siobhán",
    "Niamh",
    "Oluwaseun",
    "Priya",
    "Mohammed",
    "Ayesha",
    "Tomás",
    "Renée",
    "Gareth",
    "Sarah",
    "James",
    "Emma",
    "David",
    "Helen",
    "Mark",
    "Rachel",
    "Paul",
    "Joanne",
    "Kwame",
    "Mei",
    "Anwen",
    "Tegan",
    "Carys",
    "Emrys",
    "Dylan",
    "Mererid",
)

LAST_NAMES = (
    "Jones",
    "Williams",
    "Davies",
    "Evans",
    "Thomas",
    "Roberts",
    "Hughes",
    "Lewis",
    "Morgan",
    "Griffiths",
    "ap Gruffudd",
    "O'Brien",
    "Nowak",
    "Kowalczyk",
    "Patel",
    "Okafor",
    "Nguyen",
    "Ó Súilleabháin",
    "Müller",
    "Price",
    "Pritchard",
    "Rees",
    "Powell",
    "Jenkins",
    "Bevan",
    "Khan",
    "Ahmed",
    "Mensah",
    "Wiśniewska",
    "Llewellyn",
    "Vaughan",
    "Parry",
    "ab Owain",
    "McCarthy",
    "Chen",
    "Zieliński",
    "Fernández",
    "Harris",
    "Clarke",
    "Edwards",
)

JOB_TITLES = {
    "local_authority": (
        "ASB Officer",
        "Licensing Officer",
        "Community Safety Manager",
        "Youth Worker",
        "Environmental Health Officer",
        "Team Leader",
    ),
    "health": (
        "Practice Manager",
        "Community Psychiatric Nurse",
        "Public Health Lead",
        "Safeguarding Nurse",
    ),
    "education": (
        "Headteacher",
        "Designated Safeguarding Lead",
        "Deputy Head",
        "Student Services Manager",
    ),
    "fire_and_rescue": ("Station Manager", "Community Safety Adviser", "Arson Reduction Officer"),
    "probation": ("Senior Probation Officer", "Probation Officer", "IOM Lead"),
    "housing": ("Tenancy Enforcement Officer", "Neighbourhood Manager", "Housing Officer"),
    "other_police_force": ("Sergeant", "Inspector", "Neighbourhood Officer"),
    "private": (
        "Centre Manager",
        "Designated Premises Supervisor",
        "Security Manager",
        "Operations Director",
    ),
    "voluntary": ("Project Co-ordinator", "Volunteer Manager", "Chief Officer", "Caseworker"),
    "academic": ("Senior Lecturer in Criminology", "Research Fellow"),
    "community_group": ("Chair", "Secretary", "Co-ordinator", "Treasurer"),
    "individual": ("Resident",),
}

# Ofcom drama ranges: each prefix followed by three digits.
PHONE_RANGES = ("020 7946 0", "0113 496 0", "0161 496 0", "0117 496 0", "0118 496 0", "029 2018 0")

TOPICS = SUGGESTED_TOPICS[:8]

# name, rank, kind, post role
STAFF = (
    ("Insp Ruth Okafor", "Inspector", "officer", "Neighbourhood inspector"),
    ("PS Gwenllïan Hughes", "Sergeant", "officer", "Neighbourhood sergeant"),
    ("PS Marc Llewellyn", "Sergeant", "officer", "Neighbourhood sergeant"),
    ("PS Aisha Khan", "Sergeant", "officer", "Neighbourhood sergeant"),
    ("PC Dafydd ap Gruffudd", "Constable", "officer", "Neighbourhood officer"),
    ("PC Rhian Bevan", "Constable", "officer", "Neighbourhood officer"),
    ("PC Tomasz Zieliński", "Constable", "officer", "Neighbourhood officer"),
    ("PC Hannah Price", "Constable", "officer", "Schools officer"),
    ("PC Owain Parry", "Constable", "officer", "Licensing officer"),
    ("PC Kemi Adeyemi", "Constable", "officer", "Neighbourhood officer"),
    ("PC Liam O'Connor", "Constable", "officer", "Rural crime officer"),
    ("PC Ffion Rees", "Constable", "officer", "Neighbourhood officer"),
    ("PCSO Eleri Jenkins", "PCSO", "pcso", "PCSO"),
    ("PCSO Jamal Hussain", "PCSO", "pcso", "PCSO"),
    ("PCSO Bethan Powell", "PCSO", "pcso", "PCSO"),
    ("PCSO Gareth Vaughan", "PCSO", "pcso", "PCSO"),
    ("PCSO Zoë Pritchard", "PCSO", "pcso", "PCSO"),
    ("PCSO Iwan Edwards", "PCSO", "pcso", "PCSO"),
    ("PCSO Marta Nowicka", "PCSO", "pcso", "PCSO"),
    ("PCSO Huw Thomas", "PCSO", "pcso", "PCSO"),
    ("Ceri Lloyd", "Grade E", "staff", "Partnership officer"),
    ("Dr Priya Raman", "Grade F", "staff", "Crime analyst"),
    ("Alun Roberts", "Grade D", "staff", "Licensing co-ordinator"),
    ("Menna Griffiths", "Grade E", "staff", "Problem-solving co-ordinator"),
    ("Sam Clarke", "Grade D", "staff", "Community engagement officer"),
)

# name, kind, cadence, chair organisation index, neighbourhood index or None
GROUPS = (
    ("Glanafon Community Safety Partnership", "csp", "quarterly", 2, None),
    ("ASB Case Review Panel", "asb_panel", "monthly", 0, None),
    ("Riverside PACT", "pact", "six_weekly", 31, 0),
    ("Castle Ward PACT", "pact", "six_weekly", 31, 1),
    ("Harbourside PACT", "pact", "bimonthly", 19, 3),
    ("Y Waun PACT", "pact", "bimonthly", 36, 5),
    ("Glanafon Pubwatch", "pubwatch", "monthly", 20, 1),
    ("Glanafon Safeguarding Board", "safeguarding_board", "quarterly", 5, None),
    ("Problem-Solving Panel", "problem_solving_panel", "monthly", 2, None),
    ("Youth Diversion Panel", "other", "monthly", 3, None),
    ("Night-Time Economy Forum", "other", "bimonthly", 1, 1),
    ("Hate Crime Forum", "other", "quarterly", 2, None),
)

# Engagement summaries by topic: (summary, outcome)
ENGAGEMENTS = (
    ("Discussed repeat ASB at the Heol y Bont flats", "Joint letter to tenants agreed"),
    ("Licensing review of late-night premises on Castle Street", "Conditions to be proposed"),
    ("Safeguarding referral follow-up for a vulnerable adult", "Referral accepted by the council"),
    ("Mental health crisis response on the riverside path", "Street triage pathway clarified"),
    ("Youth outreach session at the skate park", "Diversionary football planned"),
    ("Tenancy enforcement case conference", "Acceptable behaviour contract offered"),
    ("Domestic abuse awareness training for housing staff", "Twelve staff trained"),
    ("Speeding concerns raised on Oakfield Road", "Speed watch sessions booked"),
    ("Off-road bikes on the allotments", "Gates and signage to be fitted"),
    ("Shoplifting prevention walk-round at the shopping centre", "Radio link scheme extended"),
    ("Pubwatch banning notices reviewed", "Two bans renewed"),
    ("Hate crime reporting centre launch planning", "Launch date set"),
    ("Joint visit to a cuckooing address", "Closure order application considered"),
    ("Fly-tipping hot spots mapped with environmental health", "CCTV deployment agreed"),
    ("Fire setting in empty properties", "Joint patrols and secured boarding"),
    ("Street drinking in the harbour car park", "Outreach offer and PSPO evidence gathered"),
    ("Problem profile for Pentre shared with academics", "Evaluation design agreed"),
    ("Community meeting about parking outside the school", "School run patrols arranged"),
)

# The problem an engagement of that summary belongs to (by position in ENGAGEMENTS and
# PROBLEMS; the Welsh data keeps the same order), so the demo links only related work.
ENGAGEMENT_PROBLEMS = {
    0: 2,
    1: 3,
    4: 5,
    7: 6,
    8: 0,
    10: 3,
    12: 2,
    13: 7,
    14: 4,
    15: 1,
    16: 4,
    17: 6,
}

ACTIONS = (
    "Send joint letter to residents",
    "Share incident data for the last three months",
    "Book room for the next panel",
    "Draft closure order evidence",
    "Arrange speed watch session",
    "Update the problem profile",
    "Circulate minutes",
    "Confirm CCTV camera positions",
    "Refer to the youth service",
    "Chase housing officer for tenancy update",
    "Arrange joint training date",
    "Review banning notices",
    "Send safeguarding referral",
    "Publish PACT priorities online",
    "Contact the landlord about repairs",
)

PROBLEMS = (
    (
        "Off-road motorbikes on the riverside path",
        0,
        "response",
        "Nuisance and danger from off-road bikes on the riverside path and allotments, evenings "
        "and weekends.",
    ),
    (
        "Street drinking in the harbour car park",
        3,
        "analysis",
        "Groups drinking in the car park, litter, intimidation reported by shoppers.",
    ),
    (
        "Cuckooing at the Heol y Bont flats",
        0,
        "response",
        "Vulnerable tenants' flats taken over for drug supply.",
    ),
    (
        "Late-night disorder on Castle Street",
        1,
        "assessment",
        "Violence and disorder at closing time around three venues.",
    ),
    (
        "Deliberate fires in empty properties, Pentre",
        2,
        "scanning",
        "Repeated small fires in boarded-up houses awaiting demolition.",
    ),
    (
        "Youth ASB at Y Waun shops",
        5,
        "response",
        "Groups of young people gathering, damage and abuse to shop staff.",
    ),
    (
        "Speeding on Oakfield Road near the school",
        4,
        "analysis",
        "Residents report speeding at school times; two minor collisions this year.",
    ),
    (
        "Fly-tipping in back lanes, Castle Ward",
        1,
        "scanning",
        "Bulky waste dumped in back lanes; rat complaints.",
    ),
)

AGREEMENTS = (
    (
        "ASB case information sharing",
        "ISA-ASB-01",
        (0, 14, 15, 16),
        "Manage ASB cases jointly through the case review panel.",
        "public_task",
    ),
    (
        "Licensing intelligence sharing",
        "ISA-LIC-02",
        (1,),
        "Share intelligence on licensed premises to support reviews.",
        "law_enforcement",
    ),
    (
        "Safeguarding adults referrals",
        "ISA-SG-03",
        (0, 5, 7),
        "Timely referral of adults at risk.",
        "public_task",
    ),
    (
        "Schools safeguarding liaison",
        "ISA-ED-04",
        (8, 9, 11),
        "Share concerns about pupils at risk of exploitation.",
        "public_task",
    ),
    (
        "Fire setting data exchange",
        "ISA-FRS-05",
        (12,),
        "Identify and act on deliberate fire hot spots.",
        "public_task",
    ),
    (
        "Evaluation data for the riverside problem",
        "ISA-ACAD-06",
        (30,),
        "Pseudonymised incident data for an independent evaluation.",
        "legitimate_interests",
    ),
)

# The demo's other words, in one place so a translation of the demo can give its own.
LANGUAGE = "en"
ADDRESS = "{number} High Street\nGlanafon\nGF{district} {sector}AB"
TEAM = "Glanafon Neighbourhood Policing Team"
SPOC_CHANGE_REASON = "Previous SPOC moved post"
TERMS_OF_REFERENCE = (
    "The {name} brings partners together to agree priorities, share information lawfully and "
    "solve problems jointly."
)
AGENDA = (
    "1. Apologies\n2. Actions from the last meeting\n3. Partner updates\n4. Priorities\n"
    "5. Any other business"
)
VENUES = (
    "Glanafon Civic Centre, Room 2",
    "Riverside Library",
    "Y Waun Community Hall",
    "Castle Ward Police Station",
    "Online (Teams)",
)
MEETING_UPDATES = ". Partners gave updates on current cases."
PARTNER_ROLES = ("Lead partner", "Data and analysis", "Enforcement", "Outreach", "Funding")
EVALUATION_ROLE = "Independent evaluation"
AGREEMENT_DATA_ITEMS = "Names, dates of birth, addresses, incident summaries"
AGREEMENT_METHOD = "Secure email and the partnership case system"
AGREEMENT_RETENTION = "Six years from the end of the case, then deleted"
AGREEMENT_DOCUMENT = "Partnerships share > Agreements > {reference}.pdf"
DATA_SOURCE = "{word} case records"
TICKED_NOTE = "Covered at the handover meeting"
