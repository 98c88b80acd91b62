"""Bwrdeistref ddychmygol Glanafon yn Gymraeg: the Welsh demo, for the Welsh interface.

The same borough, people and partners as ``data``, named and described in Welsh; the people's
own names and the phone ranges are the English demo's.
"""

from __future__ import annotations

from popdesk.demo.data import ENGAGEMENT_PROBLEMS, FIRST_NAMES, LAST_NAMES, PHONE_RANGES

__all__ = ["ENGAGEMENT_PROBLEMS", "FIRST_NAMES", "LAST_NAMES", "PHONE_RANGES"]

LANGUAGE = "cy"

NEIGHBOURHOODS = (
    ("Glan yr Afon", "Gogledd Glanafon"),
    ("Ward y Castell", "Canol Glanafon"),
    ("Pentre", "Gogledd Glanafon"),
    ("Glan yr Harbwr", "De Glanafon"),
    ("Maes-y-deri", "Dwyrain Glanafon"),
    ("Y Waun", "Gorllewin Glanafon"),
)

ORGANISATIONS: tuple[tuple[str, str, str, tuple[int, ...]], ...] = (
    ("Cyngor Bwrdeistref Sirol Glanafon – Tîm YG", "local_authority", "problem_oriented", ()),
    ("Cyngor Bwrdeistref Sirol Glanafon – Trwyddedu", "local_authority", "unknown", ()),
    (
        "Cyngor Bwrdeistref Sirol Glanafon – Diogelwch Cymunedol",
        "local_authority",
        "problem_oriented",
        (),
    ),
    ("Gwasanaeth Ieuenctid Glanafon", "local_authority", "asset_based", ()),
    ("Iechyd yr Amgylchedd Glanafon", "local_authority", "unknown", ()),
    ("Bwrdd Iechyd Prifysgol Glanafon", "health", "public_health", ()),
    ("Meddygfa Glan yr Afon", "health", "public_health", (0,)),
    ("Tîm Iechyd Meddwl Cymunedol Glanafon", "health", "public_health", ()),
    ("Ysgol Gyfun Glanafon", "education", "asset_based", (5,)),
    ("Ysgol Gynradd Yr Eglwys yng Nghymru Santes Fair", "education", "unknown", (1,)),
    ("Coleg Glanafon", "education", "unknown", (3,)),
    ("Ysgol Uwchradd Maes-y-deri", "education", "unknown", (4,)),
    ("Gwasanaeth Tân ac Achub Canolbarth Hafren", "fire_and_rescue", "public_health", ()),
    ("Gwasanaeth Prawf – Swyddfa Glanafon", "probation", "unknown", ()),
    ("Cymdeithas Dai Afon", "housing", "problem_oriented", (0, 2)),
    ("Tai Glanafon", "housing", "asset_based", (5,)),
    ("Cartrefi Porth y Gogledd", "housing", "unknown", (1,)),
    ("Heddlu Trafnidiaeth Prydain – Glanafon", "other_police_force", "problem_oriented", (3,)),
    ("Heddlu Dyfnant – Tîm Cymdogaeth y Ffin", "other_police_force", "problem_oriented", ()),
    ("Canolfan Siopa Glan yr Harbwr", "private", "unknown", (3,)),
    ("Gwesty’r Llew Coch", "private", "unknown", (1,)),
    ("Tacsis Metro Glanafon", "private", "unknown", ()),
    ("Rheolwyr Parc Manwerthu Maes-y-deri", "private", "unknown", (4,)),
    ("Lleoliadau Nos Chwarter y Castell Cyf", "private", "unknown", (1,)),
    ("Cyngor ar Bopeth Glanafon", "voluntary", "asset_based", ()),
    ("Banc Bwyd Glan yr Afon", "voluntary", "asset_based", (0,)),
    ("Cymorth i Fenywod Glanafon", "voluntary", "public_health", ()),
    ("Bugeiliaid Stryd Glanafon", "voluntary", "asset_based", (1, 3)),
    ("Canolfan Ieuenctid Y Waun", "voluntary", "asset_based", (5,)),
    ("Cymorth i Ddioddefwyr – Glanafon", "voluntary", "unknown", ()),
    ("Prifysgol Glanafon – Canolfan Troseddu a Diogelwch", "academic", "problem_oriented", ()),
    ("Cymdeithas Trigolion Ward y Castell", "community_group", "asset_based", (1,)),
    ("Cyngor Cymuned Pentre", "community_group", "asset_based", (2,)),
    ("Gwarchod Cymdogaeth Maes-y-deri", "community_group", "asset_based", (4,)),
    ("Canolfan Islamaidd Glan yr Harbwr", "community_group", "asset_based", (3,)),
    ("Cymdeithas Rhandiroedd Glan yr Afon", "community_group", "unknown", (0,)),
    ("Fforwm Tenantiaid Y Waun", "community_group", "asset_based", (5,)),
    ("Cymdeithas Gymunedol Bwylaidd Glanafon", "community_group", "unknown", ()),
    ("Clwb Rygbi Pentre", "community_group", "unknown", (2,)),
    ("Mrs Ceridwen Morgan (cynrychiolydd stryd, Heol y Bont)", "individual", "unknown", (0,)),
    ("Mr Tomasz Wiśniewski (perchennog busnes, Stryd y Castell)", "individual", "unknown", (1,)),
)

