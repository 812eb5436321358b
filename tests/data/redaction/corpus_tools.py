"""Shared machinery for the redaction corpus builders in this folder.

``build_corpus.py`` and ``build_holdout2.py`` .. ``build_holdout9.py`` hold only
their own messages and clean prose plus a ``Spec``; everything else lives here:
the marker parser, the NHS number generator, the validators, the freshness
check against earlier sets, the size targets, the summary and the
validate-then-write ``main``.

Source format: one message per line inside a raw string; blank lines and lines
starting with "#" are ignored, and lines with no markers are deliberate
identifier-free messages. Inline markers ``[[TYPE:surface text]]`` are
stripped and exact Python string offsets computed (``start`` inclusive,
``end`` exclusive). NHS markers ``[[NHS:auto]]`` ("943 476 5919"),
``[[NHS:auto-plain]]`` ("9434765919") and ``[[NHS:auto-dash]]``
("943-476-5919") generate numbers that pass mod-11.

The checks grow with ``Spec.level``; each set keeps every check of the sets
before it:

1. ``build_corpus.py``: unique ids, stripped non-overlapping spans, mod-11 NHS
   numbers, NI numbers, postcode, phone and e-mail shapes, no title or role as
   a NAME, known entries present in the text, no unlabelled identifier-like
   text; clean prose free of identifier-like text, with 2-4 sentences.
2. holdout2: Ofcom drama phone numbers, reserved example domains for e-mail
   and URLs, no possessive in a NAME, no "DOB"/"born" in a DATE, every record
   in the set's split. Freshness: no message, NAME word, ADDRESS or SCHOOL
   from an earlier corpus and no sentence from earlier clean prose.
3. holdout3: no weekday in a DATE, unique prose ids. Freshness also refuses
   earlier corpus sentences and structured values.
4. holdout4: no "EDD"/"due" in a DATE, no relationship word in a NAME.
   Freshness also refuses earlier streets and school names, and a person,
   street, school or sentence repeated within the set.
5. holdout5: ids in order. Every earlier set must be present, postcodes must
   be new and no structured value may repeat within the set.
6. holdout6: the checks of holdout5 (every level from 5 up keeps them), with
   larger minimum counts set in its own builder.
7. holdout7: the checks of holdout6, checked against all six earlier sets
   (holdout6 included), with minimum counts at least those of holdout6.
8. holdout8: the checks of holdout7, checked against all seven earlier sets
   (holdout7 included), with minimum counts at least those of holdout7.
9. holdout9: the checks of holdout8, checked against all eight earlier sets
   (holdout8 included), with minimum counts at least those of holdout8.

Standard library only, deterministic.
"""

from __future__ import annotations

import json
import random
import re
import sys
import zlib
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, replace
from pathlib import Path

HERE = Path(__file__).resolve().parent

Record = dict[str, object]

TYPES = (
    "NAME",
    "DATE",
    "ADDRESS",
    "POSTCODE",
    "PHONE",
    "EMAIL",
    "NHS",
    "NI",
    "URL",
    "MENTION",
    "SCHOOL",
)
STRUCTURED = ("DATE", "ADDRESS", "POSTCODE", "PHONE", "EMAIL", "NHS", "NI", "URL", "MENTION")

MARKER = re.compile(r"\[\[([A-Z]+):(.*?)\]\]")
NHS_STYLES = ("auto", "auto-plain", "auto-dash")


# ---------------------------------------------------------------------------
# NHS numbers
# ---------------------------------------------------------------------------
def nhs_check_digit(first9: str) -> int | None:
    """Return the mod-11 check digit for nine digits, or None if invalid (10)."""
    total = sum(int(d) * (10 - i) for i, d in enumerate(first9))
    check = 11 - (total % 11)
    if check == 11:
        return 0
    if check == 10:
        return None
    return check


def nhs_valid(number: str) -> bool:
    digits = re.sub(r"[\s-]", "", number)
    if not re.fullmatch(r"\d{10}", digits):
        return False
    return nhs_check_digit(digits[:9]) == int(digits[9])


def nhs_numbers(seed: int) -> Iterator[str]:
    rng = random.Random(seed)
    seen: set[str] = set()
    while True:
        first9 = str(rng.randint(4, 7)) + "".join(str(rng.randint(0, 9)) for _ in range(8))
        check = nhs_check_digit(first9)
        if check is None:
            continue
        number = first9 + str(check)
        if number in seen:
            continue
        seen.add(number)
        yield number


