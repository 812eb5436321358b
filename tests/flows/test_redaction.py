"""The redaction engine: each kind of identifier, the allow-list, the practitioner's own
marks, and quality on the labelled corpus (tests/data/redaction/)."""

import pytest

from bench.redaction_eval import evaluate
from flows.redaction import Redactor, default_redactor, nhs_number_valid


@pytest.mark.parametrize(("text", "expected"), [
    ("Jayden Smith lives at 14 Elm Grove, CV2 4AB.", "[NAME] lives at [ADDRESS], [POSTCODE]."),
    ("DOB 12/03/2015, seen on 3rd March 2019 and 2024-01-05.", "DOB [DATE], seen on [DATE] and [DATE]."),
    ("Ring 07700 900123 or (024) 7612 3456.", "Ring [PHONE] or [PHONE]."),
    ("Email jo.bloggs@example.org or see https://example.org/case?id=4.", "Email [EMAIL] or see [URL]."),
    ("NHS 943 476 5919 and NI QQ 12 34 56 C.", "NHS [NHS_NUMBER] and NI [NI_NUMBER]."),
    ("Ask <@U024BE7LH> or <!channel> or @jsmith.", "Ask [MENTION] or [MENTION] or [MENTION]."),
    ("She is in Year 9 at St Mary's Primary School.", "She is in Year 9 at [SCHOOL]."),
    ("Mr Okafor spoke to Mum and the DSL after the MASH strategy meeting.",
     "Mr [NAME] spoke to Mum and the DSL after the MASH strategy meeting."),
    ("The Section 47 enquiry started on Monday; CAMHS and the LADO were told.",
     "The Section 47 enquiry started on Monday; CAMHS and the LADO were told."),
    ("She is 7 years old and aged 7.", "She is 7 years old and aged 7."),
])  # fmt: skip
def test_identifiers_become_typed_placeholders(text, expected):
    assert default_redactor().redact(text) == expected


def test_nhs_numbers_need_a_valid_check_digit():
    assert nhs_number_valid("9434765919")
    assert not nhs_number_valid("9434765918")
    assert "[NHS_NUMBER]" not in default_redactor().redact("ref 943 476 5918")


def test_known_names_are_redacted_and_the_allow_list_can_grow():
    text = "Bluebell said Tiggy is at Hollies."
    assert default_redactor().redact(text, known=["Bluebell", "Hollies"]) == "[NAME] said [NAME] is at [NAME]."
    assert Redactor(allow=["Kingfisher"]).redact("Kingfisher Team and Jayden") == "Kingfisher Team and [NAME]"
    assert "Kingfisher" not in Redactor().redact("the Kingfisher Team met Ayodele Kingfisher")


def test_the_practitioner_can_unredact_and_mark_more():
    r = default_redactor()
    assert r.redact("Grace Road clinic and Ms Patel", keep=["Grace Road"]) == "Grace Road clinic and Ms [NAME]"
    assert r.redact("the blue house by the canal", extra=["blue house"]) == "the [NAME] by the canal"


@pytest.fixture(scope="module")
def quality():
    return evaluate(Redactor(), split="all")


def test_structured_identifiers_recall_at_least_99_percent(quality):
    for key in ("without_known", "with_known"):
        assert quality[key]["structured_recall"] >= 0.99, quality[key]["by_type"]


def test_names_recall_at_least_95_percent_with_and_without_known_names(quality):
    assert quality["without_known"]["name_recall"] >= 0.95, quality["missed_examples"]
    assert quality["with_known"]["name_recall"] >= 0.95


def test_at_most_one_false_redaction_per_1000_characters_of_clean_prose(quality):
    assert quality["clean_prose"]["characters"] >= 25_000
    assert quality["clean_prose"]["per_1000_chars"] <= 1.0, quality["clean_prose"]["examples"]


