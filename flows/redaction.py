"""Redaction of identifiers before anything leaves a practitioner's DM.

Rules, not a model: nothing is downloaded at run time. Structured identifiers are found
with patterns and checks (phonenumbers for phone numbers, the NHS mod-11 check; addresses
by a small grammar of how UK addresses are written), names with name lists, an English
dictionary and context (titles, a known-names field, neighbouring name words, family words,
lists of names), and safeguarding vocabulary is protected by an allow-list that
configuration can extend. Each identifier becomes a typed placeholder such as [NAME].
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources

import phonenumbers

PLACEHOLDER = re.compile(r"\[[A-Z]+\]")


class Kind:
    NAME = "NAME"
    DATE = "DATE"
    ADDRESS = "ADDRESS"
    POSTCODE = "POSTCODE"
    PHONE = "PHONE"
    EMAIL = "EMAIL"
    NHS = "NHS_NUMBER"
    NI = "NI_NUMBER"
    URL = "URL"
    MENTION = "MENTION"
    SCHOOL = "SCHOOL"


@dataclass(frozen=True, order=True)
class Span:
    start: int
    end: int
    kind: str


# Words that stay, whatever the name lists say: the vocabulary of safeguarding work.
DEFAULT_ALLOW = frozenset(
    w.lower()
    for w in """
    MASH CAMHS LADO DSL DDSL EHCP EHC GP A&E NHS SEND SENCO SENCo ICPC RCPC CIN CP CPP MARAC MAPPA PREVENT
    CSE CCE FGM DV DA IDVA ISVA PCSO PC DC DS DI Sgt Mum Mom Mam Dad Nan Nana Nanna Gran Granny Grandad Grandpa
    Grandma Nanny Auntie Aunty Aunt Uncle Stepdad Stepmum Step-dad Step-mum Brother Sister Baby Carer Foster
    Year Reception Nursery Section Operation Encompass Early Help Children's Services Social Care Police Health
    Visitor School Nurse Midwife Paediatrician Ofsted Coventry Birmingham Warwickshire Solihull West Midlands
    Council Team Around Family Right Help Time Strategy Meeting Plan Child Protection Conference Core Group
    Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August
    September October November December Christmas Easter Ramadan Eid Diwali Hanukkah English Polish Romanian
    Urdu Punjabi Arabic Somali Muslim Christian Sikh Hindu Jewish Catholic Dr Mr Mrs Ms Miss Mx Sir Madam
    Designated Safeguarding Lead Lead Officer Duty Manager Worker Teacher Head Headteacher Deputy Assistant Manager
    The A An And Or But If When While After Before During Since Because So Then This That These Those There Here
    He She They We You I It His Her Their Our Your My Him Them Us Me Who What Where Why How Which
    Section 17 47 Court Order Family Court Judge Magistrates Probation Housing Benefits Job Centre Jobcentre
    Channel Hub Welsh Scottish Irish British Gypsy Roma Traveller Lent Advent Halloween Bonfire Pupil Premium
    Referral Unit Virtual Head Independent Reviewing Officer Youth Offending Service Families First Sure Start
    Scotland England Wales Ireland Northern Britain UK Europe European Kurdish Afghan Syrian Eritrean Sudanese
    Clare's Sarah's Law
    North South East West Northern Southern Eastern Western Central Spring Autumn Winter New Year Eve Hogmanay
    Harvest Festival Saint Bank Holiday Justice Ministry Office Home Department Education Tribunal Crown
    Prosecution Service Magistrates' Court Hospital Clinic Surgery Centre Academy Trust Foundation
    """.split()
)

TITLES = r"(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|PC|DC|DS|DI|DCI|Sgt|Sergeant|Constable|Officer|Nurse|Cllr|Rev|Father|Sister)"

# Common English words that are also in the name lists: a name only with support.
AMBIGUOUS = frozenset(
    """
    will may hope grace mark bill rose joy faith summer june april august sunny dawn ray art jack frank pat sue rob
    don guy max miles case child young white green brown black gray grey little long short king bishop cook baker
    hunter fisher mason carter porter page hall wall hill wood woods lane street church school police family care
    love many more most much very well good best long new old first last next rich price cash major field fields
    bank banks hope joy ivy holly lily daisy poppy heather amber ruby pearl jade crystal sky storm river ocean
    chase hunter reed reid rush bush may mayo hart heart day days night knight page paige court grant trust wise
    story stone stones rock rocks read reading early help right time meeting team plan around home house homes
    worker workers social health service services office officer officers lead head nurse parent parents mother
    father son sons daughter brother sister baby babies kid kids boy girl man men woman women people person friend
    friends neighbour neighbours teacher teachers class form group north south east west
    """.split()
)

MONTHS = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?"
    r"|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
)
ORD = r"(?:st|nd|rd|th)?"
CAP = r"[A-ZÀ-ÖØ-ÞĀ-ŽŴŶŸ][^\W\d_]*(?:['’-][^\W\d_]+)*['’]?"  # a capitalised word, accents and Welsh included

# -- addresses ---------------------------------------------------------------------------
# An address is written as [position,] [house name,] [number] street [, estate], and each
# part has a few shapes: the pieces below are combined into ADDRESS_PATTERNS.

# a house number: 14, 45a, 12-14, No. 7
NUM = r"(?:No\.?\s?)?\d{1,4}[A-Za-z]?(?:[-–]\d{1,4}[A-Za-z]?)?"
# the words that end an English street name ("Elm Grove", "Marine Esplanade")
STREET = (
    r"(?:Road|Rd|Street|St|Avenue|Ave|Grove|Close|Lane|Ln|Drive|Dr|Way|Court|Ct|Crescent|Cres|Place|Pl|Gardens|Gdns"
    r"|Terrace|Walk|Rise|Hill|View|Row|Square|Sq|Mews|Park|Green|Parade|Vale|Croft|Meadows?|Fields?|Wharf|Yard"
    r"|Boulevard|Gate|Approach|Chase|Mount|Heights|Grange|Bank|Estate|Lea|Leys|Dale|Wood|Fold|Cottages|Villas"
    r"|Buildings|Passage|Alley|Hollow|Brow|Side|Nook|Garth|Wynd|Loan|Brae|Quays?|Circus"
    # seafront, riverside and village forms
    r"|Esplanade|Promenade|Prom|Quayside|Embankment|Strand|Sands|Harbour|Marina|Causeway|Broadway|Highway|Bypass"
    r"|Circle|Crossway|Link|Ride|Reach|Path|Steps|Twitten|Ginnel|Chare|Drove|Dene|Dell|Glade|Glen|Paddocks?"
    r"|Pastures?|Orchards?|Spinney|Coppice|Copse|Maltings|Ridings|Ridge|End|Common|Cross|Heath|Moor|Downs|Lawns?"
    r"|Leas|Holme|Ings|Hey|Crest|Knoll|Pitts?)"
    # a part of a long street: "Bridge Street West", "Hill Road North"
    r"(?:\s+(?:North|South|East|West|Upper|Lower)\b)?"
)
# street types that name a street even without a house number ("on Bell Lane")
STREET_ALONE = r"(?:Road|Street|Avenue|Grove|Close|Lane|Drive|Crescent|Gardens|Terrace|Mews|Esplanade|Promenade)"
# the words that end the name of a building, a farm or a site ("Kingfield House", "The Granary")
BUILDING = (
    r"(?:House|Court|Lodge|Tower|Towers|Point|Heights|Building|Mansions|Hall|Cottage|Cottages|Farm|Farmhouse"
    r"|Buildings|Barn|Mill|Forge|Croft|Grange|Manor|Bungalow|Villa|Caravan Park|Holiday Park|Park|Site|Estate"
    r"|Hotel|Hostel|Refuge|Inn|Guest House|Foyer|Chambers|Flats|Apartments|Granary|Steading|Stables|Byre|Bothy"
    r"|Dairy|Smithy|Oast|Coach House|Gatehouse|Lodgings|Rectory|Vicarage|Manse|Schoolhouse|Chapel|Maltings|Mews"
    r"|Wharf|Moorings|Works|Business Centre|Business Park|Trading Estate|Industrial Estate)"
)
# lower-case joining words inside Welsh, Gaelic and English names: "Heol y Nant", "Cnoc na Mara",
# "Sràid a' Chaisteil", "Rathad na h-Eaglais", "Prince of Wales Road"
CELTIC_PARTICLE = r"(?:y|yr|na|nan|nam|an|am|a['’])\s+(?:[ht]-)?"
# the particles that are no English words: enough to make "4 Cnoc na Mara" a street on its own
CELTIC_ONLY = r"(?:y|yr|na|nan|nam|a['’])\s+(?:[ht]-)?"
PARTICLE = rf"(?:{CELTIC_PARTICLE}|(?:of|on|upon|the|de|la|le)\s+)"
# the name part of a street or house: one to four capitalised words, particles between them
# ("St. Mary's", "Rue de la Paix" too)
NAMEWORDS = rf"(?:St\.\s?)?{CAP}(?:\s+{PARTICLE}{{0,2}}{CAP}){{0,3}}"
# Welsh and Gaelic street words that come before the name (Heol Las, Ffordd y Parc, Rhodfa'r
# Môr, Rathad Mòr)
STREET_FIRST = (
    r"(?:Heol|Ffordd|Stryd|Lôn|Rhodfa|Cilgant|Teras|Rhes|Clos|Llwybr|Maes|Cae|Pentre|Wynd|Vennel|Sràid|Rathad)"
    r"(?:['’]r)?"
)
# Welsh and Gaelic place words that open the name of a house or a row, and need a number or
# a street beside them since some are also given names (Bryn Awel, Tai Newydd, Cnoc na Mara)
PLACE_FIRST = (
    r"(?:Bryn|Tai|Tŷ|Ty|Pen|Plas|Llys|Cwrt|Parc|Nant|Coed|Glan|Gwel|Trem|Erw|Dôl|Bro|Cefn|Croes|Gerddi"
    r"|Cnoc|Baile|Druim|Gleann|Achadh|Taigh|Tigh|Allt|Creag|Bruach|Ceann|Cùl|Lòn|Dail)"
)
FIRST_NAMED = rf"(?:{STREET_FIRST}|{PLACE_FIRST})(?:\s+{PARTICLE}?{CAP}){{1,3}}"
# a place inside a building or a site: Flat 2B, Room 106, Flat 1/2, Flat 3F2 (Edinburgh: third
# floor, door 2), Basement Flat, Pitch 4, Plot 6; and a Glasgow or Dundee tenement's
# floor/door on its own before the number: "0/1, 27 ...", "2/R, 19 ..."
FLAT_ID = r"(?:\d{1,4}[A-Za-z]?|[A-Z]\b|[0-9A-Z]{1,3}/[0-9A-Z]{1,3}|\d{1,2}[A-Z]\d{1,2})"
FLOOR = r"(?:Basement|Lower Ground|Ground|First|Second|Third|Top|Upper|Lower|Garden|Attic)(?:[- ]Floor)?"
POSITION = (
    rf"(?:(?:Flat|Apartment|Apt|Unit|Room|Suite|Studio|Maisonette|Bedsit)\s+(?:No\.?\s?)?{FLAT_ID}"
    rf"|{FLOOR}\s+(?:Flat|Maisonette)"
    rf"|(?:Pitch|Plot|Caravan|Berth|Mooring|Bay|Chalet|Static)\s+\d{{1,4}}[A-Za-z]?"
    rf"|\d{{1,2}}/(?:\d{{1,2}}|[LRM])(?=,?\s+\d)|\d{{1,2}}F\d{{1,2}}(?=,?\s+\d))"
)
# a house, a farm or a building with its type: "Kingfield House", "The Granary", "Tŷ Isaf Farm"
HOUSE_TYPED = rf"(?:The\s+)?(?:{NAMEWORDS}\s+)?{BUILDING}"
# any house name, typed or not, perhaps numbered: "Harbour View", "Bryn Awel", "2 Tai Newydd"
HOUSE = rf"(?:{NUM}\s+)?(?:The\s+)?{NAMEWORDS}"
# one-word street names built on a street word: "Kingsway", "Eastgate", "Parkside", "Highfield";
# only where an address line ends (a comma, a bracket, the sentence's end), since "3 Eastgate
# incidents" counts things
STREET_COMPOUND = (
    r"[A-Z][a-z]+(?:way|ways|gate|side|field|fields|lands|croft|dale|wood|hurst|rise|ridge|mead|garth|stead"
    r"|holme|brook|wick|haven|moor|lea|leigh|bank|royd|thorpe)\b(?=[,.;)]|\s*$)"
)
# a street that is an address on its own
STREET_STRONG = (
    rf"(?:{NUM},?\s+(?:{NAMEWORDS}\s+{STREET}|The\s+(?:{CAP}\s+){{0,2}}(?:{STREET}|{BUILDING})|{FIRST_NAMED}"
    rf"|{CAP}(?:\s+{CELTIC_ONLY}{CAP})+|{STREET_COMPOUND})"
    rf"|{STREET_FIRST}(?:\s+{PARTICLE}?{CAP}){{1,3}}"
    rf"|(?:{CAP}\s+){{1,2}}{STREET_ALONE})"
)
# any street, number or not: "Radley Road", "Harbour View"
STREET_ANY = rf"(?:{STREET_STRONG}|{NAMEWORDS}\s+{STREET})"
# an estate or a park after the street: ", Gurnos Estate"
AREA = r"(?:,\s+(?:[A-Z][\w'’-]+\s+){1,2}(?:Estate|Park|Village|Green|Gardens|Court|Heights))?"
# a street typed in lower case in a hurry: "8 peveril crescent" (no little words in the name)
STREET_LOWER = (
    r"\d{1,4}[a-z]?\s+(?:(?!(?:the|a|an|on|in|at|of|to|and|or|his|her|their|my|our|your)\b)[a-z]+\s+){1,2}"
    r"(?:road|street|avenue|grove|close|lane|drive|crescent|gardens|terrace|way|walk|court|place|rise|view)"
)
# a numbered line just before a postcode, whatever its street is called: "12 Sandringham, HU3 2AB",
# "7 Maes Glas Uchaf, Tregaron, SY25 6JL" (a town or two may come between)
BEFORE_POSTCODE = re.compile(
    rf"\b(?:{POSITION},?\s+)?(?:{HOUSE},\s+){{0,2}}{NUM},?\s+{NAMEWORDS}(?=(?:,\s+{NAMEWORDS}){{0,2}},?\s+$)"
)
ADDRESS_PATTERNS = [
    # [position,] [house name,]* street: "0/1, 27 Torrisdale Street", "Bryn Awel, Ffordd y Llan"
    rf"(?:{POSITION},?\s+)?(?:{HOUSE},\s+){{0,2}}{STREET_STRONG}{AREA}",
    # a typed house and any street: "Kingfield House, Radley Road", "Willow Cottage, Church Lane"
    rf"{HOUSE_TYPED},?\s+(?:{HOUSE},\s+)?{STREET_ANY}{AREA}",
    # a position and whatever follows: "Flat 9, Belgrave House", "Unit 4, Phoenix Way"
    rf"{POSITION},?\s+(?:{HOUSE},\s+){{0,2}}(?:{STREET_ANY}|{HOUSE_TYPED}){AREA}",
    # a house within a farm or an estate: "The Lodge, Kettlewell Hall"
    rf"{HOUSE_TYPED},\s+{NAMEWORDS}\s+{BUILDING}",
    # a numbered building: "3 Wharf Cottages"
    rf"{NUM},?\s+{NAMEWORDS}\s+{BUILDING}",
    STREET_LOWER,
]
SCHOOL_WORDS = (
    r"(?:Primary School|Primary Academy|Primary|Secondary School|Infant School|Infants|Junior School|Juniors"
    r"|High School|Grammar School|School|Academy|College|Nursery School|Nursery|Pre-School|Preschool|Sixth Form"
    r"|Secondary|Pupil Referral Unit|PRU|Free School|Special School|Children's Centre|Prep|Preparatory School)"
)

PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    (Kind.MENTION, re.compile(r"<[@!#][^>\s]{1,80}>")),
    (Kind.EMAIL, re.compile(r"\b[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}\b")),
    (Kind.MENTION, re.compile(r"(?<![\w@.])@[A-Za-z0-9][A-Za-z0-9._-]{1,40}\b")),
    (Kind.URL, re.compile(r"(?:\bhttps?://|\bwww\.)[^\s<>\"]+[^\s<>\".,;:!?)\]]")),
    (
        Kind.POSTCODE,
        re.compile(
            r"\b(?:GIR ?0AA|(?:[A-PR-UWYZ][0-9]{1,2}|[A-PR-UWYZ][A-HK-Y][0-9]{1,2}|[A-PR-UWYZ][0-9][A-HJKPSTUW]"
            r"|[A-PR-UWYZ][A-HK-Y][0-9][ABEHMNPRVWXY]) ?[0-9][ABD-HJLNP-UW-Z]{2})\b",
            re.IGNORECASE,
        ),
    ),
    (
        Kind.NI,
        # liberal on purpose: the example prefix QQ and mistyped prefixes are still identifiers
        re.compile(r"\b[A-Z]{2} ?\d{2} ?\d{2} ?\d{2} ?[A-D]\b", re.IGNORECASE),
    ),
    (
        Kind.DATE,
        re.compile(
            r"\b\d{1,2}[/.-]\d{1,2}[/.-](?:\d{4}|\d{2})\b"
            r"|\b\d{4}-\d{2}-\d{2}\b"
            rf"|\b\d{{1,2}}{ORD}(?: of)? {MONTHS}\.?,?(?: \d{{4}})?\b"
            rf"|\b{MONTHS}\.? \d{{1,2}}{ORD}(?:,? \d{{4}})?\b(?!:)",
            re.IGNORECASE,
        ),
    ),
    # not "Year 11 Park Hill ..."
    *((Kind.ADDRESS, re.compile(rf"(?<!Year )\b(?:{p})\b")) for p in ADDRESS_PATTERNS),
    (
        Kind.SCHOOL,
        re.compile(
            rf"\b(?:(?:St\.?|Saint|Our Lady of|The)\s+)?(?:{CAP}\s+(?:(?:of|and|&)\s+)?){{1,6}}{SCHOOL_WORDS}\b"
            rf"|\b(?:{CAP}\s+){{1,3}}(?:C of E|CofE|RC|Catholic|Church of England|CE)\s+{SCHOOL_WORDS}\b"
            rf"|\bYsgol(?:\s+(?:Gynradd|Gyfun|Uwchradd|Feithrin))?(?:\s+{CAP}){{1,4}}\b"
        ),
    ),
]
NHS_CANDIDATE = re.compile(r"\b\d{3}[ -]?\d{3}[ -]?\d{4}\b")
TOKEN = re.compile(r"[^\W\d_](?:[^\W\d_]|['’-](?=[^\W\d_]))*")
TITLE_NAME = re.compile(rf"\b{TITLES}\.? ((?:[A-Z][A-Za-z'’-]+)(?: [A-Z][A-Za-z'’-]+)?)")
IRISH = re.compile(r"^(?:O['’]|D['’]|Mc|Mac)[A-Z][a-z]+")
# an Irish or Scottish surname written with its particle apart, and the given name before it:
# "Ciarán Ó Súilleabháin", "Aoife Ní Bhriain", "Màiri Nic an t-Saoir"
GAELIC_NAME = re.compile(rf"\b(?:{CAP}\s+)?(?:Ó|Ní|Nic|Mhic|Uí|Ua)\s+(?:an\s+t-)?{CAP}")
# the capitalised word just before a name
WORD_BEFORE = re.compile(rf"({CAP}) $")
# a title typed in lower case in a hurry: "spoke to mr jones"
TITLE_LOWER = re.compile(r"\b(?:mr|mrs|ms|dr)\.? ([a-z][a-z'’-]+)")
# verbs and prepositions that put a person after them: "spoke to Xhesika", "the plan for Nurlan";
# cue enough for a word that no list knows (a town takes "in", "at" or "from" instead)
PERSON_BEFORE = frozenset(
    "to about for with asked told saw seen met visited phoned rang called contacted collected collecting "
    "supporting support helping dear hi thanks cc".split()
)
# and words that put a place after them: "the community in Handsworth has ..."
PLACE_BEFORE = frozenset("in at from near around across outside into towards within".split())
CUES = frozenset(
    "sister brother son daughter mum dad mother father child baby friend partner boyfriend girlfriend husband wife "
    "called named cousin uncle aunt nan grandad stepdad stepmum sibling twin pupil student carer "
    # more family and household words that come before a name: "her grandson Ianto", "the youngest, Margita"
    "grandson granddaughter grandchild niece nephew stepson stepdaughter stepbrother stepsister youngest eldest "
    "oldest toddler newborn infant grandmother grandfather grandma grandpa granny gran auntie aunty fiance fiancé "
    "fiancee fiancée ex lodger flatmate housemate neighbour boy girl lad sisters brothers sons daughters cousins "
    "twins siblings grandchildren".split()
)
# "the Okafor family", "the Sheikh children": a surname between "the" and a household word
HOUSEHOLD = frozenset("family families household children siblings twins boys girls brothers sisters kids".split())
# "her 3-month-old, Praise", "the 15-year-old Tyler": an age before a name
AGE_BEFORE = re.compile(r"\d+[- ](?:year|month|week|day)s?[- ]old,?\s*$")
# "Precious and her baby": a person doing things with their family
WITH_FAMILY = re.compile(r"\s+and\s+(?:her|his|their)\b")
NAME_VERBS = frozenset(
    "said says told tells is was has had lives lived attends attended disclosed reported went came "
    "stays stayed left asked wants wanted became became is's".split()
)
# "Ruby, DOB ...", "Summer (Year 4)", "Kai (7)": what follows a name in a case note
# and "Stanisław (Dad)", "Chipo Ncube (SW)": a role in brackets
ROLES = (
    r"(?i:mum|mother|dad|father|step-?dad|step-?mum|nan|gran|grandad|grandma|grandmother|grandfather|carer"
    r"|foster carer|aunt|auntie|uncle|brother|sister|son|daughter|cousin|partner|boyfriend|girlfriend|husband"
    r"|wife|ex|baby|child|SW|social worker|HV|health visitor|teacher|DSL|initials)\b"
)
DETAIL_AFTER = re.compile(rf"(?:['’]s)?\s*(?:\(\s*(?:\d|Year|aged|age|DOB|dob|{ROLES})|,\s*(?:DOB|dob|aged|age|\d))")
# two capitals and an age or a year group: "KW (17)", "TM (Year 2)", "JS (initials only)"
INITIALS = re.compile(r"\b[A-Z]{2}\b(?=\s*\((?:\d{1,2}\)|Year|aged?\b|DOB|dob|initials))")
# a surname joined by a particle: "Gethin ap Rhys", "Maria de Souza", "Ahmed al-Masri", "Ruud van der Berg"
NAME_LINK = re.compile(
    rf" (?:ap|ab|ferch|verch|bin|bint|binti|ibn|van der|van den|van|von|de la|de|da|dos|das|di|del|della|du|al|el)"
    rf"[ -]{CAP}"
)
# what separates the names in a list: "Kai, Mia and Zak", "Kai & Mia"
LIST_GAP = re.compile(r",? (?:and|&) |, ")
SENTENCE_END = re.compile(r"[.!?:;\n]\s*$|^\s*$")
# the word before a place in the text (not across a sentence end), and the word after it
WORD_BEFORE_GAP = re.compile(r"([A-Za-z]+)[^\w.!?]{0,2}$")
WORD_AFTER_GAP = re.compile(r"\W{0,2}([A-Za-z]+)")


def nhs_number_valid(digits: str) -> bool:
    """The NHS number check digit: mod 11 over weights 10..2."""
    if len(digits) != 10 or not digits.isdigit():
        return False
    total = sum(int(d) * w for d, w in zip(digits[:9], range(10, 1, -1), strict=True))
    check = 11 - total % 11
    check = 0 if check == 11 else check
    return check != 10 and check == int(digits[9])


def _read_list(filename: str) -> list[str]:
    text = resources.files("flows.data").joinpath(filename).read_text(encoding="utf-8")
    return [line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")]


# name lists written by this project, every word checked to be no English word
WORLD_NAMES = ("world_given_names.txt", "world_surnames.txt")


@cache
def _names() -> frozenset[str]:
    files = ("first_names.txt", "surnames.txt", "uk_names.txt", *WORLD_NAMES)
    return frozenset(_fold(word) for filename in files for word in _read_list(filename))


@cache
def _vetted() -> frozenset[str]:
    """Names known to be no English word, though frequent enough in the word lists that
    `_common` would take them for one (Tariq, Stavros, Rishi)."""
    return frozenset(_fold(word) for filename in WORLD_NAMES for word in _read_list(filename))


@cache
def _places() -> frozenset[str]:
    """UK places, countries, nationalities and languages (flows/data/uk_places.txt): every
    word of them is kept, since a town or a language identifies nobody."""
    text = resources.files("flows.data").joinpath("uk_places.txt").read_text(encoding="utf-8")
    words: set[str] = set()
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            words.update(w.lower() for w in line.split())
    return frozenset(words)


@cache
def _vocabulary() -> tuple[frozenset[str], re.Pattern[str]]:
    """The vocabulary of the work (flows/data/vocabulary.txt): faiths, festivals, languages,
    services, apps. Its single words are kept anywhere; its phrases only whole ("Red Cross")."""
    entries = _read_list("vocabulary.txt")
    words = frozenset(_fold(e) for e in entries if " " not in e)
    phrases = sorted((e for e in entries if " " in e), key=len, reverse=True)
    alternatives = "|".join(r"\s+".join(re.escape(w).replace("'", "['’]") for w in p.split()) for p in phrases)
    # "St David's Day" is also written "Saint David's Day" and "St. David's Day"
    alternatives = alternatives.replace("St\\s+", r"(?:St\.?|Saint)\s+")
    return words, re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)")


class Redactor:
    """Finds identifiers; built once with the allow-list in force."""

    def __init__(self, allow: Iterable[str] = ()) -> None:
        extra = {w.lower() for w in allow}
        self.allow = DEFAULT_ALLOW | _places() | _vocabulary()[0] | extra
        # words kept only as places, which may still be a given name before a surname
        self.towns = _places() - DEFAULT_ALLOW - _vocabulary()[0] - extra
        self.names = _names()
        for word_list in (_given, _vetted, _common, _english, _everyday):
            word_list()  # loaded now, not by the first message

    # -- finding ----------------------------------------------------------------------
    def find(self, text: str, known: Iterable[str] = ()) -> list[Span]:
        spans: list[Span] = []
        for kind, pattern in PATTERNS:
            spans.extend(Span(m.start(), m.end(), kind) for m in pattern.finditer(text))
        for postcode in [s for s in spans if s.kind == Kind.POSTCODE]:
            start = max(0, postcode.start - 160)
            m = BEFORE_POSTCODE.search(text[start : postcode.start])
            if m:
                spans.append(Span(start + m.start(), start + m.end(), Kind.ADDRESS))
        for m in NHS_CANDIDATE.finditer(text):
            if nhs_number_valid(re.sub(r"\D", "", m.group())):
                spans.append(Span(m.start(), m.end(), Kind.NHS))
        for match in phonenumbers.PhoneNumberMatcher(text, "GB", leniency=phonenumbers.Leniency.POSSIBLE):
            spans.append(Span(match.start, match.end, Kind.PHONE))
        spans.extend(self._known(text, known))
        spans.extend(self._names_in(text))
        spans = _resolve(spans, text)
        spans = [self._widened(text, s) if s.kind == Kind.NAME else s for s in spans]
        return _resolve([*spans, *self._again(text, spans)], text)

    def _again(self, text: str, spans: list[Span]) -> Iterable[Span]:
        """Every other place a word of a found name appears capitalised: once "Ayodele Kingfisher"
        is a name, so is "Kingfisher" in "the Kingfisher Team" of the same message."""
        words = {
            w
            for s in spans
            if s.kind == Kind.NAME
            for w in TOKEN.findall(text[s.start : s.end])
            if len(w) > 2 and w[0].isupper() and _fold(w) not in self.allow
        }
        for word in words:
            for m in re.finditer(rf"(?<![\w'’-]){re.escape(word)}(?:['’]s)?(?![\w'’-])", text):
                yield Span(m.start(), m.end(), Kind.NAME)

    def _widened(self, text: str, span: Span) -> Span:
        """A name with the parts its rules left out: the surname a particle joins to it ("Gethin
        ap Rhys", "Ali al-Masri"), a name word before a full name ("Lam Wing Sze"), and a word no
        dictionary has before any name ("Oskar Lindqvist")."""
        start, end = span.start, span.end
        m = NAME_LINK.match(text, end)
        if m and _fold(m.group().split()[-1].split("-")[-1]) not in self.allow:
            end = m.end()
        before = WORD_BEFORE.search(text, max(0, start - 40), start)
        if before and not before.group(1).isupper() and _fold(before.group(1)) not in AMBIGUOUS | self.allow:
            is_name, _common = self._lookup(before.group(1))
            english = self._english_word(before.group(1))
            if not english or (is_name and " " in text[start:end]):
                start = before.start(1)
        return Span(start, end, span.kind)

    def _known(self, text: str, known: Iterable[str]) -> Iterable[Span]:
        terms: set[str] = set()
        for entry in known:
            entry = entry.strip()
            if len(entry) >= 2:
                terms.add(entry)
                terms.update(t for t in entry.split() if len(t) >= 2 and t.lower() not in self.allow)
        for term in sorted(terms, key=len, reverse=True):
            for m in re.finditer(rf"(?<!\w){re.escape(term)}(?:['’]s)?(?!\w)", text, re.IGNORECASE):
                yield Span(m.start(), m.end(), Kind.NAME)

    def _lookup(self, word: str) -> tuple[bool, bool]:
        """(is a name word, is also an everyday English word) for one token."""
        base = _fold(word.removesuffix("'s").removesuffix("’s"))
        if base in self.allow:
            return False, False
        if IRISH.match(word):  # O'Brien, D'Souza, McAllister: names by their shape
            return True, False
        parts = [p for p in re.split(r"[-'’]", base) if p] or [base]
        if base in self.names or all(p in self.names for p in parts):
            if base in _vetted():
                return True, base in AMBIGUOUS
            # an everyday word, or an English word that is only ever a surname (Burns, Private)
            common = base in _common() or base in AMBIGUOUS or (base in _english() and base not in _given())
            return True, common
        return False, False

    def _names_in(self, text: str) -> list[Span]:
        spans = [
            Span(m.start(1), m.end(1), Kind.NAME)
            for m in TITLE_NAME.finditer(text)
            if all(w.lower() not in self.allow for w in m.group(1).split())
        ]
        spans.extend(
            Span(m.start(), m.end(), Kind.NAME) for m in INITIALS.finditer(text) if m.group().lower() not in self.allow
        )
        for m in GAELIC_NAME.finditer(text):
            first = m.group().split()[0]
            start = m.start() if _fold(first) not in self.allow else m.start() + len(first) + 1
            spans.append(Span(start, m.end(), Kind.NAME))
        for m in TITLE_LOWER.finditer(text):
            low = _fold(m.group(1).removesuffix("'s").removesuffix("’s"))
            if low in self.names and low not in self.allow and low not in AMBIGUOUS:
                spans.append(Span(m.start(1), m.end(1), Kind.NAME))
        info = []
        for tok in TOKEN.finditer(text):
            word = tok.group()
            is_name, common = self._lookup(word)
            capital = word[0].isupper() and not (word.isupper() and len(word) > 1)
            info.append((tok, is_name, common, capital))
        # what context alone suggests, unless it is a phrase of the work ("Raksha Bandhan")
        kept = [(m.start(), m.end()) for m in _vocabulary()[1].finditer(text)]

        def guess(found: Iterable[Span]) -> Iterable[Span]:
            return (s for s in found if not any(a <= s.start and s.end <= b for a, b in kept))

        spans.extend(guess([*self._words(info, text), *self._unknown_pairs(info, text)]))
        spans.extend(guess(self._listed(info, text, spans)))
        return spans

    def _words(self, info: list, text: str) -> Iterable[Span]:
        """Each word that is a name by the lists and its context."""
        for i, (tok, is_name, common, capital) in enumerate(info):
            if not (is_name or capital):
                continue  # a lower-case word no list holds
            prev_tok = info[i - 1] if i > 0 and _joined(text, info[i - 1][0], tok) else None
            next_tok = info[i + 1] if i + 1 < len(info) and _joined(text, tok, info[i + 1][0]) else None
            if not is_name:
                if capital and self._foreign(tok.group()) and not tok.group().isupper():
                    # a word no name list holds, in a name's place: "her son Diyar", "Shwan said";
                    # a word no list at all knows after "to", "about", "for": "spoke to Xhesika"
                    after = info[i + 1][0].group().lower() if i + 1 < len(info) else ""
                    before = _word_before(text, tok.start())
                    person = self._unknown(tok.group()) and before in PERSON_BEFORE
                    acts = after in NAME_VERBS and before not in PLACE_BEFORE
                    if acts or person or self._cued(text, tok):
                        yield Span(tok.start(), tok.end(), Kind.NAME)
                elif capital and next_tok and self._place_as_given(tok.group(), next_tok):
                    yield Span(tok.start(), tok.end(), Kind.NAME)
                elif capital and self._household(text, tok) and self._foreign(tok.group()):
                    # "the Mbeki family": a surname the lists hold only as a word of some other sort
                    yield Span(tok.start(), tok.end(), Kind.NAME)
                continue
            strong_neighbour = any(n and n[1] and not n[2] and n[3] for n in (prev_tok, next_tok))
            if not capital:
                # lower case, typed in a hurry: an unmistakable given name, and the surname after it
                if self._lower_given(tok.group(), common, 4):
                    yield Span(tok.start(), tok.end(), Kind.NAME)
                if next_tok and self._lower_given(tok.group(), common, 3) and self._lower_surname(next_tok):
                    yield Span(tok.start(), next_tok[0].end(), Kind.NAME)
                continue
            start_of_sentence = bool(_sentence_starts(text, tok.start()))
            if start_of_sentence:
                # a sentence's first word is capitalised anyway: any English word needs support
                english = self._english_word(tok.group())
                follows = next_tok[0].group().lower() if next_tok else ""
                possessive = tok.group().endswith(("'s", "’s")) and _fold(tok.group()[:-2]) not in AMBIGUOUS
                support = strong_neighbour or follows in NAME_VERBS or possessive or self._cued(text, tok)
                if (not common and not english) or support:
                    yield Span(tok.start(), tok.end(), Kind.NAME)
                continue
            # mid-sentence and capitalised: a name unless it is an everyday word without
            # support, or heads a proper-noun phrase of ordinary words ("Early Help")
            capital_other = any(
                n and n[3] and not n[1] and _fold(n[0].group()) not in self.allow
                and not _sentence_starts(text, n[0].start())
                for n in (prev_tok, next_tok)
            )  # fmt: skip
            follows = next_tok[0].group().lower() if next_tok else _word_after(text, tok.end())
            # an English word inside a title-case phrase ("Universal Credit is") needs more than a verb,
            # and so does a surname-only word after "in", "at", "from": more likely a town ("in Batley")
            phrase = capital_other and self._english_word(tok.group())
            placed = _word_before(text, tok.start()) in PLACE_BEFORE and _fold(tok.group()) not in _given()
            supported = (
                strong_neighbour
                or (follows in NAME_VERBS and not phrase and not placed)
                or tok.group().endswith(("'s", "’s"))
                or self._cued(text, tok)
            )
            if (not common and not capital_other and not placed) or supported:
                yield Span(tok.start(), tok.end(), Kind.NAME)

    def _listed(self, info: list, text: str, found: list[Span]) -> Iterable[Span]:
        """The other names in a list with a name in it: "Tolu and Seyi", "Skye and River Lawson",
        "Asen, Vesela and the baby", or of words no list knows ("Xhesika and Aigerim").
        Capitalised words joined by "and", "&" or commas; not "Gambling and gaming", "Sikh and Jain"."""
        named = {s.start for s in found if s.kind == Kind.NAME} | {s.end for s in found if s.kind == Kind.NAME}
        run: list[re.Match[str]] = []
        for tok, is_name, _common, capital in [*info, (None, False, False, False)]:
            if tok is not None and tok.group() == "and":
                continue  # the gap between two names, checked below
            candidate = tok is not None and capital and (is_name or self._unknown(tok.group()))
            if candidate and run and LIST_GAP.fullmatch(text, run[-1].end(), tok.start()):
                run.append(tok)
                continue
            if len(run) > 1 and (
                any(t.start() in named or t.end() in named for t in run) or all(self._unknown(t.group()) for t in run)
            ):
                yield from (Span(t.start(), t.end(), Kind.NAME) for t in run)
            run = [tok] if candidate else []

    def _unknown_pairs(self, info: list, text: str) -> Iterable[Span]:
        """Two capitalised words, neither an everyday word, one beside a name or the pair
        on its own (Senait Tesfaye), anywhere in a sentence: names the lists never saw."""
        for i in range(len(info) - 1):
            a, b = info[i], info[i + 1]
            if not (a[3] and b[3] and _joined(text, a[0], b[0])):
                continue
            at_start = _sentence_starts(text, a[0].start())
            after = _word_after(text, b[0].end())
            supported = DETAIL_AFTER.match(text, b[0].end()) or after in NAME_VERBS
            if at_start and not a[1] and not self._unknown(a[0].group()) and not supported:
                continue
            unknown = [x for x in (a, b) if not x[1] and self._unknown(x[0].group())]
            if len(unknown) == 2 or (len(unknown) == 1 and any(x[1] and not x[2] for x in (a, b))):
                yield Span(a[0].start(), b[0].end(), Kind.NAME)

    def _foreign(self, word: str) -> bool:
        """No English word and nothing the allow-list keeps."""
        return not self._english_word(word) and _fold(word.removesuffix("'s").removesuffix("’s")) not in self.allow

    @staticmethod
    def _english_word(word: str) -> bool:
        base = _fold(word.removesuffix("'s").removesuffix("’s"))
        return base in _english() and base not in _vetted()

    def _cued(self, text: str, tok: re.Match[str]) -> bool:
        """Context that puts a name in this place: a family word or an age before it ("her son",
        "the 3-month-old"), details after it ("(7)", "(Dad)", ", DOB"), or "the ... family"."""
        before = _word_before(text, tok.start())
        return (
            before in CUES
            or bool(AGE_BEFORE.search(text, max(0, tok.start() - 24), tok.start()))
            or bool(DETAIL_AFTER.match(text, tok.end()))
            or bool(WITH_FAMILY.match(text, tok.end()))
            or self._household(text, tok)
        )

    @staticmethod
    def _household(text: str, tok: re.Match[str]) -> bool:
        """A surname between "the" and a household word: "the Okafor family", "the Sheikh children"
        (not "the Young family", whose word is ambiguous)."""
        return (
            _word_before(text, tok.start()) == "the"
            and _word_after(text, tok.end()) in HOUSEHOLD
            and _fold(tok.group()) not in AMBIGUOUS
        )

    def _place_as_given(self, word: str, after: tuple) -> bool:
        """A town that is also a given name, before a surname: "Chester Hartigan", "Devon Okafor"."""
        low = _fold(word)
        return (
            low in self.towns
            and low in _given()
            and after[1]
            and not after[2]
            and after[3]
            and _fold(after[0].group()) not in _places()
        )

    def _lower_given(self, word: str, common: bool, shortest: int) -> bool:
        """A given name typed in lower case: in no everyday word list (or vetted as no English word)."""
        low = _fold(word.removesuffix("'s").removesuffix("’s"))
        if common or len(low) < shortest or not low.isalpha() or low not in _given():
            return False
        return low not in _everyday() or low in _vetted()

    def _lower_surname(self, tok: tuple) -> bool:
        """A surname typed in lower case after a given name: a name word that is no common word."""
        word = tok[0].group()
        low = _fold(word.removesuffix("'s").removesuffix("’s"))
        return word.islower() and tok[1] and not tok[2] and len(low) >= 3

    def _unknown(self, word: str) -> bool:
        """A capitalised word that no word list knows: likely a name the name lists never saw.
        Hyphenated and possessive forms count by their parts (Adu-Boahen, Mudzingwa's)."""
        parts = [_fold(p) for p in re.split(r"[-'’]", word.removesuffix("'s").removesuffix("’s")) if p]
        return bool(parts) and all(
            p.isalpha() and p not in self.allow and p not in _everyday() and p not in AMBIGUOUS for p in parts
        )

    # -- replacing --------------------------------------------------------------------
    def redact(self, text: str, known: Iterable[str] = (), extra: Iterable[str] = (), keep: Iterable[str] = ()) -> str:
        """The text with every identifier replaced by its placeholder.

        `extra`: more words the practitioner marked; `keep`: spans they un-redacted.
        """
        spans = self.find(text, known=[*known, *extra])
        kept = {k.lower() for k in keep}
        return apply(text, [s for s in spans if text[s.start : s.end].lower() not in kept])


_UNFOLDED = str.maketrans({"ł": "l", "ø": "o", "đ": "d", "ß": "ss", "æ": "ae", "œ": "oe", "ı": "i"})


@lru_cache(maxsize=1 << 16)
def _fold(word: str) -> str:
    """Lower case without accents, so Horváth finds horvath."""
    folded = "".join(c for c in unicodedata.normalize("NFKD", word.lower()) if not unicodedata.combining(c))
    return folded.translate(_UNFOLDED)


def _sentence_starts(text: str, index: int) -> bool:
    """Whether a sentence starts at `index`: only blanks since a full stop, a colon, a line
    break or the start of the text (looking back over the blanks alone, for speed)."""
    start = index
    while start > 0 and text[start - 1].isspace():
        start -= 1
    return bool(SENTENCE_END.search(text, max(0, start - 1), index))


def _word_before(text: str, index: int) -> str:
    m = WORD_BEFORE_GAP.search(text, max(0, index - 40), index)
    return m.group(1).lower() if m else ""


def _word_after(text: str, index: int) -> str:
    m = WORD_AFTER_GAP.match(text, index)
    return m.group(1).lower() if m else ""


@cache
def _given() -> frozenset[str]:
    return frozenset(_fold(word) for f in ("first_names.txt", "world_given_names.txt") for word in _read_list(f))


@cache
def _everyday() -> frozenset[str]:
    """zxcvbn's word lists, surnames included (it filed words like "keen" there): a wide net
    of ordinary words that a lower-case name must not be in."""
    from zxcvbn.frequency_lists import FREQUENCY_LISTS

    keep = ("english_wikipedia", "us_tv_and_film", "passwords", "surnames")
    return frozenset(w for k in keep for w in FREQUENCY_LISTS[k] if w.isalpha()) | _english()


@cache
def _english() -> frozenset[str]:
    """English words from a dictionary (flows/data/english_words.txt, SCOWL): unlike the
    frequency lists above, it has no names in lower case, so it tells "burns" from "Rishi"."""
    return frozenset(_read_list("english_words.txt"))


def _joined(text: str, a: re.Match[str], b: re.Match[str]) -> bool:
    return text[a.end() : b.start()] in (" ", "-")


@cache
def _common() -> frozenset[str]:
    """Everyday English words: the most frequent of zxcvbn's Wikipedia and TV lists (from
    which it removed names); the long tails hold rare names, so they are left out."""
    from zxcvbn.frequency_lists import FREQUENCY_LISTS

    return frozenset(FREQUENCY_LISTS["english_wikipedia"][:15000]) | frozenset(
        FREQUENCY_LISTS["us_tv_and_film"][:10000]
    )


def _resolve(spans: list[Span], text: str) -> list[Span]:
    """Keep the longest span where spans overlap; merge adjacent names into one."""
    spans = sorted(spans, key=lambda s: (s.start, -(s.end - s.start)))
    out: list[Span] = []
    for span in spans:
        if out and span.start < out[-1].end:
            if span.end > out[-1].end and span.kind == out[-1].kind:
                out[-1] = Span(out[-1].start, span.end, span.kind)
            continue
        if out and out[-1].kind == span.kind == Kind.NAME and text[out[-1].end : span.start] in (" ", "-"):
            out[-1] = Span(out[-1].start, span.end, Kind.NAME)
            continue
        out.append(span)
    return out


def apply(text: str, spans: Iterable[Span]) -> str:
    parts, last = [], 0
    for span in sorted(spans):
        parts.append(text[last : span.start])
        parts.append(f"[{span.kind}]")
        last = span.end
    parts.append(text[last:])
    return "".join(parts)


@cache
def default_redactor() -> Redactor:
    return Redactor()