def format_nhs(digits: str, style: str) -> str:
    if style == "auto-plain":
        return digits
    sep = "-" if style == "auto-dash" else " "
    return f"{digits[:3]}{sep}{digits[3:6]}{sep}{digits[6:]}"


# ---------------------------------------------------------------------------
# Other validators (sanity checks only)
# ---------------------------------------------------------------------------
NI_RE = re.compile(r"^[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]$")
NI_BAD_PREFIX = {"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"}
POSTCODE_RE = re.compile(r"^[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}$", re.I)
EMAIL_RE = re.compile(r"[\w.+-]+@[\w-]+(\.[\w-]+)+")
RESERVED_DOMAIN = re.compile(r"(^|\.)example\.(org|com|net)$")
# Ofcom drama ranges (national-format digits).
DRAMA_PHONE = re.compile(
    r"^(07700900\d{3}|01134960\d{3}|01144960\d{3}|01154960\d{3}|01164960\d{3}|01174960\d{3}"
    r"|01184960\d{3}|01214960\d{3}|01314960\d{3}|01414960\d{3}|01514960\d{3}|01614960\d{3}"
    r"|01914980\d{3}|02079460\d{3}|02896496\d{3}|02920180\d{3}|01632960\d{3})$"
)
TITLE_OR_ROLE = {"mr", "mrs", "ms", "dr", "mum", "dad", "nan"}
DATE_PREFIX = re.compile(r"(?i)(dob|born)\b")
DATE_WEEKDAY = re.compile(r"(?i)(mon|tues|wednes|thurs|fri|satur|sun)day\b")
DATE_DUE_PREFIX = re.compile(r"(?i)(edd|due)\b")
NAME_RELATIONSHIP = re.compile(r"(?i)(auntie|aunty|uncle|nan|nain|taid|grandad|grandma)\b")
# Identifier-shaped text that must sit inside a gold span of a message.
UNLABELLED = (EMAIL_RE, re.compile(r"\d{5,}"), re.compile(r"https?://|www\."), re.compile(r"@\w"))
# Identifier-shaped text that clean prose must not contain at all.
PROSE_BAIT = (
    EMAIL_RE,
    re.compile(r"\d{3,}|\d[/.:-]\d"),
    re.compile(r"https?://|www\."),
    re.compile(r"@"),
    re.compile(r"\b[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}\b"),
    re.compile(r"\b(Mr|Mrs|Ms|Dr|Miss)\b"),
)
SENTENCE_BREAK = re.compile(r"(?<=[.?!])\s+")


def ni_valid(value: str) -> bool:
    compact = value.replace(" ", "").upper()
    return bool(NI_RE.match(compact)) and compact[:2] not in NI_BAD_PREFIX


def phone_digits(value: str) -> str:
    digits = re.sub(r"\D", "", value.replace("(0)", ""))
    if digits.startswith("44"):
        digits = "0" + digits[2:]
    return digits


def phone_valid(value: str) -> bool:
    digits = phone_digits(value)
    return len(digits) == 11 and digits.startswith("0")


# ---------------------------------------------------------------------------
# What a builder declares
# ---------------------------------------------------------------------------
@dataclass(frozen=True)
class Targets:
    """Size targets. A ``(low, high)`` range with ``high`` None has no ceiling."""

    lines: tuple[int, int | None]
    names: int
    structured: int
    per_structured: int
    prose_lines: tuple[int, int | None]
    prose_chars: int
    school: int = 0
    address: int = 0
    empty: tuple[int, int | None] = (0, None)
    known: tuple[int, int | None] = (0, None)


HOLDOUT_TARGETS = Targets(
    lines=(100, 100),
    names=90,
    structured=90,
    per_structured=6,
    prose_lines=(50, 50),
    prose_chars=9000,
    school=8,
    empty=(6, 10),
    known=(35, 65),
)