# -- addresses as they are really written: [position,] [house name,] [number] street [, estate] ------------
@pytest.mark.parametrize("address", [
    "1/L, 8 Craigpark Drive",  # Glasgow tenement: floor/door before the number
    "3F1, 9 Bonnington Road",  # Edinburgh: third floor, door 1
    "Flat 2/3, 40 Paisley Road",
    "Flat 4, Medlock Court, 19 Ancoats Street",  # flat, block, street
    "Room 3, Bayview Guest House, 11 North Promenade",  # guest house on the seafront
    "Basement Flat, 6 Royal Crescent",
    "Tŷ Gwyn, Lôn Isaf",  # named house and a Welsh street
    "3 Tai Cochion, Heol y Bont",  # numbered Welsh row, then the street
    "5 Ceann na Pairc",  # Gaelic street with a lower-case particle
    "9 Rathad na h-Eaglais",
    "8 Rhodfa'r Môr",
    "11 Heol y Felin, Penrhys Estate",  # street, then the estate
    "The Old Dairy, Home Farm",  # a farm building within a farm
    "Plot 14, Greenbank Park, Moss Lane",  # a plot on a named site, then the lane
    "Pitch 2, Elmtree Meadows, Chapel Lane",
    "Apartment 3, The Maltings, Station Road",
    "27 Bridge Street West",
    "4 St. Mary's Close",
    "Unit 3b, Trafalgar Works",
])  # fmt: skip
def test_the_forms_of_a_uk_address(address):
    text = f"The family have moved to {address} and the school has been told."
    assert default_redactor().redact(text) == "The family have moved to [ADDRESS] and the school has been told."


def test_addresses_beside_a_postcode_or_typed_in_a_hurry():
    r = default_redactor()
    assert r.redact("Nan is at 14 Kingsway, CV3 6PT.") == "Nan is at [ADDRESS], [POSTCODE]."
    assert r.redact("Nan is at 12 Sandringham, HU3 2AB.") == "Nan is at [ADDRESS], [POSTCODE]."
    assert r.redact("mum moved to 14 ashgrove road last week") == "mum moved to [ADDRESS] last week"


def test_numbers_before_capitalised_words_are_not_addresses():
    r = default_redactor()
    for text in (
        "In Year 6 Oak Park pupils were given a talk.",
        "There were 3 Eastgate incidents this term.",
        "There are 3 Family Hubs and 2 Youth Zones in the borough.",
    ):
        assert "[ADDRESS]" not in r.redact(text), text


# -- names the lists miss, or that are typed oddly ------------------------------------------------------------
@pytest.mark.parametrize(("text", "expected"), [
    ("Can you ring Dayo Okonkwo-Bassey today?", "Can you ring [NAME] today?"),  # unknown hyphenated surname
    ("Please file Tendai Mhuriro's pathway plan.", "Please file [NAME] pathway plan."),  # unknown, possessive
    ("can u check if we know kian fletcher?", "can u check if we know [NAME]?"),  # lower case, in a hurry
    ("spoke to mr brannigan about it", "spoke to mr [NAME] about it"),
    ("Referral for Chester Hartigan (DOB 02/02/2019).", "Referral for [NAME] (DOB [DATE])."),  # a town as a given name
    ("She is taking Femi and Ayokunle to her sister's.", "She is taking [NAME] and [NAME] to her sister's."),
    ("Dad is Hywel ap Dafydd.", "Dad is [NAME]."),  # Welsh patronymic
    ("Worried about Ruairí Ó Dónaill again.", "Worried about [NAME] again."),  # Irish particle apart
    ("PK (15) was found in a car at 2am.", "[NAME] (15) was found in a car at 2am."),  # initials
    ("The Mbeki family have no recourse to public funds.", "The [NAME] family have no recourse to public funds."),
    ("Her grandson Ifor stays most weekends.", "Her grandson [NAME] stays most weekends."),
    ("She has a 6-week-old, Blessing, at home.", "She has a 6-week-old, [NAME], at home."),
    ("Wiesław (Dad) will not engage.", "[NAME] (Dad) will not engage."),
    ("Oskar Lindqvist (7) has a bruise.", "[NAME] (7) has a bruise."),  # a common given name before an unknown surname
])  # fmt: skip
def test_names_the_lists_miss(text, expected):
    assert default_redactor().redact(text) == expected


