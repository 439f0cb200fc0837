"""Regenerate ``resources/i18n/agentdesk_<lang>.ts`` from the sources and fill in the translations.

``python -m tests.ui.i18n.update`` (what ``./run i18n`` runs): ``pyside6-lupdate`` over every
``agentdesk/ui`` module (new strings added, vanished ones dropped), then each message takes its
translation from ``tests/ui/i18n/<lang>.py``. It ends listing what is still unfinished or wrong,
with exit status 1 when anything is, so that a new string shows up at once: add it to each
language's dictionary and run it again. ``tests/ui/test_translations.py`` runs the same ``check``.
"""

from __future__ import annotations

import importlib
import re
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
BIN = Path(sys.executable).parent
I18N = ROOT / "resources" / "i18n"
LANGUAGES = ("fr", "es", "id")
PLURAL_FORMS = {"fr": 2, "es": 2, "id": 1}  # Qt's numerus forms of each language
PLACEHOLDER = re.compile(r"%(?:\d+|n)|\{\w+\}")

Entry = str | tuple[str, ...]


def ts_path(language: str) -> Path:
    return I18N / f"agentdesk_{language}.ts"


def sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in (ROOT / "agentdesk" / "ui").rglob("*.py"))


def lupdate(language: str, ts: Path) -> None:
    """Bring ``ts`` up to date with the sources (it keeps its translations, drops what
    vanished)."""
    command = [str(BIN / "pyside6-lupdate"), *sources(), "-source-language", "en",
               "-target-language", language, "-locations", "relative", "-no-obsolete",
               "-ts", str(ts)]  # fmt: skip
    subprocess.run(command, check=True, capture_output=True, cwd=ROOT)


def dictionary(language: str) -> tuple[dict[tuple[str, str], Entry], dict[str, Entry]]:
    module = importlib.import_module(f"tests.ui.i18n.{language}")
    return module.BY_CONTEXT, module.SOURCES


def fill(language: str, ts: Path) -> None:
    """Give every message its dictionary translation; one without an entry keeps what it has."""
    by_context, by_source = dictionary(language)
    tree = ET.parse(ts)
    for context in tree.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            entry = by_context.get((name, source), by_source.get(source))
            translation = message.find("translation")
            if entry is None or translation is None:
                continue
            translation.attrib.pop("type", None)
            if "%n" in source and message.get("numerus") != "yes":
                _make_numerus(message, translation, PLURAL_FORMS[language])
            forms = translation.findall("numerusform")
            if forms:
                texts = (entry,) * len(forms) if isinstance(entry, str) else entry
                if len(texts) != len(forms):
                    raise ValueError(f"{language}: {source!r} needs {len(forms)} forms")
                for form, text in zip(forms, texts, strict=True):
                    form.text = text
            else:
                if not isinstance(entry, str):
                    raise ValueError(f"{language}: {source!r} is not a plural source")
                translation.text = entry
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    with ts.open("a", encoding="utf-8") as handle:
        handle.write("\n")


def _make_numerus(message: ET.Element, translation: ET.Element, count: int) -> None:
    """PySide's lupdate marks ``self.tr(s, None, n)`` as plural but not ``translate(c, s,
    None, n)``; Qt then finds no translation for any n. A ``%n`` source is always plural."""
    message.set("numerus", "yes")
    translation.text = None
    for _ in range(count):
        ET.SubElement(translation, "numerusform")


def problems(ts: Path) -> list[str]:
    """What a translator still has to do in ``ts``: unfinished, obsolete or vanished messages,
    and translations whose placeholders (%1, %n, {name}) are not the source's."""
    found: list[str] = []
    for context in ET.parse(ts).iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            where = f"{ts.name}: {name}: {source!r}"
            kind = None if translation is None else translation.get("type")
            if translation is None or kind == "unfinished":
                found.append(f"{where} is not translated")
                continue
            if kind in ("obsolete", "vanished"):
                found.append(f"{where} is {kind} (no longer in the sources)")
                continue
            forms = translation.findall("numerusform")
            texts = [f.text or "" for f in forms] if forms else [translation.text or ""]
            if "%n" in source and message.get("numerus") != "yes":
                found.append(f"{where} has %n but is not plural (numerus) in the .ts")
            want = Counter(PLACEHOLDER.findall(source))
            for text in texts:
                if not text.strip():
                    found.append(f"{where} has an empty translation")
                elif Counter(PLACEHOLDER.findall(text)) != want:
                    found.append(f"{where}: {text!r} does not keep the placeholders {sorted(want)}")
    return found


def _keys(ts: Path) -> set[tuple[str, str]]:
    keys = set()
    for context in ET.parse(ts).iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") not in ("obsolete", "vanished"):
                keys.add((name, message.findtext("source") or ""))
    return keys


def check(language: str, scratch: Path) -> list[str]:
    """Everything wrong with the committed ``.ts`` of ``language`` against today's sources:
    ``pyside6-lupdate`` reads the sources into a fresh file in ``scratch``; a string it finds
    that the ``.ts`` lacks is missing, one the ``.ts`` has that it does not find has vanished,
    and ``problems`` covers the rest."""
    fresh = scratch / f"fresh_{language}.ts"
    fresh.unlink(missing_ok=True)
    lupdate(language, fresh)
    committed = ts_path(language)
    found, want = _keys(committed), _keys(fresh)
    if not want:
        return [f"lupdate found no string in the sources for {language}"]
    lines = [f"{committed.name}: {c}: {s!r} is missing" for c, s in sorted(want - found)]
    lines += [f"{committed.name}: {c}: {s!r} has vanished from the sources"
              for c, s in sorted(found - want)]  # fmt: skip
    return lines + problems(committed)


def main() -> int:
    left: list[str] = []
    for language in LANGUAGES:
        ts = ts_path(language)
        lupdate(language, ts)
        fill(language, ts)
        print(f"{ts.relative_to(ROOT)} updated", file=sys.stderr)
        with tempfile.TemporaryDirectory() as scratch:
            left += check(language, Path(scratch))
    for line in left:
        print(line, file=sys.stderr)
    return 1 if left else 0


if __name__ == "__main__":
    sys.exit(main())
