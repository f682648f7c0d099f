"""domain/transliteration.py: the caches of name words are emptied when a vault closes (the
spelling and phonetic keys of names must not outlive the unlocked session)."""

from __future__ import annotations

from casevault.domain import transliteration


def test_clear_caches_forgets_every_cached_name_word() -> None:
    transliteration.phonetic_keys("Жданов")
    transliteration.exact_form("Жданов")
    assert transliteration.exact_form.cache_info().currsize > 0
    transliteration.clear_caches()
    assert transliteration.phonetic_keys.cache_info().currsize == 0
    assert transliteration.exact_form.cache_info().currsize == 0
