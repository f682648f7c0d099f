"""Phonetic keys for one name word written in Cyrillic or in any common Latin romanisation.

The same Russian name reaches us as `Чувиляев`, `Chuviliaev`, `Tchouviliaev` or `Tschuwiljajew`.
Instead of a table of known names, every word is reduced to a *phonetic skeleton* over a small
alphabet in which the differences between romanisation systems disappear (docs/names.md):

1. **Reading.** Cyrillic letters map to exactly one sound class each (`ш щ ж ч ц з с` are all
   the sibilant `s`, `х` is `x`, `й` and the iotation of `я ю ё е` are the glide `ȷ`,
   `ь ъ` vanish). Latin text is parsed longest digraph first (`schtsch`, `chtch`, `szcz`, `tsch`,
   `sch`, `tch`, `zh`, `sh`, `kh`, `ts`, `ou`, ...). Three Latin spellings are truly ambiguous
   and yield several readings: `ch` (English `ч`, French `ш`, German/Polish/Czech `х`), `j`
   before a vowel (German/Polish glide or French `ж`) and `x` (Uzbek `х` or English `кс`).
2. **Folding**, the same for both scripts: `o` joins `e` (`ё` is written e, o, yo, io, jo, ë);
   a glide or an `i` before a vowel is dropped (ya/ia/ja/â, yu/iu/ju/û, ye/ie/je); any other glide
   becomes `i` (ий/iy/ii/ij/y); `t` before `s` is dropped (ts/tz/c for ц); a final `f` becomes `v`
   (-off/-eff); repeated symbols collapse (ss, nn, ll).

A word's keys are the folded readings (one for Cyrillic, at most MAX_READINGS for Latin). Two
words sound alike when their key sets intersect. The folding deliberately keeps vowel classes
(a, e, i, u) and final letters, so `Козлов`/`Козлова`, `Егор`/`Игорь` and `Шишкин`/`Шишков` keep
different keys.
"""

from __future__ import annotations

import functools
import itertools
import re
import unicodedata

MAX_READINGS = 16
# Bounds the work per word: names longer than this are truncated before keying.
MAX_WORD_LETTERS = 40

GLIDE = "ȷ"  # internal symbol: й, or the iotation of я/ю/ё/е
_VOWELS = "aeiouy"
_KEY_VOWELS = frozenset("aeiu")

_CYRILLIC: dict[str, str] = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "s", "з": "s",
    "и": "i", "й": GLIDE, "к": "k", "л": "l", "м": "m", "н": "n", "о": "e", "п": "p", "р": "r",
    "с": "s", "т": "t", "у": "u", "ф": "f", "х": "x", "ц": "s", "ч": "s", "ш": "s", "щ": "s",
    "ъ": "", "ы": "i", "ь": "", "э": "e", "ю": GLIDE + "u", "я": GLIDE + "a",
    # Ukrainian and Belarusian letters that appear in the names of Russian citizens.
    "і": "i", "ї": GLIDE + "i", "є": GLIDE + "e", "ґ": "g", "ў": "u",
}  # fmt: skip

# Latin letters with diacritics whose meaning the diacritic carries (ISO 9, scholarly, Polish,
# Czech, French). Upper-case placeholders are unambiguous sounds for the parser below.
_LATIN_SPECIAL: dict[str, str] = {
    "č": "S", "š": "S", "ž": "S", "ŝ": "S", "ż": "S", "ź": "S", "ś": "S", "ć": "S", "ř": "rS",
    "ë": "J" + "o", "â": "J" + "a", "û": "J" + "u", "ü": "J" + "u", "ö": "J" + "o", "ä": "e",
    "ï": "i", "ł": "l", "ń": "n", "ŭ": "u", "ĭ": "J", "ǎ": "a", "ě": "J" + "e",
}  # fmt: skip
# Apostrophes and primes stand for the soft and hard signs: they carry no sound of their own.
_SIGNS = re.compile(r"[ʹʺ'’ʼ`´\"″′]")

# Longest first. Each rule: spelling -> possible sounds (first = the most common reading).
_DIGRAPHS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("schtsch", ("s",)), ("shtch", ("s",)), ("chtch", ("s",)), ("szcz", ("s",)),
    ("shch", ("s",)), ("tsch", ("s",)), ("sch", ("s",)), ("tch", ("s",)),
    ("zh", ("s",)), ("sh", ("s",)), ("sz", ("s",)), ("cz", ("s",)), ("kh", ("x",)),
    ("ch", ("s", "x")), ("ts", ("s",)), ("tz", ("s",)), ("ph", ("f",)), ("th", ("t",)),
    ("gh", ("g",)), ("ck", ("k",)), ("ou", ("u",)),
)  # fmt: skip
_SINGLE: dict[str, tuple[str, ...]] = {
    "c": ("s",),
    "z": ("s",),
    "h": ("x",),
    "q": ("k",),
    "w": ("v",),
    "x": ("x", "ks"),
    "o": ("o",),
    "S": ("s",),
    "J": (GLIDE,),
}


