"""Which interface language the app starts in: the user's choice, else the system's, else Russian."""

import pytest

from factory_desk.i18n import effective_language, system_language


@pytest.mark.parametrize(
    ("environment", "expected"),
    [
        ({"LANG": "ru_RU.UTF-8"}, "ru"),
        ({"LANG": "lv_LV.UTF-8"}, "lv"),
        ({"LANG": "en_GB.UTF-8"}, "en"),
        ({"LANG": "de_DE.UTF-8"}, "ru"),  # a language we do not have: the users' main language
        ({"LANG": "C.UTF-8"}, "ru"),  # an unconfigured machine says nothing
        ({"LANG": "ru_RU.UTF-8", "LC_ALL": "lv_LV.UTF-8"}, "lv"),  # LC_ALL overrides LANG
        ({"LANGUAGE": "en:ru", "LANG": "ru_RU.UTF-8"}, "en"),  # GNU's list of preferences comes first
    ],
)
def test_system_language(monkeypatch, environment, expected):
    for variable in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(variable, raising=False)
    for variable, value in environment.items():
        monkeypatch.setenv(variable, value)
    assert system_language() == expected


def test_a_chosen_language_wins_over_the_system(monkeypatch):
    monkeypatch.setenv("LANG", "ru_RU.UTF-8")
    monkeypatch.delenv("LANGUAGE", raising=False)
    monkeypatch.delenv("LC_ALL", raising=False)
    assert effective_language("lv") == "lv"
    assert effective_language("") == "ru"
    assert effective_language("xx") == "ru"
