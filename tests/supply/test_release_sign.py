"""Releases people can verify: scripts/release_sign.py with a throwaway key (docs/releases.md).

Every test makes its own key pair; no release key is ever in the repository. Where the stock
`minisign` is installed, it verifies our signatures and we verify its signatures, so the format
is the one users check with, not a look-alike.
"""

from __future__ import annotations

import hashlib
import importlib.util
import shutil
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "release_sign.py"


def _load() -> ModuleType:
    spec = importlib.util.spec_from_file_location("release_sign", SCRIPT)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["release_sign"] = module  # dataclasses resolve their module by name
    spec.loader.exec_module(module)
    return module


rs = _load()


@pytest.fixture
def release(tmp_path: Path) -> tuple[Path, object]:
    """A folder of two artifacts, signed by a fresh key; returns (folder, secret key)."""
    folder = tmp_path / "dist"
    folder.mkdir()
    (folder / "CaseVault-0.1.0-x86_64.AppImage").write_bytes(bytes(range(256)) * 64)
    (folder / "casevault-0.1.0-py3-none-any.whl").write_bytes(b"PK\x03\x04 synthetic wheel")
    secret = rs.ReleaseSecretKey.generate()
    rs.sign_release(folder, secret, "0.1.0")
    return folder, secret


def _flip_byte(path: Path, offset: int = 10) -> None:
    data = bytearray(path.read_bytes())
    data[offset] ^= 0x01
    path.write_bytes(bytes(data))


def test_sign_then_verify_every_artifact(release: tuple[Path, object]) -> None:
    folder, secret = release
    names = rs.verify_release(folder, secret.public)
    assert names == ["CaseVault-0.1.0-x86_64.AppImage", "casevault-0.1.0-py3-none-any.whl"]
    sums = (folder / rs.SUMS).read_text().splitlines()
    appimage = (folder / names[0]).read_bytes()
    assert f"{hashlib.sha256(appimage).hexdigest()}  {names[0]}" in sums


def test_a_flipped_byte_in_an_artifact_fails(release: tuple[Path, object]) -> None:
    folder, secret = release
    _flip_byte(folder / "CaseVault-0.1.0-x86_64.AppImage")
    with pytest.raises(rs.ReleaseSignatureError, match="SHA-256 does not match"):
        rs.verify_release(folder, secret.public)
    # The artifact's own signature catches it too, without SHA256SUMS.
    path = folder / "CaseVault-0.1.0-x86_64.AppImage"
    signature = (folder / "CaseVault-0.1.0-x86_64.AppImage.minisig").read_text()
    with pytest.raises(rs.ReleaseSignatureError, match="does not match its signature"):
        rs.verify_file(path, signature, secret.public)


def test_an_edited_checksum_list_fails(release: tuple[Path, object]) -> None:
    folder, secret = release
    _flip_byte(folder / rs.SUMS, offset=3)
    with pytest.raises(rs.ReleaseSignatureError, match="SHA256SUMS: the file does not match"):
        rs.verify_release(folder, secret.public)


def test_another_key_fails(release: tuple[Path, object]) -> None:
    folder, _secret = release
    stranger = rs.ReleaseSecretKey.generate()
    with pytest.raises(rs.ReleaseSignatureError, match="signed by another key"):
        rs.verify_release(folder, stranger.public)
    # Same key id, other key: a forged key id does not help either.
    impostor = rs.ReleasePublicKey(_secret.key_id, stranger.key.public_key())
    with pytest.raises(rs.ReleaseSignatureError, match="does not match its signature"):
        rs.verify_release(folder, impostor)


def test_an_altered_trusted_comment_or_a_swapped_signature_fails(
    release: tuple[Path, object],
) -> None:
    folder, secret = release
    appimage = folder / "CaseVault-0.1.0-x86_64.AppImage"
    signature = folder / "CaseVault-0.1.0-x86_64.AppImage.minisig"
    original = signature.read_text()
    signature.write_text(original.replace("CaseVault 0.1.0", "CaseVault 9.9.9"))
    with pytest.raises(rs.ReleaseSignatureError, match="trusted comment was altered"):
        rs.verify_file(appimage, signature.read_text(), secret.public)
    # A valid signature of another file of the release, renamed: refused by name.
    wheel = folder / "casevault-0.1.0-py3-none-any.whl"
    shutil.copy(appimage, wheel)
    signature.write_text(original)
    shutil.copy(signature, folder / "casevault-0.1.0-py3-none-any.whl.minisig")
    (folder / rs.SUMS).write_text(
        "".join(
            f"{hashlib.sha256(p.read_bytes()).hexdigest()}  {p.name}\n" for p in (appimage, wheel)
        )
    )
    (folder / "SHA256SUMS.minisig").write_text(
        rs.sign_file(folder / rs.SUMS, secret, "CaseVault 0.1.0 file:SHA256SUMS")
    )
    with pytest.raises(rs.ReleaseSignatureError, match="signature is for another file"):
        rs.verify_release(folder, secret.public)


