"""Likely Latin spellings of a Cyrillic name under the common systems."""

from __future__ import annotations

from casevault.domain.romanisations import romanisations


def test_each_system_gives_its_usual_spelling() -> None:
    spellings = romanisations("Чувиляев Сергей")
    assert spellings["ICAO"] == "Chuviliaev Sergei"
    assert spellings["French"].startswith("Tchouvilia")
    assert spellings["German"].startswith("Tschuwiljajew")
    assert romanisations("Жданов") == {
        "ICAO": "Zhdanov",
        "English": "Zhdanov",
        "French": "Jdanov",
        "German": "Shdanow",
    }
    assert romanisations("Ivanov") == {}  # nothing to transliterate
    assert romanisations("Щукин-Ёлкин")["ICAO"] == "Shchukin-Elkin"