JOB_TITLES = {
    "local_authority": (
        "Swyddog YG",
        "Swyddog Trwyddedu",
        "Rheolwr Diogelwch Cymunedol",
        "Gweithiwr Ieuenctid",
        "Swyddog Iechyd yr Amgylchedd",
        "Arweinydd Tîm",
    ),
    "health": (
        "Rheolwr Practis",
        "Nyrs Seiciatrig Gymunedol",
        "Arweinydd Iechyd y Cyhoedd",
        "Nyrs Diogelu",
    ),
    "education": (
        "Pennaeth",
        "Arweinydd Diogelu Dynodedig",
        "Dirprwy Bennaeth",
        "Rheolwr Gwasanaethau Myfyrwyr",
    ),
    "fire_and_rescue": (
        "Rheolwr Gorsaf",
        "Cynghorydd Diogelwch Cymunedol",
        "Swyddog Lleihau Llosgi Bwriadol",
    ),
    "probation": ("Uwch Swyddog Prawf", "Swyddog Prawf", "Arweinydd IOM"),
    "housing": ("Swyddog Gorfodi Tenantiaethau", "Rheolwr Cymdogaeth", "Swyddog Tai"),
    "other_police_force": ("Rhingyll", "Arolygydd", "Swyddog Cymdogaeth"),
    "private": (
        "Rheolwr y Ganolfan",
        "Goruchwyliwr Safle Dynodedig",
        "Rheolwr Diogelwch",
        "Cyfarwyddwr Gweithrediadau",
    ),
    "voluntary": ("Cydlynydd Prosiect", "Rheolwr Gwirfoddolwyr", "Prif Swyddog", "Gweithiwr Achos"),
    "academic": ("Uwch Ddarlithydd mewn Troseddeg", "Cymrawd Ymchwil"),
    "community_group": ("Cadeirydd", "Ysgrifennydd", "Cydlynydd", "Trysorydd"),
    "individual": ("Preswylydd",),
}

TOPICS = (
    "Ymddygiad gwrthgymdeithasol",
    "Trwyddedu",
    "Diogelu",
    "Iechyd meddwl",
    "Ieuenctid",
    "Tai",
    "Cam-drin domestig",
    "Diogelwch ffyrdd",
)