def test_a_name_found_once_is_redacted_everywhere_in_the_message():
    text = "Ayo Quarrington was seen by the Quarrington Trust."
    assert default_redactor().redact(text) == "[NAME] was seen by the [NAME] Trust."


@pytest.mark.parametrize("text", [
    "Shoplifting and fare dodging are often where criminal exploitation starts.",
    "Banks and building societies can freeze a joint account.",  # an English word that is also a surname
    "Hedges, fences and gates around the garden were checked.",
    "Vaisakhi falls in April and some pupils may be away.",
    "Sukkot and Eid ul-Fitr can both mean authorised absence.",
    "Action for Children and Victim Support both run helplines.",
    "Tigrinya and Oromo interpreters are hard to book at short notice.",
    "Roblox and Discord are where many grooming contacts begin.",
])  # fmt: skip
def test_ordinary_words_and_the_vocabulary_of_the_work_stay(text):
    assert default_redactor().redact(text) == text


# -- names typed in a hurry, in lower case, where a name stands ----------------------------------------------
@pytest.mark.parametrize(("text", "expected"), [
    ("her boyfriend tyrell keeps messaging her", "her boyfriend [NAME] keeps messaging her"),  # after a family word
    ("mum is shantelle and she wants a call", "mum is [NAME] and she wants a call"),  # "mum is ..."
    ("dad is gavin prendergast, he works nights", "dad is [NAME], he works nights"),  # and the surname after it
    ("tallulah (yr 4) came in with a bruise", "[NAME] (yr 4) came in with a bruise"),  # a year group after it
    ("fyi lucjan dob 14.3.2014 is in care now", "fyi [NAME] dob [DATE] is in care now"),  # a bare DOB after it
    ("tegan-mai's mum rang the office", "[NAME] mum rang the office"),  # her family after it
    ("kenzie threw a chair at the TA", "[NAME] threw a chair at the TA"),  # speech or action after it
    ("his step-dad dazza kicked him out", "his step-dad [NAME] kicked him out"),  # a nickname no list holds
    ("her boyfriend dean (17) hit her", "her boyfriend [NAME] (17) hit her"),  # an English word needs both cues
    ("can u chase the kowalski children's school", "can u chase the [NAME] children's school"),
    ("spoke to mrs linda prothero and pc okoro", "spoke to mrs [NAME] and pc [NAME]"),  # lower-case titles
    ("maddox and jordy were at the park", "[NAME] and [NAME] were at the park"),  # a list with a name in it
])  # fmt: skip
def test_lower_case_names_where_a_name_stands(text, expected):
    assert default_redactor().redact(text) == expected


@pytest.mark.parametrize("text", [
    "mum is really struggling and dad isnt answering, can someone ring back asap",
    "the child said mum hit her with a belt, do i ring police or mash first?",
    "her boyfriend works nights and mum defo knows more than she says",
    "hes in yr 9 and refuses to go to school on mondays",
    "the cait wants the chronology by friday",  # an article: no name
    "the child is called by a nickname at home",
])  # fmt: skip
def test_lower_case_prose_stays(text):
    assert default_redactor().redact(text) == text


# -- initials standing for a person ---------------------------------------------------------------------------
@pytest.mark.parametrize(("text", "expected"), [
    ("The girl, referred to as TQ by the school, has disclosed.", "The girl, referred to as [NAME] by the school, has disclosed."),
    ('Please call the child "RW" in this thread.', 'Please call the child "[NAME]" in this thread.'),
    ("child LS has not been brought to three appointments", "child [NAME] has not been brought to three appointments"),
    ("Mum JT says she cannot cope.", "Mum [NAME] says she cannot cope."),
    ("FK's mum wants a new worker.", "[NAME] mum wants a new worker."),
    ("DW (aged 14) was found at the station; DW said he ran.", "[NAME] (aged 14) was found at the station; [NAME] said he ran."),
    ("NBH (Year 10) has missed 20 days.", "[NAME] (Year 10) has missed 20 days."),  # three capitals
])  # fmt: skip
def test_initials_in_a_persons_place(text, expected):
    assert default_redactor().redact(text) == expected