@dataclass(frozen=True)
class Spec:
    """One labelled set: where it goes, how ids and splits are made, what it is checked against."""

    suffix: str  # "" for corpus.jsonl / clean_prose.jsonl, "_holdout2" for corpus_holdout2.jsonl, ...
    level: int  # which checks apply, see the module docstring
    corpus_prefix: str
    prose_prefix: str
    nhs_seed: int
    known_parity: int  # records whose id has this crc32 parity list their NAME surfaces as known
    targets: Targets
    split: str | None = None  # None: every 4th record is "holdout", the rest "tune"
    earlier: tuple[str, ...] = ()  # suffixes of the sets this one must not reuse

    @property
    def corpus_path(self) -> Path:
        return HERE / f"corpus{self.suffix}.jsonl"

    @property
    def prose_path(self) -> Path:
        return HERE / f"clean_prose{self.suffix}.jsonl"

    @property
    def old_corpus_paths(self) -> tuple[Path, ...]:
        return tuple(HERE / f"corpus{s}.jsonl" for s in self.earlier)

    @property
    def old_prose_paths(self) -> tuple[Path, ...]:
        return tuple(HERE / f"clean_prose{s}.jsonl" for s in self.earlier)

    def split_of(self, index: int) -> str:
        return self.split if self.split is not None else split_for(index)


def holdout_spec(
    number: int, corpus_prefix: str, prose_prefix: str, nhs_seed: int, known_parity: int, **targets: int
) -> Spec:
    """The spec of holdout set ``number``: checked at that level against every earlier set,
    with ``HOLDOUT_TARGETS`` raised by any ``Targets`` field given as a keyword."""
    return Spec(
        suffix=f"_holdout{number}",
        level=number,
        corpus_prefix=corpus_prefix,
        prose_prefix=prose_prefix,
        nhs_seed=nhs_seed,
        known_parity=known_parity,
        targets=replace(HOLDOUT_TARGETS, **targets),
        split=f"holdout{number}",
        earlier=("",) + tuple(f"_holdout{k}" for k in range(2, number)),
    )


# ---------------------------------------------------------------------------
# Build
# ---------------------------------------------------------------------------
def source_lines(block: str) -> list[str]:
    return [ln.strip() for ln in block.splitlines() if ln.strip() and not ln.lstrip().startswith("#")]


def parse(line: str, nhs_iter: Iterator[str]) -> tuple[str, list[Record]]:
    parts: list[str] = []
    spans: list[Record] = []
    length = 0
    pos = 0
    for m in MARKER.finditer(line):
        literal = line[pos : m.start()]
        parts.append(literal)
        length += len(literal)
        typ, value = m.group(1), m.group(2)
        if typ not in TYPES:
            raise ValueError(f"unknown span type {typ!r} in: {line}")
        if typ == "NHS" and value in NHS_STYLES:
            value = format_nhs(next(nhs_iter), value)
        spans.append({"start": length, "end": length + len(value), "type": typ})
        parts.append(value)
        length += len(value)
        pos = m.end()
    parts.append(line[pos:])
    text = "".join(parts)
    if "[[" in text or "]]" in text:
        raise ValueError(f"unparsed marker in: {line}")
    return text, spans


def split_for(index: int) -> str:
    """Every 4th record (4th, 8th, ...) is holdout."""
    return "holdout" if index % 4 == 3 else "tune"


def wants_known(record_id: str, parity: int) -> bool:
    """Deterministic ~50% choice (crc32 parity), independent of the holdout pattern."""
    return zlib.crc32(record_id.encode("utf-8")) % 2 == parity


def build(spec: Spec, corpus_src: str, prose_src: str) -> tuple[list[Record], list[Record]]:
    nhs_iter = nhs_numbers(spec.nhs_seed)
    corpus: list[Record] = []
    for i, line in enumerate(source_lines(corpus_src)):
        rid = f"{spec.corpus_prefix}{i + 1:03d}"
        text, spans = parse(line, nhs_iter)
        known: list[str] = []
        if wants_known(rid, spec.known_parity):
            for s in spans:
                if s["type"] == "NAME":
                    surface = text[s["start"] : s["end"]]  # type: ignore[misc]
                    if surface not in known:
                        known.append(surface)
        corpus.append({"id": rid, "text": text, "spans": spans, "known": known, "split": spec.split_of(i)})
    prose: list[Record] = [
        {"id": f"{spec.prose_prefix}{i + 1:03d}", "text": line, "split": spec.split_of(i)}
        for i, line in enumerate(source_lines(prose_src))
    ]
    return corpus, prose


