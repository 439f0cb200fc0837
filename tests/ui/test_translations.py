"""The translation check that cannot be fooled: ``pyside6-lupdate`` reads today's sources into a
fresh file, and each committed ``.ts`` must hold exactly those strings (a string added, changed
or removed in the code since the last ``./run i18n`` is missing or vanished), every one
translated, plural where it has %n, keeping the source's placeholders (%1, %n, {name})."""

from __future__ import annotations

import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from tests.ui.i18n.update import BIN, LANGUAGES, PLURAL_FORMS, check, problems, ts_path

pytestmark = pytest.mark.skipif(
    not (BIN / "pyside6-lupdate").exists(), reason="pyside6-lupdate is not in this environment"
)


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_string_of_the_window_is_translated(language: str, tmp_path: Path) -> None:
    assert check(language, tmp_path) == []
    fresh = list(ET.parse(tmp_path / f"fresh_{language}.ts").iter("message"))
    assert len(fresh) > 300  # the sources were read: an empty run would find nothing wrong


@pytest.mark.parametrize("language", LANGUAGES)
def test_plurals_have_the_languages_forms(language: str) -> None:
    plurals = [m for m in ET.parse(ts_path(language)).iter("message") if m.get("numerus")]
    assert plurals
    for message in plurals:
        forms = message.findall("translation/numerusform")
        assert len(forms) == PLURAL_FORMS[language], message.findtext("source")


def test_the_check_sees_a_dropped_placeholder_and_an_unfinished_string(tmp_path: Path) -> None:
    copy = tmp_path / "agentdesk_fr.ts"
    shutil.copy(ts_path("fr"), copy)
    tree = ET.parse(copy)
    messages = {m.findtext("source"): m for m in tree.iter("message")}
    dropped = messages["Match %1 of %2"].find("translation")
    unfinished = messages["How am I doing?"].find("translation")
    assert dropped is not None
    assert unfinished is not None
    dropped.text = "Résultat %1"
    unfinished.set("type", "unfinished")
    tree.write(copy, encoding="utf-8")
    found = problems(copy)
    assert len(found) == 2
    assert "placeholders" in found[0] or "placeholders" in found[1]
    assert any("How am I doing?" in line and "not translated" in line for line in found)