@pytest.mark.parametrize("text", [
    "The LA said they would not fund the placement.",  # an article: an organisation
    "The child PEP review is due and the IRO will chair it.",  # initialisms of the work
    "Mum is TA at the primary and Dad is an HGV driver.",
    "Our SW said the plan would be reviewed.",
    "The YP said he felt safer at his nan's.",
])  # fmt: skip
def test_initialisms_are_not_initials(text):
    assert default_redactor().redact(text) == text


# -- names no list holds, placed by the message ---------------------------------------------------------------
@pytest.mark.parametrize(("text", "expected"), [
    ("Mum is Zuleyka and dad is Kerem.", "Mum is [NAME] and dad is [NAME]."),
    ("The baby's father, named as Tadeusz, has not been seen.", "The baby's father, named as [NAME], has not been seen."),
    ("Sahand and Rezan Dizayee (Iraqi, newly arrived) are in the hotel.", "[NAME] and [NAME] (Iraqi, newly arrived) are in the hotel."),
    ("Can someone ring Fenwyth back today?", "Can someone ring [NAME] back today?"),
    ('He is known as "Tiny" and the older lad, aka Ghost, collects him.',
     'He is known as "[NAME]" and the older lad, aka [NAME], collects him.'),  # nicknames, whatever the word
    ("Sent from Kerry-Ann at the hub.", "Sent from [NAME] at the hub."),  # a double-barrelled given name
    ("The Whittington children are in care.", "The [NAME] children are in care."),  # a hospital's name as a surname
])  # fmt: skip
def test_names_no_list_holds_where_the_message_puts_them(text, expected):
    assert default_redactor().redact(text) == expected


# -- what looks like a name or an address and is not ---------------------------------------------------------
@pytest.mark.parametrize("text", [
    "She was seen at Alder Hey, then moved to Great Ormond Street.",  # hospitals, not an address
    "Nurses at the Royal Victoria Infirmary and St Mary's Hospital can advise.",  # named by their last word
    "He was admitted to great ormond street last night.",  # in any case
    "She has a follow-up at the Whittington next week.",
    "Please alert Cleveland Police and the County Council.",
    "Husband says she is fine. Neighbour says the music goes on all night.",  # a role speaks
    "Hi, quick question about consent. Ok so what is the threshold?",  # greetings
    "I've spoken to the school and we've agreed a plan.",  # contractions
    "He was picked up in a white Audi; police shared a Merlin.",  # a car, and a word after "a"
    "A Polish-speaking worker explained co-sleeping risks.",  # compounds with an English word
    "Diwali is a busy time for Hindu, Sikh and Jain families.",  # one of a list of faiths
    "The family moved from Hargeisa and Dad is Kosovan.",  # places and peoples abroad
    "Her date of birth is 2012, not 2013, and the homeless 16-17 protocol applies.",  # years are no phones
])  # fmt: skip
def test_places_roles_and_words_that_look_like_names_stay(text):
    assert default_redactor().redact(text) == text


def test_the_towns_between_an_address_and_its_postcode_are_not_names():
    text = "They moved to 7 Cnoc an Tobair, Lochmaddy, Isle of Uist, HS6 5AA last week."
    assert default_redactor().redact(text) == "They moved to [ADDRESS], Lochmaddy, Isle of Uist, [POSTCODE] last week."