# ---------------------------------------------------------------------------
# Validation
# ---------------------------------------------------------------------------
def span_errors(rid: str, typ: str, frag: str, level: int) -> list[str]:
    """Checks on one gold span's surface text."""
    errors: list[str] = []
    if typ == "NHS" and not nhs_valid(frag):
        errors.append(f"{rid}: NHS number fails mod-11: {frag}")
    if typ == "NI" and not ni_valid(frag):
        errors.append(f"{rid}: invalid NI number: {frag}")
    if typ == "POSTCODE" and not POSTCODE_RE.match(frag):
        errors.append(f"{rid}: odd postcode: {frag}")
    if typ == "PHONE" and not phone_valid(frag):
        errors.append(f"{rid}: odd phone: {frag}")
    if typ == "EMAIL" and not EMAIL_RE.fullmatch(frag):
        errors.append(f"{rid}: odd email: {frag}")
    if typ == "NAME" and frag.rstrip(".").lower() in TITLE_OR_ROLE:
        errors.append(f"{rid}: NAME span is a title/role: {frag}")
    if level >= 2:
        if typ == "PHONE" and not DRAMA_PHONE.match(phone_digits(frag)):
            errors.append(f"{rid}: phone not in an Ofcom drama range: {frag}")
        if typ == "EMAIL" and not RESERVED_DOMAIN.search(frag.split("@")[1]):
            errors.append(f"{rid}: email not on a reserved example domain: {frag}")
        if typ == "URL" and "example." not in frag:
            errors.append(f"{rid}: URL not on a reserved example domain: {frag}")
        if typ == "NAME" and (frag.endswith("'s") or frag.endswith("’s")):
            errors.append(f"{rid}: NAME span includes possessive: {frag}")
        if typ == "DATE" and DATE_PREFIX.match(frag):
            errors.append(f"{rid}: DATE span includes prefix: {frag}")
    if level >= 3 and typ == "DATE" and DATE_WEEKDAY.match(frag):
        errors.append(f"{rid}: DATE span includes a weekday: {frag}")
    if level >= 4:
        if typ == "DATE" and DATE_DUE_PREFIX.match(frag):
            errors.append(f"{rid}: DATE span includes prefix: {frag}")
        if typ == "NAME" and NAME_RELATIONSHIP.match(frag):
            errors.append(f"{rid}: NAME span includes a relationship word: {frag}")
    return errors


def validate(corpus: list[Record], prose: list[Record], spec: Spec) -> list[str]:
    errors: list[str] = []
    seen_ids: set[str] = set()
    for rec in corpus:
        rid = str(rec["id"])
        text = str(rec["text"])
        if rid in seen_ids:
            errors.append(f"{rid}: duplicate id")
        seen_ids.add(rid)
        spans = sorted(rec["spans"], key=lambda s: (s["start"], s["end"]))  # type: ignore[arg-type]
        prev_end = -1
        for s in spans:
            start, end = s["start"], s["end"]
            frag = text[start:end]
            if not frag or frag != frag.strip():
                errors.append(f"{rid}: empty/unstripped span {frag!r}")
            if start < prev_end:
                errors.append(f"{rid}: overlapping span at {start}")
            prev_end = end
            errors += span_errors(rid, s["type"], frag, spec.level)
        for k in rec["known"]:  # type: ignore[union-attr]
            if k not in text:
                errors.append(f"{rid}: known entry {k!r} not in text")
        # Anything identifier-shaped outside gold spans suggests a missed label.
        covered = [(s["start"], s["end"]) for s in spans]
        for pattern in UNLABELLED:
            for m in pattern.finditer(text):
                if not any(a <= m.start() and m.end() <= b for a, b in covered):
                    errors.append(f"{rid}: unlabelled identifier-like text {m.group()!r}")
    seen_prose: set[str] = set()
    for rec in prose:
        text = str(rec["text"])
        for pattern in PROSE_BAIT:
            m = pattern.search(text)
            if m:
                errors.append(f"{rec['id']}: identifier-like text in clean prose {m.group()!r}")
        n_sent = len(re.findall(r"[.?!](\s|$)", text))
        if not 2 <= n_sent <= 4:
            errors.append(f"{rec['id']}: expected 2-4 sentences, found {n_sent}")
        if spec.level >= 3 and rec["id"] in seen_prose:
            errors.append(f"{rec['id']}: duplicate id")
        seen_prose.add(str(rec["id"]))
    if spec.split is not None:
        for rec in corpus + prose:
            if rec["split"] != spec.split:
                errors.append(f"{rec['id']}: wrong split")
    if spec.level >= 5:
        errors += _id_order_errors("corpus", corpus, spec.corpus_prefix)
        errors += _id_order_errors("prose", prose, spec.prose_prefix)
    return errors


