"""The translation check that cannot be fooled: ``pyside6-lupdate`` runs over today's sources
into a copy of each committed ``.ts``, so a string added, changed or removed in the code since
the last ``./run i18n`` shows up as unfinished or vanished, and every translation must keep the
source's placeholders (%1, %n, {name})."""

from __future__ import annotations

import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from tests.ui.i18n.update import BIN, LANGUAGES, lupdate, problems, ts_path

pytestmark = pytest.mark.skipif(
    not (BIN / "pyside6-lupdate").exists(), reason="pyside6-lupdate is not in this environment"
)

PLURAL_FORMS = {"fr": 2, "es": 2, "id": 1}


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_string_of_the_window_is_translated(language: str, tmp_path: Path) -> None:
    copy = tmp_path / ts_path(language).name
    shutil.copy(ts_path(language), copy)
    lupdate(language, copy, drop_obsolete=False)
    messages = list(ET.parse(copy).iter("message"))
    assert len(messages) > 300  # the sources were read: an empty run would find nothing wrong
    assert problems(copy) == []


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
