"""The translations are complete and in step with the code: every string the user can see has a Russian
and a Latvian translation, and the shipped .qm files are made from the committed .ts files."""

from __future__ import annotations

import importlib.util
import re
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

SCRIPT = Path(__file__).resolve().parent.parent / "scripts" / "build_ui.py"
_spec = importlib.util.spec_from_file_location("build_ui", SCRIPT)
assert _spec is not None and _spec.loader is not None
build = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(build)

LANGUAGES = sorted(build.LANGUAGES)
FIX = "run `.venv/bin/python scripts/build_ui.py`, translate what it reports, run it again and commit"
PLACEHOLDER = re.compile(r"\{[a-z_]+\}")

Key = tuple[str, str, str]  # context, source, disambiguation


def messages(ts: Path) -> dict[Key, tuple[str | None, list[str]]]:
    """Each message's state ("unfinished" or None) and its translation (its plural forms for numerus)."""
    found = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            forms = [f.text or "" for f in translation.iter("numerusform")] or [translation.text or ""]
            key = (name, message.findtext("source") or "", message.findtext("comment") or "")
            found[key] = (translation.get("type"), forms)
    return found


@pytest.fixture(scope="module")
def refreshed(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """A copy of each committed .ts, updated by lupdate from today's code and forms."""
    folder = tmp_path_factory.mktemp("translations")
    copies = {}
    for language in LANGUAGES:
        copy = folder / build.ts_file(language).name
        shutil.copyfile(build.ts_file(language), copy)
        build.update_ts(copy, language)
        copies[language] = copy
    return copies


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_string_in_the_code_and_forms_is_translated(refreshed, language):
    # GIVEN the .ts file updated from the code as it is now
    current = messages(refreshed[language])

    # THEN no string is new, unfinished or empty
    unfinished = [source for (_c, source, _d), (state, forms) in current.items()
                  if state in ("unfinished", "vanished", "obsolete") or not all(forms)]
    assert not unfinished, f"{len(unfinished)} untranslated in {language}, e.g. {unfinished[:3]}: {FIX}"


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_committed_ts_holds_exactly_the_strings_of_the_code(refreshed, language):
    # GIVEN the committed .ts and the same file updated from the code
    committed = set(messages(build.ts_file(language)))
    current = set(messages(refreshed[language]))

    # THEN lupdate neither added nor dropped a string
    assert not current - committed, f"strings missing from {language}.ts: {sorted(current - committed)[:3]}: {FIX}"
    assert not committed - current, f"strings no longer in the code: {sorted(committed - current)[:3]}: {FIX}"


@pytest.mark.parametrize("language", LANGUAGES)
def test_translations_keep_every_placeholder(language):
    # GIVEN the committed translations  THEN each keeps the {placeholders} of its source, or .format() fails
    broken = []
    for (_context, source, _d), (_state, forms) in messages(build.ts_file(language)).items():
        wanted = sorted(PLACEHOLDER.findall(source))
        broken += [form for form in forms if sorted(PLACEHOLDER.findall(form)) != wanted]
    assert not broken, f"placeholders changed in {language}: {broken[:3]}"


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_shipped_qm_is_made_from_the_committed_ts(tmp_path, language):
    # GIVEN the committed .ts and .qm
    ts = build.ts_file(language)
    shipped = ts.with_suffix(".qm")
    assert shipped.exists(), f"{shipped.name} is missing: {FIX}"

    # WHEN lrelease compiles the .ts again
    fresh = tmp_path / shipped.name
    build.release(ts, fresh)

    # THEN the result is byte for byte the shipped file
    assert fresh.read_bytes() == shipped.read_bytes(), f"{shipped.name} is out of step with its .ts: {FIX}"


def test_translation_contexts_are_literal_strings():
    # lupdate skips QT_TRANSLATE_NOOP(ERRORS, "…") silently; the sentence would then never be translated.
    modules = [p for p in build.translatable_sources() if p.suffix == ".py"]
    assert build.constant_contexts(modules) == []