def _id_order_errors(kind: str, records: list[Record], prefix: str) -> list[str]:
    if [str(r["id"]) for r in records] != [f"{prefix}{i + 1:03d}" for i in range(len(records))]:
        return [f"{kind} ids are not {prefix}001..{prefix}{len(records):03d} in order"]
    return []


# ---------------------------------------------------------------------------
# Freshness against earlier sets
# ---------------------------------------------------------------------------
GENERIC_SCHOOL_WORDS = {
    "academy",
    "and",
    "c",
    "catholic",
    "ce",
    "church",
    "cofe",
    "college",
    "community",
    "e",
    "england",
    "form",
    "free",
    "girls'",
    "boys'",
    "grammar",
    "gymraeg",
    "gynradd",
    "gyfun",
    "high",
    "infant",
    "infants",
    "junior",
    "nursery",
    "of",
    "pre-school",
    "prep",
    "primary",
    "pupil",
    "rc",
    "referral",
    "school",
    "secondary",
    "sixth",
    "the",
    "unit",
    "ysgol",
}
FLAT_WORDS = {"flat", "room", "unit", "plot", "pitch", "caravan", "mooring", "basement"}


def load_jsonl(path: Path) -> list[dict]:
    if not path.exists():
        return []
    return [json.loads(ln) for ln in path.read_text(encoding="utf-8").splitlines() if ln.strip()]


def name_words(surface: str) -> set[str]:
    return {w for w in re.split(r"[\s\-]+", surface.lower()) if w}


def compact(value: str) -> str:
    return re.sub(r"\W", "", value).lower()


def school_stem(name: str) -> str:
    return " ".join(w for w in name.lower().split() if w not in GENERIC_SCHOOL_WORDS)


def street_parts(address: str) -> set[str]:
    """Comma-separated parts of an address without numbers or flat/room words."""
    parts: set[str] = set()
    for part in address.lower().split(","):
        words = [w for w in part.split() if not re.search(r"\d", w) and w not in FLAT_WORDS]
        if len(words) >= 2:
            parts.add(" ".join(words))
    return parts