# name, rank, kind, post role
STAFF = (
    ("Arol. Ruth Okafor", "Arolygydd", "officer", "Arolygydd cymdogaeth"),
    ("Rhing. Gwenllïan Hughes", "Rhingyll", "officer", "Rhingyll cymdogaeth"),
    ("Rhing. Marc Llewellyn", "Rhingyll", "officer", "Rhingyll cymdogaeth"),
    ("Rhing. Aisha Khan", "Rhingyll", "officer", "Rhingyll cymdogaeth"),
    ("Cwnst. Dafydd ap Gruffudd", "Cwnstabl", "officer", "Swyddog cymdogaeth"),
    ("Cwnst. Rhian Bevan", "Cwnstabl", "officer", "Swyddog cymdogaeth"),
    ("Cwnst. Tomasz Zieliński", "Cwnstabl", "officer", "Swyddog cymdogaeth"),
    ("Cwnst. Hannah Price", "Cwnstabl", "officer", "Swyddog ysgolion"),
    ("Cwnst. Owain Parry", "Cwnstabl", "officer", "Swyddog trwyddedu"),
    ("Cwnst. Kemi Adeyemi", "Cwnstabl", "officer", "Swyddog cymdogaeth"),
    ("Cwnst. Liam O'Connor", "Cwnstabl", "officer", "Swyddog troseddau gwledig"),
    ("Cwnst. Ffion Rees", "Cwnstabl", "officer", "Swyddog cymdogaeth"),
    ("SCCH Eleri Jenkins", "SCCH", "pcso", "SCCH"),
    ("SCCH Jamal Hussain", "SCCH", "pcso", "SCCH"),
    ("SCCH Bethan Powell", "SCCH", "pcso", "SCCH"),
    ("SCCH Gareth Vaughan", "SCCH", "pcso", "SCCH"),
    ("SCCH Zoë Pritchard", "SCCH", "pcso", "SCCH"),
    ("SCCH Iwan Edwards", "SCCH", "pcso", "SCCH"),
    ("SCCH Marta Nowicka", "SCCH", "pcso", "SCCH"),
    ("SCCH Huw Thomas", "SCCH", "pcso", "SCCH"),
    ("Ceri Lloyd", "Gradd E", "staff", "Swyddog partneriaeth"),
    ("Dr Priya Raman", "Gradd F", "staff", "Dadansoddwr troseddu"),
    ("Alun Roberts", "Gradd D", "staff", "Cydlynydd trwyddedu"),
    ("Menna Griffiths", "Gradd E", "staff", "Cydlynydd datrys problemau"),
    ("Sam Clarke", "Gradd D", "staff", "Swyddog ymgysylltu â’r gymuned"),
)

# name, kind, cadence, chair organisation index, neighbourhood index or None
GROUPS = (
    ("Partneriaeth Diogelwch Cymunedol Glanafon", "csp", "quarterly", 2, None),
    ("Panel Adolygu Achosion YG", "asb_panel", "monthly", 0, None),
    ("PACT Glan yr Afon", "pact", "six_weekly", 31, 0),
    ("PACT Ward y Castell", "pact", "six_weekly", 31, 1),
    ("PACT Glan yr Harbwr", "pact", "bimonthly", 19, 3),
    ("PACT Y Waun", "pact", "bimonthly", 36, 5),
    ("Pubwatch Glanafon", "pubwatch", "monthly", 20, 1),
    ("Bwrdd Diogelu Glanafon", "safeguarding_board", "quarterly", 5, None),
    ("Panel Datrys Problemau", "problem_solving_panel", "monthly", 2, None),
    ("Panel Dargyfeirio Ieuenctid", "other", "monthly", 3, None),
    ("Fforwm yr Economi Liw Nos", "other", "bimonthly", 1, 1),
    ("Fforwm Troseddau Casineb", "other", "quarterly", 2, None),
)

