"""Another area's contacts and wording from one TOML file, without code changes."""

from pathlib import Path

import pytest

from flows.area import DEFAULT_AREA, AreaConfigError, load_area
from flows.machine import FLOW_VERSION

EXAMPLE = Path(__file__).resolve().parents[2] / "docs" / "area-example.toml"


def test_the_default_is_coventry():
    assert "Coventry MASH" in DEFAULT_AREA.contacts.front_door
    assert DEFAULT_AREA.version == FLOW_VERSION


def test_the_example_file_replaces_contacts_and_wording():
    area = load_area(EXAMPLE)
    assert area.contacts.area == "Example Borough" and "01632 960000" in area.contacts.front_door
    assert area.question("emergency").text.startswith("Is a child in danger right now")
    assert area.question("level").label("additional_needs") == "Needs help"
    assert area.question("level").label("significant_harm") == "Significant harm"  # untouched
    assert area.question("purpose") == DEFAULT_AREA.question("purpose")
    assert area.version != DEFAULT_AREA.version


@pytest.mark.parametrize(("content", "line", "reason"), [
    ('[contacts]\nfront_door = "x"\nfront_dor = "typo"\n', 3, "front_dor"),
    ('[contacts]\nemergency = \n', 2, "TOML"),
    ('[questions.emergncy]\ntext = "x"\n', 1, "no question 'emergncy'"),
    ('[questions.level]\ntext = "Worry?"\n\n[questions.level.answers]\nsignificant = "Big"\n', 5,
     "no answer 'significant'"),
    ('[questions.level.answers]\nadditional_needs = "' + "x" * 80 + '"\n', 2, "1 to 75 characters"),
    ('[questions.purpose]\ntext = ""\n', 2, "at least 1 character"),
])  # fmt: skip
def test_a_bad_file_is_refused_with_the_line_and_the_reason(tmp_path, content, line, reason):
    path = tmp_path / "area.toml"
    path.write_text(content)
    with pytest.raises(AreaConfigError) as err:
        load_area(path)
    message = str(err.value)
    assert reason in message and (f"line {line}" in message or f"at line {line}" in message), message


def test_a_missing_file_is_refused(tmp_path):
    with pytest.raises(AreaConfigError, match="cannot be read"):
        load_area(tmp_path / "nope.toml")