def check_fresh(corpus: list[Record], prose: list[Record], spec: Spec) -> list[str]:
    """Refuse anything reused from earlier sets or repeated within this one (by level)."""
    if spec.level < 2:
        return []
    level = spec.level
    problems: list[str] = []
    if level >= 5:
        missing = [p.name for p in spec.old_corpus_paths + spec.old_prose_paths if not p.exists()]
        if missing:
            problems.append(f"earlier sets missing, freshness cannot be checked: {missing}")

    old = [r for p in spec.old_corpus_paths for r in load_jsonl(p)]
    old_texts = {r["text"] for r in old}
    old_blob = "\n".join(old_texts).lower()
    old_name_words: set[str] = set()
    old_values: set[str] = set()
    old_postcodes: set[str] = set()
    old_streets: set[str] = set()
    old_stems: set[str] = set()
    for r in old:
        for s in r["spans"]:
            frag = r["text"][s["start"] : s["end"]]
            if s["type"] == "NAME":
                old_name_words |= name_words(frag)
            elif s["type"] in STRUCTURED:
                old_values.add(compact(frag))
            if s["type"] == "POSTCODE":
                old_postcodes.add(compact(frag))
            elif s["type"] == "ADDRESS":
                old_streets |= street_parts(frag)
            elif s["type"] == "SCHOOL":
                old_stems.add(school_stem(frag))
    old_sentences = {x.strip() for r in old for x in SENTENCE_BREAK.split(r["text"]) if len(x.strip()) > 25}

    # First line (id) of each sentence, person, street, school and value in this set.
    first: dict[str, dict[object, str]] = {k: {} for k in ("sentence", "person", "street", "school", "value")}

    def repeated(kind: str, key: object, rid: str) -> str | None:
        earlier = first[kind].setdefault(key, rid)
        return earlier if earlier != rid else None

    for rec in corpus:
        rid = str(rec["id"])
        text = str(rec["text"])
        if text in old_texts:
            problems.append(f"{rid}: message reused from an earlier corpus")
        for x in SENTENCE_BREAK.split(text):
            x = x.strip()
            if level >= 3 and x in old_sentences:
                problems.append(f"{rid}: sentence reused from an earlier corpus: {x!r}")
            if level >= 4 and len(x) > 25 and (where := repeated("sentence", x, rid)):
                problems.append(f"{rid}: sentence repeated from {where}")
        for s in rec["spans"]:  # type: ignore[union-attr]
            typ = str(s["type"])
            frag = text[s["start"] : s["end"]]
            if typ == "NAME":
                clash = name_words(frag) & old_name_words
                if clash:
                    problems.append(f"{rid}: name word reused from an earlier corpus: {sorted(clash)}")
                if level >= 4 and " " in frag and (where := repeated("person", frag.lower(), rid)):
                    problems.append(f"{rid}: person repeated from {where}: {frag}")
            elif typ in ("ADDRESS", "SCHOOL"):
                if frag.lower() in old_blob:
                    problems.append(f"{rid}: {typ} reused from an earlier corpus: {frag}")
            elif level >= 3 and typ in STRUCTURED and typ not in ("DATE", "POSTCODE") and compact(frag) in old_values:
                problems.append(f"{rid}: {typ} value reused from an earlier corpus: {frag}")
            if level >= 4 and typ == "ADDRESS":
                for part in street_parts(frag):
                    if part in old_streets:
                        problems.append(f"{rid}: street reused from an earlier corpus: {part}")
                    if where := repeated("street", part, rid):
                        problems.append(f"{rid}: street repeated from {where}: {part}")
            if level >= 4 and typ == "SCHOOL":
                stem = school_stem(frag)
                if stem in old_stems:
                    problems.append(f"{rid}: school name reused from an earlier corpus: {frag}")
                if where := repeated("school", stem, rid):
                    problems.append(f"{rid}: school repeated from {where}: {frag}")
            if level >= 5 and typ == "POSTCODE" and compact(frag) in old_postcodes:
                problems.append(f"{rid}: postcode reused from an earlier corpus: {frag}")
            if (
                level >= 5
                and typ in STRUCTURED
                and typ != "DATE"
                and (where := repeated("value", (typ, compact(frag)), rid))
            ):
                problems.append(f"{rid}: {typ} value repeated from {where}: {frag}")

    old_prose = [r for p in spec.old_prose_paths for r in load_jsonl(p)]
    old_prose_sentences = {x.strip() for r in old_prose for x in SENTENCE_BREAK.split(r["text"]) if x.strip()}
    seen_prose: dict[str, str] = {}
    for rec in prose:
        pid = str(rec["id"])
        for x in SENTENCE_BREAK.split(str(rec["text"])):
            x = x.strip()
            if x in old_prose_sentences:
                problems.append(f"{pid}: sentence reused from earlier clean prose")
            if level >= 4 and x and seen_prose.setdefault(x, pid) != pid:
                problems.append(f"{pid}: prose sentence repeated from {seen_prose[x]}")
    return problems


# ---------------------------------------------------------------------------
# Targets and summary
# ---------------------------------------------------------------------------
def _outside(value: int, bounds: tuple[int, int | None]) -> bool:
    low, high = bounds
    return value < low or (high is not None and value > high)


def _expected(bounds: tuple[int, int | None]) -> str:
    low, high = bounds
    if high is None:
        return f"at least {low}"
    return str(low) if low == high else f"{low}-{high}"