# Engagement summaries by topic: (summary, outcome)
ENGAGEMENTS = (
    ("Trafod YG mynych yn fflatiau Heol y Bont", "Cytunwyd ar lythyr ar y cyd at denantiaid"),
    ("Adolygu trwyddedau safleoedd hwyr y nos ar Stryd y Castell", "Amodau i’w cynnig"),
    (
        "Dilyn atgyfeiriad diogelu ar gyfer oedolyn agored i niwed",
        "Derbyniwyd yr atgyfeiriad gan y cyngor",
    ),
    ("Ymateb i argyfwng iechyd meddwl ar lwybr yr afon", "Eglurwyd llwybr brysbennu stryd"),
    ("Sesiwn allgymorth ieuenctid yn y parc sglefrio", "Trefnwyd pêl-droed dargyfeiriol"),
    ("Cynhadledd achos gorfodi tenantiaeth", "Cynigiwyd contract ymddygiad derbyniol"),
    (
        "Hyfforddiant ymwybyddiaeth cam-drin domestig i staff tai",
        "Hyfforddwyd deuddeg aelod o staff",
    ),
    ("Pryderon am oryrru ar Ffordd Maes-y-deri", "Trefnwyd sesiynau gwylio cyflymder"),
    ("Beiciau oddi ar y ffordd ar y rhandiroedd", "Gatiau ac arwyddion i’w gosod"),
    ("Taith atal dwyn o siopau yn y ganolfan siopa", "Estynnwyd y cynllun cyswllt radio"),
    ("Adolygu hysbysiadau gwahardd Pubwatch", "Adnewyddwyd dau waharddiad"),
    ("Cynllunio lansio canolfan adrodd troseddau casineb", "Pennwyd dyddiad lansio"),
    ("Ymweliad ar y cyd â chyfeiriad cuckooing", "Ystyriwyd cais am orchymyn cau"),
    ("Mapio mannau tipio anghyfreithlon gydag iechyd yr amgylchedd", "Cytunwyd i osod TCC"),
    ("Cynnau tanau mewn eiddo gwag", "Patrolau ar y cyd a byrddio diogel"),
    ("Yfed ar y stryd ym maes parcio’r harbwr", "Cynnig allgymorth a chasglu tystiolaeth GDMC"),
    ("Rhannu proffil problem Pentre ag academyddion", "Cytunwyd ar gynllun gwerthuso"),
    ("Cyfarfod cymunedol am barcio y tu allan i’r ysgol", "Trefnwyd patrolau amser ysgol"),
)

ACTIONS = (
    "Anfon llythyr ar y cyd at drigolion",
    "Rhannu data digwyddiadau’r tri mis diwethaf",
    "Archebu ystafell ar gyfer y panel nesaf",
    "Drafftio tystiolaeth gorchymyn cau",
    "Trefnu sesiwn gwylio cyflymder",
    "Diweddaru’r proffil problem",
    "Dosbarthu’r cofnodion",
    "Cadarnhau safleoedd camerâu TCC",
    "Atgyfeirio at y gwasanaeth ieuenctid",
    "Holi’r swyddog tai am y denantiaeth",
    "Trefnu dyddiad hyfforddi ar y cyd",
    "Adolygu hysbysiadau gwahardd",
    "Anfon atgyfeiriad diogelu",
    "Cyhoeddi blaenoriaethau PACT ar-lein",
    "Cysylltu â’r landlord am atgyweiriadau",
)

PROBLEMS = (
    (
        "Beiciau modur oddi ar y ffordd ar lwybr yr afon",
        0,
        "response",
        "Niwsans a pherygl gan feiciau oddi ar y ffordd ar lwybr yr afon a’r rhandiroedd, gyda’r "
        "nos ac ar benwythnosau.",
    ),
    (
        "Yfed ar y stryd ym maes parcio’r harbwr",
        3,
        "analysis",
        "Grwpiau’n yfed yn y maes parcio, sbwriel, a siopwyr yn adrodd eu bod yn cael eu dychryn.",
    ),
    (
        "Cuckooing yn fflatiau Heol y Bont",
        0,
        "response",
        "Fflatiau tenantiaid agored i niwed yn cael eu meddiannu i gyflenwi cyffuriau.",
    ),
    (
        "Anhrefn hwyr y nos ar Stryd y Castell",
        1,
        "assessment",
        "Trais ac anhrefn adeg cau o gwmpas tri lleoliad.",
    ),
    (
        "Tanau bwriadol mewn eiddo gwag, Pentre",
        2,
        "scanning",
        "Tanau bach mynych mewn tai wedi’u byrddio sy’n aros i gael eu dymchwel.",
    ),
    (
        "YG ieuenctid wrth siopau Y Waun",
        5,
        "response",
        "Grwpiau o bobl ifanc yn ymgynnull, difrod a cham-drin staff siopau.",
    ),
    (
        "Goryrru ar Ffordd Maes-y-deri ger yr ysgol",
        4,
        "analysis",
        "Trigolion yn adrodd goryrru adeg yr ysgol; dau wrthdrawiad bach eleni.",
    ),
    (
        "Tipio anghyfreithlon yn y lonydd cefn, Ward y Castell",
        1,
        "scanning",
        "Gwastraff swmpus wedi’i adael yn y lonydd cefn; cwynion am lygod mawr.",
    ),
)

