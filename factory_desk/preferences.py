"""Per-user preferences (interface language, recent databases), declared once with their defaults.

Centre-wide settings that every PC must share live in the database's `setting` table instead.
"""

from __future__ import annotations

import json
import logging
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path

log = logging.getLogger(__name__)

LANGUAGES = ("ru", "en", "lv")  # "" follows the system locale


@dataclass
class Preferences:
    ui_language: str = ""
    last_database: str = ""
    recent_databases: list[str] = field(default_factory=list)

    @staticmethod
    def path() -> Path:
        from platformdirs import user_config_dir

        return Path(user_config_dir("FactoryDesk", "FactoryDesk", roaming=True)) / "preferences.json"

    @classmethod
    def load(cls) -> Preferences:
        try:
            raw = json.loads(cls.path().read_text(encoding="utf-8"))
        except FileNotFoundError:
            return cls()
        except (OSError, ValueError) as exc:
            log.warning("Preferences could not be read, defaults are used: %s", exc)
            return cls()
        known = {f.name for f in fields(cls)}
        prefs = cls(**{k: v for k, v in raw.items() if k in known})
        if prefs.ui_language not in ("", *LANGUAGES):
            prefs.ui_language = ""
        return prefs

    def save(self) -> None:
        path = self.path()
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary = path.with_suffix(".tmp")
        temporary.write_text(json.dumps(asdict(self), ensure_ascii=False, indent=2), encoding="utf-8")
        temporary.replace(path)  # never a half-written preferences file

    def remember_database(self, name: str) -> None:
        self.last_database = name
        self.recent_databases = [name, *[d for d in self.recent_databases if d != name]][:8]
