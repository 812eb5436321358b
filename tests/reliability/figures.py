"""The counts the reliability tests use; README's Reliability section is rendered from
them (tests/reliability/test_readme.py fails when the two disagree)."""

CLICKS_RACED = 20  # identical clicks fired at once, twice: one answer, the final confirm
REPLAYS = 3  # every DM event of a whole dialogue sent this many times, retries with headers
INSTANCES = 2  # `infoshare-bot run` processes sharing one PostgreSQL database
CONCURRENT_CONVERSATIONS = 8  # dialogues run at once across the instances
FUZZ_PAYLOADS = 300  # hypothesis examples posted through the signed endpoint

# A whole dialogue typed into the DM (no buttons): share without consent, referrer at risk.
TYPED_DIALOGUE = [
    ("emergency", "2"),
    ("allegation", "2"),
    ("direction", "1"),
    ("purpose", "1"),
    ("identifiable", "1"),
    ("level", "1"),
    ("child_age", "1"),
    ("child_understands", "2"),
    ("safe_to_tell", "4"),
    ("lawful_basis", "1"),
    ("special_category", "4"),
    ("checklist", "1,2,3,4,5,6,7"),
    ("recipient", "2 Duty social worker"),
    ("what", "Bruising seen twice this term; child says Dad hits."),
    ("method", "3"),
    ("inform_after", "2"),  # of the answers offered: "I will tell them" is not, as telling adds risk (S9)
    ("review_point", "After the strategy meeting"),
    ("child_views", "He says he wants it to stop."),
    ("reasons", "Telling the family would put the neighbour who told us at risk."),
    ("authorised_by", "1"),
    ("case_ref", "CR-2291"),
    ("confirm", "confirm"),
]
EXPECTED = {
    "outcome": "share_without_consent",
    "consent": "unsafe_to_seek",
    "shared_with": "MASH: Duty social worker",
    "method": "Online referral form",
    "case_ref": "CR-2291",
}