@pytest.mark.parametrize(("text", "expected"), [
    # web addresses pasted without a scheme: a path, or a top-level domain that is no word
    ("He was sent loans.example.net/quick-cash today.", "He was sent [URL] today."),
    ("Her page is at linktr.ee/someone-new.", "Her page is at [URL]."),
    ("She found it on fundraise.example.co.uk.", "She found it on [URL]."),
    ("See minutes.pdf, e.g. page 2, i.e. at 10.30; 2.5kg/week; version 3.1.", None),
    # addresses typed in lower case, anchored by a number, a position or a typed house
    ("visit is at flat 4 rowan house, kestrel close tonight", "visit is at [ADDRESS] tonight"),
    ("she moved to 12 pelham fold, near town", "she moved to [ADDRESS], near town"),
    ("staying at willow lodge, sandpit lane for now", "staying at [ADDRESS] for now"),
    ("it's a 5 minute walk and 2 hour drive, went 3 times to court", None),
    ("we met in room 12, main hall and used the food bank, then left", None),
    # a tenement flat's floor and door before the number and street
    ("Mum is at 3F1, 22 Thirlestane Road now.", "Mum is at [ADDRESS] now."),
    ("Dad lives at PF2, 9 Gilmore Place.", "Dad lives at [ADDRESS]."),
    ("new address 1/2, 40 Kelvin Street", "new address [ADDRESS]"),
    ("they moved to 2f, 15 bruntsfield crescent", "they moved to [ADDRESS]"),
])  # fmt: skip
def test_bare_urls_lower_case_addresses_and_tenement_flats(text, expected):
    assert default_redactor().redact(text) == (text if expected is None else expected)


@pytest.mark.parametrize(("text", "expected"), [
    # a full name in lower case: a given name or initials, then a surname that is no word
    ("can i tell school that kerrigan threlfall has moved?", "can i tell school that [NAME] has moved?"),
    ("police found jb adeyemi again at the station", "police found [NAME] again at the station"),
    # a nickname given without quotes
    ("A boy his mates call Tank has been missing.", "A boy his mates call [NAME] has been missing."),
    ("A boy everyone calls Tank has been missing.", "A boy everyone calls [NAME] has been missing."),
    # initials in more of a person's places
    ("The pupil, referred to below as KM, disclosed abuse.", "The pupil, referred to below as [NAME], disclosed abuse."),
    ("I spoke to RB this morning; RB was upset.", "I spoke to [NAME] this morning; [NAME] was upset."),
    ("We spoke to IT and PE was cancelled.", None),
    # a given name before a surname no dictionary has, and a person from a service
    ("Please share the notes of Barnaby Quennell with the LA.", "Please share the notes of [NAME] with the LA."),
    ("<@U012AB> Tamsin from the Bodmin office rang.", "[MENTION] [NAME] from the Bodmin office rang."),
])  # fmt: skip
def test_names_in_lower_case_nicknames_and_initials(text, expected):
    assert default_redactor().redact(text) == (text if expected is None else expected)


@pytest.mark.parametrize(("text", "expected"), [
    # a lower-case given name as the subject of a clause after "that", which is no article there
    ("i told the nurse that kenzie said she was scared", "i told the nurse that [NAME] said she was scared"),
    ("i think that will help", None),
    # a lower-case name word with its own people, in dialect and Welsh too
    ("ring gethin's nain tomorrow", "ring [NAME] nain tomorrow"),
    # a lower-case full name after a dialect family word, the given name an English word as well
    ("her maw rob dunnachie is on remand", "her maw [NAME] is on remand"),
    ("his da kicked off again", None),
    # two capitals with a possessive are initials; an organisation's take an article
    ("School need RM's reports by Friday.", "School need [NAME] reports by Friday."),
    ("The LA's duty and the GP's view differ.", None),
    # a street without a number after "on", "at", its street word also an everyday noun
    ("They moved to a flat on Larchfield Walk last week.", "They moved to a flat on [ADDRESS] last week."),
    ("The school held a Sponsored Walk on Friday.", None),
    # a Welsh school with the article in its name
    ("He has started at Ysgol Bryn y Felin.", "He has started at [SCHOOL]."),
    # a town that is also a given name, after a family word
    ("Her daughter Chester is 4.", "Her daughter [NAME] is 4."),
    ("They moved from Chester last year.", None),
    # given names of Welsh, Cornish and West African families the US lists miss
    ("spoke to tesni and her brother about it", "spoke to [NAME] and her brother about it"),
    ("seyi said his mum is not home", "[NAME] said his mum is not home"),
])  # fmt: skip
def test_hurried_names_dialect_family_words_possessive_initials_and_streets(text, expected):
    assert default_redactor().redact(text) == (text if expected is None else expected)
