"""The words the name rules weigh: the allow-list of safeguarding vocabulary, the name
lists, the English dictionary and the everyday-word lists (flows/data/, see NAMES.md).

Kept apart from the rules because the same question, "is this word a name, a word, or
both?", is asked by every rule; each list is read once, lazily, and cached.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache, lru_cache
from importlib import resources

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

# Initialisms of the work, of the agencies and of school life: two or three capitals that are
# never a person's initials, though they stand where initials would ("SW said", "child PEP").
ACRONYMS = frozenset(
    """
    AP ADD ADHD ASB ASC ASD AM BSL BTP CAF CAO CCG CEO CIC CID CLA CME CPN CPS CSA CSC CSO CYP DBS DCI DfE DHR
    DLA DOB DPA DSL DT DVA DWP EAL ED EDD EDT EH EHA EHE EHM ESA ESOL EU FAQ FNP FSM GCSE GDPR HB HBV HMO HMP
    HR HV IAA ICB ICO ICT ID IOM IOW IRO IT JSA LA LAC LEA LGA LSA MA MD MIS MLD MP NB NEET NFA NI NRM NRPF OCD
    OK OOH OT PA PE PEP PIP PLO PM PPN PR PRU PS PSHE PTA PTSD QC RE RHI RO RSE SALT SAR SCR SEMH SEN SGO SLD SLT
    SMS SW TA TAC TAF TBC TV UASC UC UK US USA VRI WNB YJS YOS YOT YP
    """.split()
)

# Chat, greetings and text-speak ("Ok so ...", "Hiya, ...", "mum defo knows"), and contractions
# typed without their apostrophe ("mum isnt", "shes"): never a name, though some are in the name
# lists and most in no dictionary.
CHAT_WORDS = frozenset(
    """
    ok oks okay hi hiya hey hello morning afternoon evening thanks thx cheers lol pls plz tbh btw fyi asap imo
    idk omg yeah yep yup nope nah cos coz cuz innit gonna wanna gotta dunno mate babe bro sis
    isnt wasnt didnt doesnt dont couldnt wouldnt shouldnt hasnt havent hadnt arent werent aint im ive youre
    youve theyre theyve shes hes thats whats theres wheres whos hows itll
    yr yrs aka defo prob probs obvs rly srsly ppl soz sry tmrw tmr wkend txt txts msg msgs appt appts convo
    bday hosp fone gud nite pic pics vid vids sch skl nxt abt bcos smth sumthin summat
    """.split()
)

# A person's role or relation: capitalised at a sentence's start ("Neighbour says", "Partner
# is ...") it is the role that speaks, not a name, whatever the surname lists say.
ROLE_NOUNS = frozenset(
    """
    mum mam mom mother dad father parent parents carer carers guardian partner husband wife boyfriend girlfriend
    ex fiance fiancee son daughter brother sister sibling siblings twin twins cousin uncle aunt auntie aunty nan
    gran grandad grandma granny grandmother grandfather stepdad stepmum neighbour neighbours lodger landlord
    landlady friend friends coach tutor mentor teacher nurse doctor midwife childminder nanny babysitter driver
    imam priest vicar pastor rabbi manager caretaker receptionist officer worker keyworker youngest eldest oldest
    baby toddler child children boy girl lad pupil student
    """.split()
)

_UNFOLDED = str.maketrans({"ł": "l", "ø": "o", "đ": "d", "ß": "ss", "æ": "ae", "œ": "oe", "ı": "i"})


@lru_cache(maxsize=1 << 16)
def fold(word: str) -> str:
    """Lower case without accents, so Horváth finds horvath."""
    folded = "".join(c for c in unicodedata.normalize("NFKD", word.lower()) if not unicodedata.combining(c))
    return folded.translate(_UNFOLDED)


def base_word(word: str) -> str:
    """A word as the lists hold it: folded, without its possessive ("Horváth's" is "horvath")."""
    return fold(word.removesuffix("'s").removesuffix("’s"))


def read_list(filename: str) -> list[str]:
    """The entries of one list in flows/data/, without its header comment."""
    text = resources.files("flows.data").joinpath(filename).read_text(encoding="utf-8")
    return [line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")]


# name lists written by this project, every word checked to be no English word
WORLD_NAMES = ("world_given_names.txt", "world_surnames.txt")


@cache
def name_words() -> frozenset[str]:
    """Every given name and surname the lists hold."""
    files = ("first_names.txt", "surnames.txt", "uk_names.txt", *WORLD_NAMES)
    return frozenset(fold(word) for filename in files for word in read_list(filename))


@cache
def given_names() -> frozenset[str]:
    """Given names only: a lower-case word is a name far more often if it is one of these."""
    return frozenset(fold(word) for f in ("first_names.txt", "world_given_names.txt") for word in read_list(f))


@cache
def vetted_names() -> frozenset[str]:
    """Names known to be no English word, though frequent enough in the word lists that
    `common_words` would take them for one (Tariq, Stavros, Rishi)."""
    return frozenset(fold(word) for filename in WORLD_NAMES for word in read_list(filename))


@cache
def place_words() -> frozenset[str]:
    """UK places, countries, nationalities and languages (flows/data/uk_places.txt) and the
    places and peoples abroad that families come from (flows/data/world_places.txt): every
    word of them is kept, since a town or a language identifies nobody."""
    words: set[str] = set()
    for line in [*read_list("uk_places.txt"), *read_list("world_places.txt")]:
        words.update(w.lower() for w in line.split())
    return frozenset(words)


class Phrases:
    """Phrases found whole, in any case ("Red Cross", "great ormond street"), fast: each is
    tried only where its first word stands, instead of one long alternation tried at every
    character, which in any case is ten times slower."""

    WORD = re.compile(r"[^\W\d_]+")

    def __init__(self, phrases: list[str]) -> None:
        self.by_first: dict[str, list[re.Pattern[str]]] = {}
        for phrase in sorted(phrases, key=len, reverse=True):
            words = [re.escape(w).replace("'", "['’]") for w in phrase.split()]
            first = phrase.split()[0]
            # "St David's Day" is also written "Saint David's Day" and "St. David's Day"
            if first == "St":
                words[0], firsts = r"(?:St\.?|Saint)", ["st", "saint"]
            else:
                firsts = [(self.WORD.findall(first) or [first])[0].lower()]
            pattern = re.compile(r"\s+".join(words) + r"(?!\w)", re.IGNORECASE)
            for key in firsts:
                self.by_first.setdefault(key, []).append(pattern)

    def spans(self, text: str) -> list[tuple[int, int]]:
        found = []
        for word in self.WORD.finditer(text):
            for pattern in self.by_first.get(word.group().lower(), ()):
                m = pattern.match(text, word.start())
                if m:
                    found.append(m.span())
                    break
        return found


@cache
def vocabulary() -> tuple[frozenset[str], Phrases]:
    """The vocabulary of the work (flows/data/vocabulary.txt: faiths, festivals, languages,
    services, apps) and the NHS places practitioners name (flows/data/nhs_places.txt). Its
    single words are kept anywhere; its phrases only whole ("Red Cross", "Alder Hey")."""
    entries = [*read_list("vocabulary.txt"), *read_list("nhs_places.txt")]
    words = frozenset(fold(e) for e in entries if " " not in e)
    return words, Phrases([e for e in entries if " " in e])


@cache
def everyday_words() -> frozenset[str]:
    """zxcvbn's word lists, surnames included (it filed words like "keen" there): a wide net
    of ordinary words that a lower-case name must not be in."""
    from zxcvbn.frequency_lists import FREQUENCY_LISTS

    keep = ("english_wikipedia", "us_tv_and_film", "passwords", "surnames")
    return frozenset(w for k in keep for w in FREQUENCY_LISTS[k] if w.isalpha()) | english_words()


@cache
def english_words() -> frozenset[str]:
    """English words from a dictionary (flows/data/english_words.txt, SCOWL): unlike the
    frequency lists above, it has no names in lower case, so it tells "burns" from "Rishi"."""
    return frozenset(read_list("english_words.txt"))


@cache
def common_words() -> frozenset[str]:
    """Everyday English words: the most frequent of zxcvbn's Wikipedia and TV lists (from
    which it removed names); the long tails hold rare names, so they are left out."""
    from zxcvbn.frequency_lists import FREQUENCY_LISTS

    return frozenset(FREQUENCY_LISTS["english_wikipedia"][:15000]) | frozenset(
        FREQUENCY_LISTS["us_tv_and_film"][:10000]
    )
