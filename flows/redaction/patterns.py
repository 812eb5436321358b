"""The grammar of the structured identifiers: how dates, postcodes, NI and NHS numbers,
e-mails, URLs, Slack mentions, UK addresses and school names are written.

These are patterns, not word lists: an identifier of this sort is recognised by its shape
(and, for NHS numbers, by its check digit), so nothing here depends on who the person is.
Phone numbers are left to the phonenumbers library, names to flows/redaction/names.py.
"""

from __future__ import annotations

import re

from flows.redaction.spans import Kind

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
# a tenement flat's floor and door: Glasgow and Dundee "0/1", "2/R" (floor/door); Edinburgh
# "2F", "2F1" (second floor, door 1), "PF1" (the principal floor), "GF", "BF" (ground, basement)
TENEMENT = r"(?:\d{1,2}/(?:\d{1,2}|[LRM])|\d{1,2}F\d{0,2}|[PGB]F\d{0,2})\b"
# a place inside a building or a site: Flat 2B, Room 106, Flat 1/2, Flat 3F2, Basement Flat,
# Top Floor Flat, Pitch 4, Plot 6; and a tenement's floor and door on its own, before the
# number and street: "0/1, 27 ...", "2F, 41 ..."
FLAT_ID = rf"(?:{TENEMENT}|\d{{1,4}}[A-Za-z]?|[A-Z]\b|[0-9A-Z]{{1,3}}/[0-9A-Z]{{1,3}}|\d{{1,2}}[A-Z]\d{{1,2}})"
FLOOR = r"(?:Basement|Lower Ground|Ground|First|Second|Third|Top|Upper|Lower|Garden|Attic)(?:[- ]Floor)?"
POSITION = (
    rf"(?:(?:Flat|Apartment|Apt|Unit|Room|Suite|Studio|Maisonette|Bedsit)\s+(?:No\.?\s?)?{FLAT_ID}"
    rf"|{FLOOR}\s+(?:Flat|Maisonette)"
    rf"|(?:Pitch|Plot|Caravan|Berth|Mooring|Bay|Chalet|Static)\s+\d{{1,4}}[A-Za-z]?"
    rf"|{TENEMENT}(?=,?\s+\d))"
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
# a street without a number whose street word is also an everyday noun ("a Sponsored Walk",
# "the Rise"): only after the preposition that puts a place there ("their flat on Brookside Walk")
STREET_PLACED_NAME = (
    r"(?:(?<=\bon )|(?<=\bin )|(?<=\bat )|(?<=\boff )|(?<=\bnear )|(?<=\bfrom )|(?<=\balong ))"
    rf"{CAP}(?:\s+{CAP})?\s+(?:Walk|Rise|Parade|Wynd|Way|Row|Square)\b"
)
# a street that is an address on its own
STREET_STRONG = (
    rf"(?:{NUM},?\s+(?:{NAMEWORDS}\s+{STREET}|The\s+(?:{CAP}\s+){{0,2}}(?:{STREET}|{BUILDING})|{FIRST_NAMED}"
    rf"|{CAP}(?:\s+{CELTIC_ONLY}{CAP})+|{STREET_COMPOUND})"
    rf"|{STREET_FIRST}(?:\s+{PARTICLE}?{CAP}){{1,3}}"
    rf"|(?:{CAP}\s+){{1,2}}{STREET_ALONE}"
    rf"|{STREET_PLACED_NAME})"
)
# any street, number or not: "Radley Road", "Harbour View"
STREET_ANY = rf"(?:{STREET_STRONG}|{NAMEWORDS}\s+{STREET})"
# an estate or a park after the street: ", Gurnos Estate"
AREA = r"(?:,\s+(?:[A-Z][\w'’-]+\s+){1,2}(?:Estate|Park|Village|Green|Gardens|Court|Heights))?"
# -- addresses typed in lower case ------------------------------------------------------
# "8 peveril crescent", "flat 9 dovecote house, larch avenue", "2f, 41 menzies road": the same
# grammar as above, with its own anchors. A lower-case word is no sign of a name, so the
# lower-case forms hold only where a number, a position ("flat 3") or a typed house and a
# street word pin them down, and the words between are never the little words and units of
# prose ("5 minute walk", "went 3 times to court", "a 2 bed flat in the park").
LOW_STOP = (
    r"(?:the|a|an|on|in|at|of|to|and|or|but|so|as|by|for|from|with|into|onto|his|her|their|my|our|your|its"
    r"|is|was|are|were|be|been|has|had|have|do|did|not|no|very|this|that|these|those|there|here|all|some|any"
    r"|every|each|more|most|few|many|much|other|another|same|own|new|old|last|next|first|second|third|times?"
    r"|mins?|minutes?|hours?|hrs?|days?|weeks?|wks?|months?|years?|yrs?|miles?|metres?|meters?|km|beds?"
    r"|bedrooms?|bedroomed|storey|floors?|steps?|pages?|points?|people|kids|children|nights?|safe|different)"
)
LOW_WORD = rf"(?!{LOW_STOP}\b)[a-z][a-z'’-]*[a-z]"
LOW_NAME = rf"{LOW_WORD}(?:\s+{LOW_WORD}){{0,2}}"
LOW_STREET = (
    r"(?:road|rd|street|st|avenue|ave|grove|close|lane|drive|crescent|cres|gardens|terrace|way|walk|court|place"
    r"|rise|view|mews|square|parade|row|wynd|brae|vale|croft|esplanade|promenade)\b"
)
# street words that are everyday words too ("a food bank", "the village green"): a street only
# where the address line ends, at a comma, a full stop or a postcode
LOW_STREET_WEAK = (
    r"(?:bank|fold|mount|gate|hill|park|green|quay|quayside|meadows?|fields?|wharf|basin|chase|heights|cottages"
    r"|villas|buildings|mansions)(?=\s*(?:[,.;:)!?]|$|[a-z]{1,2}\d))"
)
LOW_STREET_END = rf"(?:{LOW_STREET}|{LOW_STREET_WEAK})(?:\s+(?:north|south|east|west)\b)?"
LOW_BUILDING = (
    r"(?:house|court|lodge|tower|towers|point|heights|mansions|hall|cottage|cottages|farm|farmhouse|buildings|mill"
    r"|grange|manor|bungalow|villa|flats|apartments|hostel|hotel|refuge|foyer|forge|granary|barn|rectory|vicarage"
    r"|caravan park|holiday park|business park|travellers['’]? site|transit site)\b"
)
LOW_POSITION = (
    rf"(?:(?:flat|apartment|apt|unit|room|studio|maisonette|bedsit)\s+(?:no\.?\s?)?(?:{TENEMENT.lower()}"
    r"|\d{1,4}[a-z]?\b|[a-z]\b)"
    r"|(?:pitch|plot|caravan|berth|mooring|chalet)\s+\d{1,4}[a-z]?\b"
    r"|(?:basement|ground|first|second|third|top|attic)(?:[- ]floor)?\s+flat"
    rf"|{TENEMENT.lower()}(?=,?\s+\d))"
)
LOW_NUM = r"\d{1,4}[a-z]?,?"
LOW_HOUSE = rf"(?:the\s+)?{LOW_NAME}\s+{LOW_BUILDING}"
LOW_ROAD = rf"(?:{LOW_NUM}\s+)?{LOW_NAME}\s+{LOW_STREET_END}"
# an estate or a park after the street: ", gurnos estate"
LOW_AREA = rf"(?:,\s+{LOW_NAME}\s+(?:estate|park|village)\b)?"
ADDRESS_LOWER = [
    # [position,] [house,] number and street: "8 peveril crescent", "2f, 41 menzies road",
    # "flat 2, mill cottages, 14 station road", "27 ormesby bank, ts6 ..."
    rf"(?:{LOW_POSITION},?\s+)?(?:{LOW_HOUSE},\s+){{0,2}}{LOW_NUM}\s+{LOW_NAME}\s+{LOW_STREET_END}{LOW_AREA}",
    # a position, then a house or a street: "flat 9 dovecote house, larch avenue", "plot 3, ... site";
    # not a room, which in a school is a classroom ("room 12, main hall")
    rf"(?!room\b){LOW_POSITION},?\s+(?:{LOW_HOUSE}|{LOW_ROAD})(?:,\s+(?:{LOW_HOUSE}|{LOW_ROAD})){{0,2}}{LOW_AREA}",
    # a typed house and its street: "willow cottage, church lane", "3 mill cottages, station road"
    rf"(?:{LOW_NUM}\s+)?{LOW_HOUSE},\s+{LOW_ROAD}{LOW_AREA}",
]
# a numbered line just before a postcode, whatever its street is called: "12 Sandringham, HU3 2AB",
# "7 Maes Glas Uchaf, Tregaron, SY25 6JL" (a town or two may come between)
BEFORE_POSTCODE = re.compile(
    rf"\b(?:{POSITION},?\s+)?(?:{HOUSE},\s+){{0,2}}{NUM},?\s+{NAMEWORDS}(?=(?:,\s+{NAMEWORDS}){{0,2}},?\s+$)"
)
# the town and county between an address and its postcode: ", Balallan, Isle of Lewis, "
TOWNS = re.compile(rf"(?:,?\s+{NAMEWORDS}){{1,3}},?\s+")
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
    *ADDRESS_LOWER,
]
# -- web addresses pasted without "https://" or "www." ----------------------------------
# "pay.example.com/debt", "bit.ly/3xYz", "gofundme.com", "linktr.ee/someone": dot-joined
# labels, the first starting with a letter, and a top-level domain, with a path after it or
# a TLD that is no English word or file type. Not a file name ("report.pdf"), "e.g." or "i.e."
# (one-letter labels before a one-letter end), a time or a decimal ("10.30", "2.5kg": no label
# starts with a letter), nor a version ("v1.2": the end is no TLD).
TLD = (
    r"(?:com|org|net|uk|io|ly|info|biz|app|dev|online|site|xyz|ie|eu|tv|gg|ai|fm|ee|gov|edu|nhs|scot|wales"
    r"|cymru|london|shop|store|live|social|link|page|blog|news|website|space|club|au|nz|ca|za|ng|pk|de|fr|nl|pl|ro)"
)
DOMAIN = r"(?<![\w@./-])[A-Za-z][A-Za-z0-9-]*(?:\.[A-Za-z0-9-]+)*"
URL_PATH = r"/[^\s<>\"]*[^\s<>\".,;:!?)\]]"
FILE_TYPE = r"(?:pdf|docx?|xlsx?|pptx?|odt|rtf|txt|csv|jpe?g|png|gif|heic|mp[34]|mov|wav|zip|html?|py|exe)\b"
BARE_DOMAIN = rf"{DOMAIN}\.(?:{TLD}\b(?![.-]\w)(?:{URL_PATH})?|(?!{FILE_TYPE})[a-z]{{2,6}}{URL_PATH})"

