"""Russian and French load through Qt's translator (the .ts compiled in memory), every string
of ours has a translation in each, translations keep their %1 and &-accelerators, and no two
entries of a menu share an accelerator in any language."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

pytest.importorskip("PySide6")

from PySide6.QtWidgets import QMenu

from casevault.gui.i18n import (
    LANGUAGE_NAMES,
    SUPPORTED_LANGUAGES,
    Translations,
    catalog_files,
    choose_language,
    compiled_catalog,
    translations_dir,
)
from casevault.gui.main_window import MainWindow
from casevault.gui.messages import describe
from casevault.gui.safety.unlock_view import UnlockView
from casevault.services.vaults import KdfChoice
from casevault.vault.errors import WrongSecret

pytestmark = pytest.mark.gui
TRANSLATED = ["ru", "fr"]


@pytest.fixture
def russian(qapp):  # type: ignore[no-untyped-def]
    translations = Translations()
    loaded = translations.install(qapp, "ru")
    yield loaded
    translations.remove(qapp)


def test_russian_strings_appear(qtbot, russian, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    assert russian
    view = UnlockView(tmp_path)
    qtbot.addWidget(view)
    assert view.unlock_button.text() == "&Разблокировать"
    assert view.passphrase.accessibleName() == "Парольная фраза"
    assert describe(WrongSecret("passphrase")).startswith("Неверная парольная фраза.")


@pytest.fixture
def french(qapp):  # type: ignore[no-untyped-def]
    translations = Translations()
    loaded = translations.install(qapp, "fr")
    yield loaded
    translations.remove(qapp)


def test_french_strings_appear(qtbot, french, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    assert french
    view = UnlockView(tmp_path)
    qtbot.addWidget(view)
    assert view.unlock_button.text() == "&Déverrouiller"
    assert view.passphrase.accessibleName() == "Phrase secrète"
    assert describe(WrongSecret("passphrase")).startswith("Phrase secrète incorrecte.")


def test_english_is_the_source_text(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    view = UnlockView(tmp_path)
    qtbot.addWidget(view)
    assert view.unlock_button.text() == "&Unlock"


@pytest.mark.parametrize("language", TRANSLATED)
def test_every_string_is_translated(language: str) -> None:
    files = catalog_files(language)
    assert translations_dir() / f"casevault_{language}.ts" in files
    assert len(files) == len(catalog_files("ru"))  # one file per screen area, as in Russian
    for ts_file in files:
        tree = ET.parse(ts_file)  # noqa: S314 - our own file
        untranslated = [
            m.findtext("source")
            for m in tree.iter("message")
            if not m.findtext("translation") or m.find("translation").get("type") == "unfinished"
        ]
        assert untranslated == [], ts_file.name
        assert compiled_catalog(language, ts_file), ts_file.name


def _markers(text: str) -> tuple[list[str], list[str], int]:
    """What a translation must keep: %1/%n, rich-text tags, and whether there is a mnemonic."""
    return (
        sorted(re.findall(r"%(?:n|L?\d)", text)),
        sorted(re.findall(r"</?[a-zA-Z][^>]*>", text)),
        text.replace("&&", "").count("&"),
    )


def _translations(message: ET.Element) -> list[str]:
    """The translated text of a message: each plural form of a numerus message, else the one."""
    if message.get("numerus") == "yes":
        return [form.text or "" for form in message.iter("numerusform")]
    return [message.findtext("translation") or ""]


@pytest.mark.parametrize("language", TRANSLATED)
def test_translations_keep_placeholders_tags_and_accelerators(language: str) -> None:
    assert len(catalog_files(language)) == 4
    wrong = [
        f"{ts_file.name}: {m.findtext('source')!r} -> {text!r}"
        for ts_file in catalog_files(language)
        for m in ET.parse(ts_file).iter("message")  # noqa: S314 - our own file
        for text in _translations(m)
        if _markers(m.findtext("source") or "") != _markers(text)
    ]
    assert wrong == []


def test_french_typography() -> None:
    """docs/i18n.md "French style": U+00A0 before : ; ? ! » and after «, apostrophe U+2019."""
    assert len(catalog_files("fr")) == 4
    wrong = [
        text
        for ts_file in catalog_files("fr")
        for m in ET.parse(ts_file).iter("message")  # noqa: S314 - our own file
        for text in _translations(m)
        if text and (re.search(r" [:;?!»]|« |\u202f", text) or re.search(r"\w'\w", text))
    ]
    assert wrong == []


def _menu_clashes(menu: QMenu, where: str) -> list[str]:
    """Entries of `menu` (and its submenus) whose &-accelerator letter another entry uses."""
    seen: dict[str, str] = {}
    clashes: list[str] = []
    for action in menu.actions():
        if action.isSeparator():
            continue
        text = action.text().replace("&&", "")
        if "&" in text:
            key = text[text.index("&") + 1].casefold()
            if key in seen:
                clashes.append(f"{where}: {seen[key]!r} and {text!r}")
            seen[key] = text
        if action.menu() is not None:
            clashes += _menu_clashes(action.menu(), f"{where} > {text}")
    return clashes


@pytest.mark.parametrize("language", ["en", *TRANSLATED])
def test_menu_accelerators_do_not_clash(
    qapp, qtbot, tmp_path: Path, ui_settings, language: str
) -> None:  # type: ignore[no-untyped-def]
    translations = Translations()
    translations.install(qapp, language)
    try:
        window = MainWindow(tmp_path / "vault", ui_settings, kdf=KdfChoice(floor=True))
        qtbot.addWidget(window)
        bar = QMenu()
        for action in window.menuBar().actions():
            bar.addAction(action)
        assert len(window.menuBar().actions()) >= 4
        assert _menu_clashes(bar, "menu bar") == []
    finally:
        translations.remove(qapp)


def test_language_menu_offers_each_language_by_its_own_name(
    qtbot, tmp_path: Path, ui_settings
) -> None:  # type: ignore[no-untyped-def]
    assert SUPPORTED_LANGUAGES == ("en", "ru", "fr")
    window = MainWindow(tmp_path / "vault", ui_settings, kdf=KdfChoice(floor=True))
    qtbot.addWidget(window)
    names = {
        action.text() for menu in window.menuBar().findChildren(QMenu) for action in menu.actions()
    }
    assert set(LANGUAGE_NAMES.values()) <= names
    assert "Français" in names


def test_language_choice(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CASEVAULT_LANG", "ru_RU")
    assert choose_language(None) == "ru"
    monkeypatch.setenv("CASEVAULT_LANG", "")
    assert choose_language("en") == "en"
    monkeypatch.setenv("CASEVAULT_LANG", "xx")
    assert choose_language("ru") == "ru"
    monkeypatch.setenv("CASEVAULT_LANG", "fr_FR")
    assert choose_language("ru") == "fr"
    monkeypatch.setenv("CASEVAULT_LANG", "")
    assert choose_language("fr") == "fr"


@pytest.mark.parametrize("language", TRANSLATED)
def test_every_string_of_the_code_is_in_a_catalog(tmp_path: Path, language: str) -> None:
    """Every tr()/translate()/QT_TRANSLATE_NOOP string of gui/ has a translation in some
    catalog of the language: a string added to the code but never to a .ts would otherwise show
    in English on every screen of that language that the walk test does not happen to open."""
    import shutil
    import subprocess
    import sys

    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    if not lupdate.exists():
        found = shutil.which("pyside6-lupdate")
        if found is None:
            pytest.skip("pyside6-lupdate is not installed beside PySide6")
        lupdate = Path(found)
    gui = Path(__file__).resolve().parents[2] / "src" / "casevault" / "gui"
    extracted = tmp_path / "code.ts"
    subprocess.run(
        [str(lupdate), *sorted(str(p) for p in gui.rglob("*.py")), "-ts", str(extracted)],
        check=True,
        capture_output=True,
    )
    translated = set()
    for ts_file in catalog_files(language):
        for context in ET.parse(ts_file).getroot().iter("context"):  # noqa: S314 - our file
            name = context.findtext("name")
            for message in context.iter("message"):
                if message.findtext("translation"):
                    translated.add((name, message.findtext("source")))
    in_code = {
        (context.findtext("name"), message.findtext("source"))
        for context in ET.parse(extracted).getroot().iter("context")  # noqa: S314 - made here
        for message in context.iter("message")
    }
    in_code |= _strings_of_local_translate_helpers(gui)
    assert len(in_code) > 300  # the extraction saw the code
    assert sorted(in_code - translated) == []


def _strings_of_local_translate_helpers(gui: Path) -> set[tuple[str | None, str | None]]:
    """(context, source) of every `_t("…")` call in gui/: several modules wrap
    `QCoreApplication.translate("Context", text)` in a local `_t`, which pyside6-lupdate cannot
    follow. Read with ast: the context from the helper's body, the literal from each call."""
    import ast

    found: set[tuple[str | None, str | None]] = set()
    for module in gui.rglob("*.py"):
        tree = ast.parse(module.read_text(encoding="utf-8"))
        context = None
        for node in ast.walk(tree):
            if isinstance(node, ast.FunctionDef) and node.name == "_t":
                for call in ast.walk(node):
                    if (
                        isinstance(call, ast.Call)
                        and isinstance(call.func, ast.Attribute)
                        and call.func.attr == "translate"
                        and call.args
                        and isinstance(call.args[0], ast.Constant)
                    ):
                        context = str(call.args[0].value)
        if context is None:
            continue
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id == "_t"
                and node.args
                and isinstance(node.args[0], ast.Constant)
                and isinstance(node.args[0].value, str)
            ):
                found.add((context, node.args[0].value))
    return found


def test_a_packaged_build_loads_compiled_catalogs_without_sources(
    qapp, tmp_path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    """A build ships only .qm files (packaging/pyinstaller/casevault.spec): they are found."""
    for ts_file in catalog_files("ru"):
        data = compiled_catalog("ru", ts_file)
        assert data is not None
        (tmp_path / f"{ts_file.stem}.qm").write_bytes(data)
    monkeypatch.setattr("casevault.gui.i18n.translations_dir", lambda: tmp_path)
    assert [path.stem for path in catalog_files("ru")] == sorted(
        path.stem for path in tmp_path.glob("*.qm")
    )
    translations = Translations()
    try:
        assert translations.install(qapp, "ru")
        assert qapp.translate("UnlockView", "&Unlock") == "&Разблокировать"
    finally:
        translations.remove(qapp)
