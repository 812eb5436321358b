"""Where a name stands: the words and shapes around a word that make it a person's name.

The name lists say which words can be names; these patterns say where a name would stand
in a practitioner's message (after a family word, before an age, after "Mum is", in a list
of names), and where something else would (a town after "in", a service after "the").
Kept apart from the rules (flows/redaction/names.py, lowercase.py,
initials.py) so that the vocabulary of context can be read, and grown, in one place.
"""

from __future__ import annotations

import re

from flows.redaction.patterns import CAP

# the titles before a name: "Mr Okafor", "PC Lowe", "Sister Agnes"
TITLES = r"(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|PC|DC|DS|DI|DCI|Sgt|Sergeant|Constable|Officer|Nurse|Cllr|Rev|Father|Sister)"

TOKEN = re.compile(r"[^\W\d_](?:[^\W\d_]|['’-](?=[^\W\d_]))*")
TITLE_NAME = re.compile(rf"\b{TITLES}\.? ((?:[A-Z][A-Za-z'’-]+)(?: [A-Z][A-Za-z'’-]+)?)")
IRISH = re.compile(r"^(?:O['’]|D['’]|Mc|Mac)[A-Z][a-z]+")
# an Irish or Scottish surname written with its particle apart, and the given name before it:
# "Ciarán Ó Súilleabháin", "Aoife Ní Bhriain", "Màiri Nic an t-Saoir"
GAELIC_NAME = re.compile(rf"\b(?:{CAP}\s+)?(?:Ó|Ní|Nic|Mhic|Uí|Ua)\s+(?:an\s+t-)?{CAP}")
# the capitalised word just before a name
WORD_BEFORE = re.compile(rf"({CAP}) $")
# and the capitalised word just after one
WORD_AFTER_NAME = re.compile(rf" ({CAP})(?![\w'’-])")
# a title typed in lower case in a hurry, and the name after it: "spoke to mr jones", "pc okoro
# is on his way", "mr peter lowe"
TITLE_LOWER = re.compile(r"\b(mr|mrs|ms|mx|dr|pc|dc|sgt|cllr)\.? ([a-z][a-z'’-]+)(?: ([a-z][a-z'’-]+))?")
# verbs and prepositions that put a person after them: "spoke to Xhesika", "the plan for Nurlan";
# cue enough for a word that no list knows (a town takes "in", "at" or "from" instead)
PERSON_BEFORE = frozenset(
    "to about for with asked told saw seen met visited phoned rang called contacted collected collecting "
    "supporting support helping dear hi thanks cc "
    # and the asks of a message: "can someone ring Fenella back", "please remind Oyelaran"
    "ring call phone text email message tell ask see meet visit contact remind chase update reassure "
    "interview safeguard protect".split()
)
# and words that put a place after them: "the community in Handsworth has ..."
PLACE_BEFORE = frozenset("in at from near around across outside into towards within".split())
# family words of Scots, Northern and Welsh speech ("da", "maw", "nain", "bampi", "mamgu"):
# before a name, and after one's possessive ("kai's nain")
DIALECT_KIN = (
    "da ma maw paw pa nana nanna nanny grampa grampy gramps granda grandda bampi bampa mamgu tadcu nain taid "
    "mammy mammi daddy mam"
).split()
CUES = frozenset(
    "sister brother son daughter mum dad mother father child baby friend partner boyfriend girlfriend husband wife "
    "called named cousin uncle aunt nan grandad stepdad stepmum sibling twin pupil student carer "
    # more family and household words that come before a name: "her grandson Ianto", "the youngest, Margita"
    "grandson granddaughter grandchild niece nephew stepson stepdaughter stepbrother stepsister youngest eldest "
    "oldest toddler newborn infant grandmother grandfather grandma grandpa granny gran auntie aunty fiance fiancé "
    "fiancee fiancée ex lodger flatmate housemate neighbour boy girl lad sisters brothers sons daughters cousins "
    "twins siblings grandchildren children kids tenant "
    # the family words of dialect and of Welsh, typed before a name: "his da tam", "her nain Eirlys",
    # "the bampi", "their maw"
    f"{' '.join(DIALECT_KIN)} "
    # the professionals around a child, named after their role: "social worker chloe", "the SW, Ama"
    "worker teacher nurse visitor host coach tutor landlord landlady keyworker mentor childminder sw hv dsl "
    "senco pcso".split()
)
# the word just before a name that a family word or "Mum is ..." puts there: a cheap first
# test, before NAMED_BEFORE reads the phrase
NAMING_WORDS = CUES | frozenset("is was as by name's".split())
# "the Okafor family", "the Sheikh children": a surname between "the" and a household word
HOUSEHOLD = frozenset("family families household children siblings twins boys girls brothers sisters kids".split())
# "her 3-month-old, Praise", "the 15-year-old Tyler": an age before a name
AGE_BEFORE = re.compile(r"\d+[- ](?:year|month|week|day)s?[- ]old,?\s*$")
# "Precious and her baby": a person doing things with their family
WITH_FAMILY = re.compile(r"\s+and\s+(?:her|his|their)\b")
NAME_VERBS = frozenset(
    "said says told tells is was has had lives lived attends attended disclosed reported went came "
    "stays stayed left asked wants wanted became is's".split()
)
# and more that follow a person, enough only after a given name typed in lower case, which is
# no English word already: "kenzie threw", "maddox and jordy were"
LOWER_NAME_VERBS = NAME_VERBS | frozenset(
    "were are keeps kept hit hits punched kicked threw throws ran runs got gets goes does did will would can "
    "could cant wont isnt wasnt doesnt didnt needs needed seems seemed says's turned refuses refused".split()
)
# "Ruby, DOB ...", "Summer (Year 4)", "Kai (7)": what follows a name in a case note
# and "Stanisław (Dad)", "Chipo Ncube (SW)": a role in brackets
ROLES = (
    r"(?i:mum|mother|dad|father|step-?dad|step-?mum|nan|gran|grandad|grandma|grandmother|grandfather|carer"
    r"|foster carer|aunt|auntie|uncle|brother|sister|son|daughter|cousin|partner|boyfriend|girlfriend|husband"
    r"|wife|ex|baby|child|SW|social worker|HV|health visitor|teacher|DSL|initials)\b"
)
# a year group as England, Wales and Scotland write it: "Year 4", "yr 8", "Y5", "Bl 2" (Welsh
# blwyddyn), "P5" and "S3" (Scottish primary and secondary), "Reception"
YEAR_GROUP = r"(?:(?i:year|yr|yrs|y(?=\s?\d)|bl(?=\s?\d)|reception|nursery)|[PSps][1-7]\b)"
# and a person's NHS or NI number in brackets: "Barnaby Wren (NHS 943 476 5919)"
DETAIL_AFTER = re.compile(
    rf"(?:['’]s)?\s*(?:\(\s*(?:\d|{YEAR_GROUP}|(?i:aged?\b|dob\b|d\.o\.b|born\b|nhs\b|ni\b)|{ROLES})"
    r"|,\s*(?:DOB|dob|aged|age|\d))"
)
# the same details typed in a hurry, with no bracket: "jakub dob 03/05/2013", "maddox yr 2",
# "tayla year 10"; enough after a word the lists know as a name, typed in lower case
DETAIL_BARE = re.compile(
    r"(?:['’]s)?,?\s+(?i:(?:dob|d\.o\.b\.?|born)\b|(?:in\s+)?(?:year|yr|y)\s?\d{1,2}\b|aged?\s+\d)"
)
# a name's own people and things after it: "kai's mum", "JT's dad", "Amara's foster carer",
# and, typed in a hurry without the apostrophe, "maddox mum rang", "kai mums boyfriend"
KIN = (
    r"mum|mam|mom|mother|dad|father|step-?dad|step-?mum|nan|nana|gran|grandad|grandma|nain|taid|brother|sister"
    r"|sibling|aunt|auntie|aunty|uncle|cousin|carer|foster|partner|boyfriend|girlfriend"
)
KIN_AFTER = re.compile(
    rf"['’]s\s+(?i:{KIN}|{'|'.join(DIALECT_KIN)}|siblings|family|school|teacher|house|home|room|bedroom|phone)\b"
    rf"|\s+(?i:{KIN})s?\b"
)
# the words that name someone, just before the name: "known as ...", "referred to (here) as ...",
# "refer to the child as ...", "her name is ...", "goes by ...", "she's called ...", and
# (before quotes) 'call the child "..."'; what initials stand after
CALLED_AS = (
    r"\bname(?:['’]s|\s+(?:is|was))|\b(?:known|referred\s+to(?:\s+\w+){0,3}|refer\s+to(?:\s+\w+){1,3}|recorded"
    r"|anonymised)\s+as"
    r"|\bgoes\s+by|\b(?:is|was|she['’]s|he['’]s|being)\s+called|\bnamed"
)
NAMED_AS = re.compile(rf"(?i:{CALLED_AS})\s+[\"'“‘]?$|(?i:\bcall(?:ing|ed)?(?:\s+\w+){{1,3}})\s+[\"“‘]$")
# a nickname after the words that name someone, in quotes or after "aka": 'known as "Tiny"',
# 'his street name is "Smokey"', "aka Ghost"; a name whatever word it is
NICKNAME = re.compile(
    rf"(?i:{CALLED_AS})\s+[\"“‘']({CAP}(?:\s+{CAP})?)[\"”’']|(?i:\baka|\ba\.k\.a\.)\s+[\"“‘']?({CAP})"
)
# a nickname without quotes, after the words that give one: "a lad everyone calls Smudge",
# "they call him Tank", "nicknamed Bear", "goes by Kez"; a capitalised word mid-sentence
# there is a name, whatever word it is
NICKNAME_BARE = re.compile(
    rf"\b(?:(?:everyone|everybody|people|they|friends|mates|kids|family)\s+calls?"
    rf"|call(?:s|ed|ing)?\s+(?:him|her|them|himself|herself|themselves)|nicknamed|goes\s+by)\s+({CAP}(?:\s+{CAP})?)(?![\w'’-])"
)
# a person from a service: "Morwenna from the Truro office rang", "Ottilie from CAMHS"; cue
# enough for a capitalised word no list knows
FROM_SERVICE = re.compile(r"\s+from\s+(?:the\s+\w|[A-Z])")
# and the same, or a relation and "is" ("Mum is ...", "dad's name was ..."): what a given name
# or a word no list knows stands after
NAMED_BEFORE = re.compile(
    r"(?i:\b(?:mum|mam|mom|mother|dad|father|step-?dad|step-?mum|stepfather|stepmother|carer|partner"
    r"|boyfriend|girlfriend|husband|wife|brother|sister|son|daughter|baby|nan|nana|gran|grandad|grandma"
    rf"|grandmother|grandfather|aunt|auntie|aunty|uncle|cousin)(?:['’]s)?\s+(?:is|was)|{CALLED_AS})"
    r"\s+[\"'“‘]?$"
)
# words said of a person, just after them: enough for initials ("ZR said", "AJ, disclosed"), since an
# organisation's initials take an article first ("the LA said")
SPEECH_AFTER = re.compile(r",?\s+(?:said|says|told|tells|disclosed|reported|stated|alleged)\b")
# two or three capitals that may be a person's initials ("KW (17)", "referred to as ZB"), not
# part of a code, a postcode or a reference ("B12/AB", "KT-4", "A&E")
INITIALS = re.compile(r"(?<![\w'’&/.-])[A-Z]{2,3}(?![\w&/-]|\.\w)")
# what a person's initials take after them: an age, a year group, a DOB, "(initials only)"
INITIALS_DETAIL = re.compile(
    rf"\s*\(\s*(?:\d{{1,2}}\b|{YEAR_GROUP}|(?i:aged?\b|dob\b|initials))|,\s*(?:DOB|dob|aged?\b|\d{{1,2}}\b)"
)
# an organisation's initials take an article or a possessive before them ("the LA's", "our
# MASH"); a person's never do
ARTICLE = frozenset("the a an our your their this that these those any each every no of".split())
# a hospital, a health service or a public body named with its last word: "the Royal Victoria
# Infirmary", "Musgrove Park Hospital", "St Luke's Hospice", "Cleveland Police"; a place of care
# or an agency, however like a person or a street its name looks ("Queen Elizabeth", "Park")
INSTITUTION = re.compile(
    rf"(?:(?:St\.?|Saint)\s+)?(?:{CAP}\s+(?:(?:and|of|for|on|upon)\s+(?:the\s+)?)?){{1,5}}"
    r"(?:Hospital|Infirmary|Hospice|Medical Centre|Health Centre|Medical Practice|Surgery|Clinic|Maternity Unit"
    r"|Birth Centre|Walk-in Centre|Urgent Treatment Centre|Police|Constabulary|Council|Health Board)\b"
)
# an English contraction ("I've", "We'd", "didn't"): never a name
CONTRACTION = re.compile(r"(?i:['’](?:ve|re|ll|d|m)|n['’]t)$")
# a surname joined by a particle: "Gethin ap Rhys", "Maria de Souza", "Ahmed al-Masri", "Ruud van der Berg"
NAME_LINK = re.compile(
    rf" (?:ap|ab|ferch|verch|bin|bint|binti|ibn|van der|van den|van|von|de la|de|da|dos|das|di|del|della|du|al|el)"
    rf"[ -]{CAP}"
)
# what separates the names in a list: "Kai, Mia and Zak", "Kai & Mia"
LIST_GAP = re.compile(r",? (?:and|&) |, ")
# the word listed just before or just after another: "Sikh and Jain", "Jain, Sikh"
LIST_BEFORE = re.compile(rf"({CAP})(?:,\s+|,?\s+(?:and|or|&)\s+)$")
LIST_AFTER = re.compile(rf"(?:,\s+|,?\s+(?:and|or|&)\s+)({CAP})")
# a number closing a bracket after a label: "(Bl 2)", "(Rm 4)"
LABEL_NUMBER = re.compile(r"\s?\d{1,3}\)")
SENTENCE_END = re.compile(r"[.!?:;\n]\s*$|^\s*$")
# the word before a place in the text (not across a sentence end), and the word after it
WORD_BEFORE_GAP = re.compile(r"([A-Za-z]+)[^\w.!?]{0,2}$")
WORD_AFTER_GAP = re.compile(r"\W{0,2}([A-Za-z]+)")


def sentence_starts(text: str, index: int) -> bool:
    """Whether a sentence starts at `index`: only blanks since a full stop, a colon, a line
    break or the start of the text (looking back over the blanks alone, for speed)."""
    start = index
    while start > 0 and text[start - 1].isspace():
        start -= 1
    return bool(SENTENCE_END.search(text, max(0, start - 1), index))


def word_before(text: str, index: int) -> str:
    m = WORD_BEFORE_GAP.search(text, max(0, index - 40), index)
    return m.group(1).lower() if m else ""


def word_after(text: str, index: int) -> str:
    m = WORD_AFTER_GAP.match(text, index)
    return m.group(1).lower() if m else ""


def joined(text: str, a: re.Match[str], b: re.Match[str]) -> bool:
    return text[a.end() : b.start()] in (" ", "-")
