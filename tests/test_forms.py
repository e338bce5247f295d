"""The generated form modules are exactly what scripts/build_ui.py makes from forms/*.ui today."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

SCRIPT = Path(__file__).resolve().parent.parent / "scripts" / "build_ui.py"
_spec = importlib.util.spec_from_file_location("build_ui", SCRIPT)
assert _spec is not None and _spec.loader is not None
build = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(build)

FORMS = sorted(build.FORMS.glob("*.ui"))
STALE = "is stale: run `.venv/bin/python scripts/build_ui.py` and commit what it writes"


def test_there_are_forms():
    assert FORMS, "forms/*.ui is empty"


@pytest.mark.parametrize("ui", FORMS, ids=lambda p: p.name)
def test_each_generated_form_module_matches_its_ui_file(ui: Path):
    # GIVEN a form and the module generated from it
    module = build.form_module(ui)
    assert module.exists(), f"{module.name} is missing: run scripts/build_ui.py"

    # WHEN the form is compiled again
    fresh = build.compile_form(ui)

    # THEN the committed module has the same code below its header, and says it is generated
    committed = module.read_text(encoding="utf-8")
    assert build.without_header(committed) == build.without_header(fresh), f"{module.name} {STALE}"
    assert committed.splitlines()[0] == build.HEADER.format(name=ui.name).rstrip("\n")


def test_every_generated_module_has_its_form():
    # GIVEN the generated modules  THEN none is left over from a form that was deleted
    orphans = [m.name for m in build.GENERATED.glob("ui_*.py")
               if not (build.FORMS / f"{m.stem.removeprefix('ui_')}.ui").exists()]
    assert not orphans, f"generated modules without a form: {orphans}"