def _strip_marks(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def _is_cyrillic(text: str) -> bool:
    return any("\u0400" <= ch <= "\u04ff" for ch in text)


def _cyrillic_reading(word: str) -> str:
    return "".join(_CYRILLIC.get(ch, ch if "a" <= ch <= "z" else "") for ch in word)


def _prepare_latin(word: str) -> str:
    """Lower-case Latin word -> letters a-z plus the placeholders S and J."""
    word = "".join(_LATIN_SPECIAL.get(ch, ch) for ch in word)
    word = _SIGNS.sub("", word)
    word = "".join(ch for ch in _strip_marks(word) if ("a" <= ch <= "z") or ch in "SJ")
    # French -ine/-yne for -ин/-ын: the final e is silent (Iline, Chtchoukine, Sinitsyne).
    word = re.sub(r"([iy]n+)e$", r"\1", word)
    # ICAO renders ъ before an iotated vowel as "ie": Podieiachev = Подъячев.
    word = re.sub(r"ie(?=[iy][aeou])", "", word)
    # French "gu" before e/i is a hard g (Guennadi).
    return re.sub(r"gu(?=[eiy])", "g", word)


def _latin_options(word: str) -> list[tuple[str, ...]]:
    """Split a prepared Latin word into segments, each with its possible sounds."""
    options: list[tuple[str, ...]] = []
    i = 0
    while i < len(word):
        for spelling, sounds in _DIGRAPHS:
            if word.startswith(spelling, i):
                options.append(sounds)
                i += len(spelling)
                break
        else:
            ch = word[i]
            following = word[i + 1] if i + 1 < len(word) else ""
            if ch == "y":
                options.append((GLIDE,) if following in _VOWELS else ("i",))
            elif ch == "j":
                options.append(_j_sounds(i, following))
            else:
                options.append(_SINGLE.get(ch, (ch,)))
            i += 1
    return options


def _j_sounds(position: int, following: str) -> tuple[str, ...]:
    """`j`: German/Polish glide, or French ж (Rjevski, Ryjov) before a vowel; French ж before
    a consonant at the start of a word (Jdanov, Jmourov), either inside one (Majkov = Майков,
    Ryjkov = Рыжков); a glide at the end (Sergej)."""
    if following in _VOWELS:
        return (GLIDE, "s")
    if not following:
        return ("i",)
    return ("s",) if position == 0 else ("i", "s")


def _readings(options: list[tuple[str, ...]]) -> list[str]:
    expanded = 0
    bounded: list[tuple[str, ...]] = []
    for sounds in options:
        # Expand ambiguous segments left to right while the product stays within MAX_READINGS.
        if len(sounds) > 1 and (expanded or 1) * len(sounds) <= MAX_READINGS:
            expanded = (expanded or 1) * len(sounds)
            bounded.append(sounds)
        else:
            bounded.append(sounds[:1])
    return ["".join(parts) for parts in itertools.product(*bounded)]


def fold(reading: str) -> str:
    """Fold one reading (internal sound symbols) into its phonetic key. See the module docstring."""
    text = reading.replace("o", "e").replace("y", "i")
    text = re.sub(GLIDE + r"(?=[aeiu])", "", text).replace(GLIDE, "i")
    text = re.sub(r"i(?=[aeiu])", "", text)
    text = re.sub(r"t(?=s)", "", text)
    text = re.sub(r"f+$", "v", text)
    return re.sub(r"(.)\1+", r"\1", text)


@functools.lru_cache(maxsize=65_536)
def phonetic_keys(word: str) -> tuple[str, ...]:
    """The phonetic keys of one name word, primary reading first; () for a word with no letters.

    Pure and deterministic: the same word always gives the same keys, on every machine. Cached
    (names repeat a lot: an import computes the same words for its preview and its apply); the
    cache holds name words, so it is emptied when a vault closes (`clear_caches`).
    """
    lowered = unicodedata.normalize("NFC", word).casefold()[:MAX_WORD_LETTERS]
    if _is_cyrillic(lowered):
        readings = [_cyrillic_reading(lowered)]
    else:
        readings = _readings(_latin_options(_prepare_latin(lowered)))
    keys = dict.fromkeys(key for key in (fold(reading) for reading in readings) if key)
    return tuple(keys)


def clear_caches() -> None:
    """Forget every cached name word (called when a vault is locked or closed)."""
    phonetic_keys.cache_clear()
    exact_form.cache_clear()


@functools.lru_cache(maxsize=65_536)
def exact_form(word: str) -> str:
    """The word as spelled, compared case- and accent-blind (the 'exact match' tier). Cached
    like `phonetic_keys` (an import's preview and apply spell the same words; names repeat),
    and emptied with it when a vault closes (`clear_caches`)."""
    lowered = _SIGNS.sub("", unicodedata.normalize("NFC", word).casefold()[:MAX_WORD_LETTERS])
    if _is_cyrillic(lowered):
        return lowered.replace("ё", "е")
    return _strip_marks(lowered)


def letter_symbol(letter: str) -> str:
    """The key symbol one letter of either alphabet stands for on its own, folded ('' for the
    signs ь ъ): `о` -> e, `щ` -> s, `й` -> i, `w` -> v, `c` -> s. Used to turn keyboard and OCR
    neighbours between letters into neighbours between key symbols (domain/slips.py)."""
    lowered = letter.casefold()
    if _is_cyrillic(lowered):
        sound = _CYRILLIC.get(lowered, "").replace(GLIDE, "")
        sound = sound or ("i" if lowered == "й" else "")
    else:
        sound = _SINGLE.get(lowered, (lowered,))[0] if "a" <= lowered <= "z" else ""
        sound = {"J": "i", "S": "s", "j": "i"}.get(sound, sound)
    return sound[:1].replace("o", "e").replace("y", "i")


def is_vowel_symbol(symbol: str) -> bool:
    """Whether a key symbol is one of the folded vowel classes (a, e, i, u)."""
    return symbol in _KEY_VOWELS