def test_an_unlisted_or_missing_artifact_fails(release: tuple[Path, object]) -> None:
    folder, secret = release
    (folder / "extra.exe").write_bytes(b"MZ")
    with pytest.raises(rs.ReleaseSignatureError, match="lists"):
        rs.verify_release(folder, secret.public)


def test_the_secret_key_file_needs_its_passphrase(tmp_path: Path) -> None:
    secret = rs.ReleaseSecretKey.generate()
    pem = secret.to_pem(b"correct horse")
    assert b"ENCRYPTED PRIVATE KEY" in pem
    again = rs.ReleaseSecretKey.from_pem(pem, b"correct horse")
    assert again.public.to_text() == secret.public.to_text()
    # Every wrong passphrase, also the one in 256 whose decryption passes the padding check.
    for wrong in (b"wrong", *(f"wrong {n}".encode() for n in range(300))):
        with pytest.raises(rs.ReleaseSignatureError, match="wrong passphrase"):
            rs.ReleaseSecretKey.from_pem(pem, wrong)


def test_the_command_line_makes_keys_signs_and_verifies(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "dist"
    folder.mkdir()
    (folder / "casevault.tar.gz").write_bytes(b"synthetic")
    monkeypatch.setenv("CASEVAULT_RELEASE_PASSPHRASE", "throwaway release passphrase")
    key, pub = tmp_path / "release.key", tmp_path / "release.pub"
    assert rs.main(["keygen", "--secret-key", str(key), "--public-key", str(pub)]) == 0
    assert key.stat().st_mode & 0o077 == 0
    assert rs.main(["sign", "--secret-key", str(key), "--version", "0.1.0", str(folder)]) == 0
    assert rs.main(["verify", "--public-key", str(pub), str(folder)]) == 0
    _flip_byte(folder / "casevault.tar.gz", offset=0)
    assert rs.main(["verify", "--public-key", str(pub), str(folder)]) == 1


def test_stock_minisign_agrees(release: tuple[Path, object], tmp_path: Path) -> None:
    minisign = shutil.which("minisign")
    if minisign is None:
        pytest.skip("minisign is not installed")
    folder, secret = release
    pub = tmp_path / "release.pub"
    pub.write_text(secret.public.to_text())
    artifact = folder / "CaseVault-0.1.0-x86_64.AppImage"
    ok = subprocess.run(
        [minisign, "-V", "-p", str(pub), "-m", str(artifact)], capture_output=True, text=True
    )
    assert ok.returncode == 0, ok.stderr
    assert "CaseVault 0.1.0 file:CaseVault-0.1.0-x86_64.AppImage" in ok.stdout
    _flip_byte(artifact)
    bad = subprocess.run([minisign, "-V", "-p", str(pub), "-m", str(artifact)], capture_output=True)
    assert bad.returncode != 0
    # And the other way: a signature made by minisign verifies with our reader.
    theirs_pub, theirs_sec = tmp_path / "m.pub", tmp_path / "m.key"
    subprocess.run(
        [minisign, "-G", "-W", "-p", str(theirs_pub), "-s", str(theirs_sec)],
        capture_output=True,
        check=True,
    )
    wheel = folder / "casevault-0.1.0-py3-none-any.whl"
    subprocess.run(
        [minisign, "-S", "-W", "-s", str(theirs_sec), "-m", str(wheel), "-t", "made by minisign"],
        capture_output=True,
        check=True,
    )
    public = rs.ReleasePublicKey.from_text(theirs_pub.read_text())
    signature = (folder / "casevault-0.1.0-py3-none-any.whl.minisig").read_text()
    assert rs.verify_file(wheel, signature, public) == "made by minisign"
