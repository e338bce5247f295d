"""Regenerate everything derived from the forms and the translatable strings, in one command:

1. forms/*.ui  →  factory_desk/ui/forms/ui_*.py   (pyside6-uic; the files say "do not edit")
2. factory_desk/**/*.py + forms/*.ui  →  resources/translations/factory_desk_{ru,lv}.ts   (pyside6-lupdate,
   existing translations kept, vanished strings dropped)
3. each .ts  →  .qm next to it   (pyside6-lrelease; the app loads the .qm files)

Run it after changing a form or any user-visible string: `.venv/bin/python scripts/build_ui.py`, then translate
what it reports as unfinished (in the .ts files or with pyside6-linguist) and run it again.
tests/test_forms.py and tests/test_translations.py fail while anything here is out of step.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FORMS = ROOT / "forms"
GENERATED = ROOT / "factory_desk" / "ui" / "forms"
TRANSLATIONS = ROOT / "resources" / "translations"
# Language code of the .ts file name → the language lupdate records in a new .ts file.
LANGUAGES = {"ru": "ru_RU", "lv": "lv_LV"}
HEADER = "# generated from forms/{name} by scripts/build_ui.py — do not edit\n"
# A context must be a literal for lupdate: `QT_TRANSLATE_NOOP(ERRORS, "…")` would be skipped silently.
# (A constant context with a variable text is fine: that translates a sentence marked elsewhere.)
CONSTANT_CONTEXT = re.compile(r"""\b(?:QT_TRANSLATE_NOOP|translate)\(\s*([A-Z][A-Z0-9_]*)\s*,\s*["']""")


def tool(name: str) -> str:
    """A PySide6 tool from the same environment as this Python, else from PATH."""
    beside = Path(sys.executable).parent / name
    if beside.exists():
        return str(beside)
    if found := shutil.which(name):
        return found
    raise SystemExit(f"{name} was not found; install PySide6-Essentials into this environment.")


def run(command: list[str]) -> str:
    done = subprocess.run(command, capture_output=True, text=True, encoding="utf-8", cwd=ROOT)
    if done.returncode != 0:
        raise SystemExit(f"{' '.join(command)} failed:\n{done.stdout}{done.stderr}")
    return done.stdout


def form_module(ui: Path) -> Path:
    return GENERATED / f"ui_{ui.stem}.py"


def without_header(code: str) -> str:
    """The generated code below its opening comment block (uic's block names the Qt version)."""
    lines = code.splitlines(keepends=True)
    start = 0
    while start < len(lines) and (not lines[start].strip() or lines[start].startswith("#")):
        start += 1
    return "".join(lines[start:])


def compile_form(ui: Path) -> str:
    """The Python module for one form, with our "do not edit" header."""
    code = run([tool("pyside6-uic"), "--generator", "python", str(ui)])
    return HEADER.format(name=ui.name) + "\n" + without_header(code)


def translatable_sources() -> list[Path]:
    """Every module and form whose strings reach the user. The generated form modules are left out:
    their strings are read from the .ui files themselves."""
    modules = [p for p in sorted((ROOT / "factory_desk").rglob("*.py")) if GENERATED not in p.parents]
    return modules + sorted(FORMS.glob("*.ui"))


def constant_contexts(modules: list[Path]) -> list[str]:
    """Places where a translation context is a name instead of a literal (lupdate would skip them)."""
    found = []
    for module in modules:
        code = module.read_text(encoding="utf-8")
        for match in CONSTANT_CONTEXT.finditer(code):
            line = code.count("\n", 0, match.start()) + 1
            found.append(f"{module.relative_to(ROOT)}:{line}: context {match.group(1)} must be a literal string")
    return found


def ts_file(language: str, folder: Path = TRANSLATIONS) -> Path:
    return folder / f"factory_desk_{language}.ts"


def update_ts(ts: Path, language: str) -> str:
    """Merge the strings of the sources into `ts`: new ones arrive unfinished, vanished ones are dropped."""
    sources = [str(p) for p in translatable_sources()]
    return run([
        tool("pyside6-lupdate"), *sources, "-ts", str(ts.resolve()), "-target-language", LANGUAGES[language],
        "-source-language", "en", "-no-obsolete", "-locations", "none",
    ])


def release(ts: Path, qm: Path) -> str:
    return run([tool("pyside6-lrelease"), str(ts), "-qm", str(qm)])


def unfinished(ts: Path) -> int:
    return len(re.findall(r'type="unfinished"', ts.read_text(encoding="utf-8")))


def build_forms() -> list[Path]:
    GENERATED.mkdir(parents=True, exist_ok=True)
    written = []
    for ui in sorted(FORMS.glob("*.ui")):
        target = form_module(ui)
        code = compile_form(ui)
        if not target.exists() or target.read_text(encoding="utf-8") != code:
            target.write_text(code, encoding="utf-8")
            written.append(target)
    for stale in GENERATED.glob("ui_*.py"):
        if not (FORMS / f"{stale.stem.removeprefix('ui_')}.ui").exists():
            stale.unlink()  # its form was deleted
            written.append(stale)
    return written


def build_translations() -> dict[str, int]:
    TRANSLATIONS.mkdir(parents=True, exist_ok=True)
    left: dict[str, int] = {}
    for language in LANGUAGES:
        ts = ts_file(language)
        update_ts(ts, language)
        release(ts, ts.with_suffix(".qm"))
        left[language] = unfinished(ts)
    return left


def main() -> int:
    if problems := constant_contexts([p for p in translatable_sources() if p.suffix == ".py"]):
        print("\n".join(problems))
        return 1
    for path in build_forms():
        print(f"wrote {path.relative_to(ROOT)}")
    left = build_translations()
    for language, count in left.items():
        ts = ts_file(language).relative_to(ROOT)
        print(f"{ts}: {'complete' if not count else f'{count} string(s) still to translate'}")
    return 1 if any(left.values()) else 0


if __name__ == "__main__":
    raise SystemExit(main())