def check_targets(corpus: list[Record], prose: list[Record], targets: Targets) -> list[str]:
    problems: list[str] = []
    total: Counter[str] = Counter(s["type"] for r in corpus for s in r["spans"])  # type: ignore[union-attr]
    if _outside(len(corpus), targets.lines):
        problems.append(f"corpus has {len(corpus)} lines, expected {_expected(targets.lines)}")
    if total["NAME"] < targets.names:
        problems.append(f"fewer than {targets.names} NAME spans")
    if sum(total[t] for t in STRUCTURED) < targets.structured:
        problems.append(f"fewer than {targets.structured} structured spans")
    for t in STRUCTURED:
        if total[t] < targets.per_structured:
            problems.append(f"{t} has fewer than {targets.per_structured} spans")
    if total["SCHOOL"] < targets.school:
        problems.append(f"fewer than {targets.school} SCHOOL spans")
    if total["ADDRESS"] < targets.address:
        problems.append(f"fewer than {targets.address} ADDRESS spans")
    empty = sum(1 for r in corpus if not r["spans"])
    if _outside(empty, targets.empty):
        problems.append(f"{empty} identifier-free lines, expected {_expected(targets.empty)}")
    with_known = sum(1 for r in corpus if r["known"])
    if _outside(with_known, targets.known):
        problems.append(f"{with_known} lines with known names, expected {_expected(targets.known)}")
    if _outside(len(prose), targets.prose_lines):
        problems.append(f"clean prose has {len(prose)} lines, expected {_expected(targets.prose_lines)}")
    if sum(len(str(r["text"])) for r in prose) < targets.prose_chars:
        problems.append(f"clean prose has fewer than {targets.prose_chars:,} characters")
    return problems


def summarise(corpus: list[Record], prose: list[Record], spec: Spec) -> str:
    """Span counts per type, by tune/holdout split when the set has both."""
    splits = ("tune", "holdout") if spec.split is None else (spec.split,)
    per_split: dict[str, Counter[str]] = {sp: Counter() for sp in splits}
    lines: Counter[str] = Counter()
    empty: Counter[str] = Counter()
    for rec in corpus:
        sp = str(rec["split"])
        lines[sp] += 1
        empty[sp] += not rec["spans"]
        per_split[sp].update(s["type"] for s in rec["spans"])  # type: ignore[union-attr]
    total: Counter[str] = sum(per_split.values(), Counter())
    with_known = sum(1 for r in corpus if r["known"])
    chars = sum(len(str(r["text"])) for r in prose)
    structured = sum(total[t] for t in STRUCTURED)
    if spec.split is None:
        out = [f"{spec.corpus_path.name}: {len(corpus)} lines (tune {lines['tune']}, holdout {lines['holdout']})"]
        out.append(f"  lines with no spans: {sum(empty.values())} (tune {empty['tune']}, holdout {empty['holdout']})")
        out.append(f"  lines with known names: {with_known}")
        out.append(f"  {'type':<9}{'tune':>6}{'holdout':>9}{'total':>7}")
        for t in TYPES:
            out.append(f"  {t:<9}{per_split['tune'][t]:>6}{per_split['holdout'][t]:>9}{total[t]:>7}")
    else:
        out = [f"{spec.corpus_path.name}: {len(corpus)} lines"]
        out.append(f"  lines with no spans: {sum(empty.values())}")
        out.append(f"  lines with known names: {with_known}")
        for t in TYPES:
            out.append(f"  {t:<9}{total[t]:>5}")
    out.append(f"  structured spans (DATE..MENTION): {structured}; all spans: {sum(total.values())}")
    if spec.split is None:
        p_hold = sum(1 for r in prose if r["split"] == "holdout")
        out.append(f"{spec.prose_path.name}: {len(prose)} lines (holdout {p_hold}), {chars} characters")
    else:
        out.append(f"{spec.prose_path.name}: {len(prose)} lines, {chars} characters")
    return "\n".join(out)


# ---------------------------------------------------------------------------
# Write
# ---------------------------------------------------------------------------
def write_jsonl(path: Path, records: list[Record]) -> None:
    with path.open("w", encoding="utf-8", newline="\n") as fh:
        for rec in records:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")


def main(spec: Spec, corpus_src: str, prose_src: str) -> int:
    """Build, validate and, only when every check passes, write the set."""
    corpus, prose = build(spec, corpus_src, prose_src)
    errors = (
        validate(corpus, prose, spec) + check_fresh(corpus, prose, spec) + check_targets(corpus, prose, spec.targets)
    )
    print(summarise(corpus, prose, spec))
    if errors:
        print("\nVALIDATION FAILED:", file=sys.stderr)
        for e in errors:
            print("  " + e, file=sys.stderr)
        return 1
    write_jsonl(spec.corpus_path, corpus)
    write_jsonl(spec.prose_path, prose)
    print(f"\nwrote {spec.corpus_path}\nwrote {spec.prose_path}")
    return 0