SCHOOL_WORDS = (
    r"(?:Primary School|Primary Academy|Primary|Secondary School|Infant School|Infants|Junior School|Juniors"
    r"|High School|Grammar School|School|Academy|College|Nursery School|Nursery|Pre-School|Preschool|Sixth Form"
    r"|Secondary|Pupil Referral Unit|PRU|Free School|Special School|Children's Centre|Prep|Preparatory School)"
)

# each structured identifier with its kind; where they overlap, the longest find wins (spans.resolve)
PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    (Kind.MENTION, re.compile(r"<[@!#][^>\s]{1,80}>")),
    (Kind.EMAIL, re.compile(r"\b[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}\b")),
    (Kind.MENTION, re.compile(r"(?<![\w@.])@[A-Za-z0-9][A-Za-z0-9._-]{1,40}\b")),
    (Kind.URL, re.compile(r"(?:\bhttps?://|\bwww\.)[^\s<>\"]+[^\s<>\".,;:!?)\]]")),
    (Kind.URL, re.compile(BARE_DOMAIN)),
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
    *((Kind.ADDRESS, re.compile(rf"(?<![Yy]ear )\b(?:{p})\b")) for p in ADDRESS_PATTERNS),
    (
        Kind.SCHOOL,
        re.compile(
            rf"\b(?:(?:St\.?|Saint|Our Lady of|The)\s+)?(?:{CAP}\s+(?:(?:of|and|&)\s+)?){{1,6}}{SCHOOL_WORDS}\b"
            rf"|\b(?:{CAP}\s+){{1,3}}(?:C of E|CofE|RC|Catholic|Church of England|CE)\s+{SCHOOL_WORDS}\b"
            # a Welsh school, its name perhaps with the article: "Ysgol Pen y Garth", "Ysgol Bro'r Llan"
            rf"|\bYsgol(?:\s+(?:Gynradd|Gyfun|Uwchradd|Feithrin))?\s+{CAP}(?:\s+(?:(?:y|yr)\s+)?{CAP}){{0,3}}\b"
        ),
    ),
]

# ten digits that an NHS number may be, kept only when the check digit holds
NHS_CANDIDATE = re.compile(r"\b\d{3}[ -]?\d{3}[ -]?\d{4}\b")


def nhs_number_valid(digits: str) -> bool:
    """The NHS number check digit: mod 11 over weights 10..2."""
    if len(digits) != 10 or not digits.isdigit():
        return False
    total = sum(int(d) * w for d, w in zip(digits[:9], range(10, 1, -1), strict=True))
    check = 11 - total % 11
    check = 0 if check == 11 else check
    return check != 10 and check == int(digits[9])
