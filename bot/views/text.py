"""Text someone typed, made safe to show in Slack: escaped, links made inert, formatting
neutralised where it could fake structure, and long text cut into pieces that fit.

Every cut is made after escaping, on the text Slack will count, and never inside an
entity (`&amp;`), so a piece is never longer than its limit whatever was typed.
"""

from __future__ import annotations

import re


def escape(text: str) -> str:
    """Slack's three control characters, so user text is shown, never interpreted."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def clip(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


PIECE = 2900  # under a section's 3,000 characters, with room for a prefix
_ENTITY_TAIL = re.compile(r"&[a-z]{0,3}$")

# Slack's link markup as events carry it: <https://x.example/a|label>, <mailto:a@b.example>.
_SLACK_LINK = re.compile(r"<((?:https?|ftp|mailto):[^<>|]*)(?:\|([^<>]*))?>", re.IGNORECASE)
# What Slack would make a link of by itself: a scheme, www., or a name.with.a-tld.
_URL = re.compile(
    r"\b(?:(?:https?|ftp)://|mailto:|www\.)[^\s<>]+|\b[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}\b(?:/[^\s<>]*)?",
    re.IGNORECASE,
)
_SCHEMES = ((re.compile(r"^htt(ps?:)", re.IGNORECASE), r"hxx\1"), (re.compile(r"^ftp:", re.IGNORECASE), "fxp:"),
            (re.compile(r"^mailto:", re.IGNORECASE), "mailto[:]"))  # fmt: skip
# Slack's mrkdwn formatting characters, and stand-ins that look alike but format nothing.
_FORMATTING = str.maketrans({"*": "∗", "_": "ˍ", "~": "∼", "`": "ʹ"})


def from_slack_markup(text: str) -> str:
    """An event's text as the person typed it: link markup unwrapped to its label (or
    address), and the three characters Slack escapes unescaped (they are escaped again,
    once, whenever the text is shown)."""
    text = _SLACK_LINK.sub(lambda m: m.group(2) or m.group(1), text)
    return text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")


def _inert(url: str) -> str:
    for scheme, broken in _SCHEMES:
        url = scheme.sub(broken, url)
    return url.replace(".", "[.]").replace("://", "[://]")


def inert_links(text: str) -> str:
    """Addresses kept readable but never clickable or previewed: `hxxps[://]x[.]example/a`.

    A link in a relayed reply could be a tracking link that tells its owner who opened
    it; link markup is unwrapped and every address, bare or not, loses its scheme and dots.
    """
    text = _SLACK_LINK.sub(lambda m: f"{m[2]} ({m[1]})" if m[2] and m[2] not in m[1] else m[1], text)
    return _URL.sub(lambda m: _inert(m.group(0)), text)


def neutral(text: str) -> str:
    """Typed text that cannot format or fake a field: escaped, with `*_~` and backticks
    replaced by look-alikes that Slack does not format."""
    return escape(text.translate(_FORMATTING))


def _cut(escaped: str, limit: int) -> tuple[str, str]:
    """Split escaped text at `limit` or before, never inside an entity, preferring a space."""
    if len(escaped) <= limit:
        return escaped, ""
    head = escaped[:limit]
    tail = _ENTITY_TAIL.search(head)
    if tail:
        head = head[: tail.start()]
    space = head.rfind(" ", len(head) // 2)
    if space > 0:
        head = head[: space + 1]
    return head, escaped[len(head) :]


def cut(escaped: str, limit: int) -> str:
    """Escaped text no longer than `limit`, with … when something was cut."""
    head, rest = _cut(escaped, limit - 1)
    return head + "…" if rest else escaped


def quote_pieces(prefix: str, escaped: str, limit: int = PIECE) -> list[str]:
    """`prefix`, then the (already escaped) text as a quote, over as many pieces of at
    most `limit` characters as it needs; every line of the text starts with `>`, so no
    line of it can pass for one of ours."""
    lines: list[str] = []
    room = limit - len(prefix) - 2  # so the first line fits beside the prefix too
    for line in escaped.split("\n"):
        while True:
            head, line = _cut(line, room)
            lines.append(">" + head)
            if not line:
                break
    pieces, current = [], prefix
    for line in lines:
        if current and len(current) + 1 + len(line) > limit:
            pieces.append(current)
            current = line
        else:
            current = f"{current}\n{line}" if current else line
    pieces.append(current)
    return pieces