AGREEMENTS = (
    (
        "Rhannu gwybodaeth achosion YG",
        "ISA-ASB-01",
        (0, 14, 15, 16),
        "Rheoli achosion YG ar y cyd drwy’r panel adolygu achosion.",
        "public_task",
    ),
    (
        "Rhannu gwybodaeth am drwyddedu",
        "ISA-LIC-02",
        (1,),
        "Rhannu gwybodaeth am safleoedd trwyddedig i gefnogi adolygiadau.",
        "law_enforcement",
    ),
    (
        "Atgyfeiriadau diogelu oedolion",
        "ISA-SG-03",
        (0, 5, 7),
        "Atgyfeirio oedolion sy’n wynebu risg mewn pryd.",
        "public_task",
    ),
    (
        "Cyswllt diogelu ysgolion",
        "ISA-ED-04",
        (8, 9, 11),
        "Rhannu pryderon am ddisgyblion sydd mewn perygl o gael eu camfanteisio.",
        "public_task",
    ),
    (
        "Cyfnewid data cynnau tanau",
        "ISA-FRS-05",
        (12,),
        "Nodi mannau tanau bwriadol a gweithredu arnynt.",
        "public_task",
    ),
    (
        "Data gwerthuso ar gyfer problem yr afon",
        "ISA-ACAD-06",
        (30,),
        "Data digwyddiadau ffugenwog ar gyfer gwerthusiad annibynnol.",
        "legitimate_interests",
    ),
)

ADDRESS = "{number} Stryd Fawr\nGlanafon\nGF{district} {sector}AB"
TEAM = "Tîm Plismona Bro Glanafon"
SPOC_CHANGE_REASON = "Symudodd y SPOC blaenorol swydd"
TERMS_OF_REFERENCE = (
    "Mae {name} yn dod â phartneriaid ynghyd i gytuno ar flaenoriaethau, rhannu gwybodaeth yn "
    "gyfreithlon a datrys problemau ar y cyd."
)
AGENDA = (
    "1. Ymddiheuriadau\n2. Camau gweithredu o’r cyfarfod diwethaf\n3. Diweddariadau partneriaid\n"
    "4. Blaenoriaethau\n5. Unrhyw fater arall"
)
VENUES = (
    "Canolfan Ddinesig Glanafon, Ystafell 2",
    "Llyfrgell Glan yr Afon",
    "Neuadd Gymunedol Y Waun",
    "Gorsaf Heddlu Ward y Castell",
    "Ar-lein (Teams)",
)
MEETING_UPDATES = ". Rhoddodd partneriaid ddiweddariadau ar achosion cyfredol."
PARTNER_ROLES = ("Partner arweiniol", "Data a dadansoddi", "Gorfodi", "Allgymorth", "Cyllid")
EVALUATION_ROLE = "Gwerthusiad annibynnol"
AGREEMENT_DATA_ITEMS = "Enwau, dyddiadau geni, cyfeiriadau, crynodebau digwyddiadau"
AGREEMENT_METHOD = "E-bost diogel a system achosion y bartneriaeth"
AGREEMENT_RETENTION = "Chwe blynedd o ddiwedd yr achos, yna’i ddileu"
AGREEMENT_DOCUMENT = "Ffolder partneriaethau > Cytundebau > {reference}.pdf"
DATA_SOURCE = "Cofnodion achos: {word}"
TICKED_NOTE = "Trafodwyd yn y cyfarfod trosglwyddo"
