"""Exchange between organisations: what travels (identity cards, bundles), checked before use.

* identity_card.py — self-signed identity cards (file or one line of text).
* seal.py   — `BundleWriter` / `seal_bundle`: JSON records and streamed blobs, signed by us
              (Ed25519 + ML-DSA-65) inside an encryption to each recipient (HPKE X-Wing).
* unseal.py — `unseal_bundle` -> `VerifiedBundle`: verifies everything (recipient, integrity,
              completeness, known sender, signature, recipient list, content hash) before
              any content is handed out; `.bundle_id` for replay detection, `.items()`.
* armor.py  — text form for e-mail; `unseal_bundle` reads both forms.
* frames.py, records.py, json_profile.py, manifest.py, bundle_format.py — the byte
  formats and their bounds.
* hlc.py, merge.py — hybrid logical clock and the multi-value field merge.
* redaction.py — which fields leave, per partner.
* errors.py — `ExchangeError` and its subclasses: the only exceptions bundle bytes can cause.

No module here imports `cryptography`; all cryptography is called through casevault.crypto.
"""
