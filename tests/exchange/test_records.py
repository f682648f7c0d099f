"""exchange/records.py after its split: the names callers import from it are the very objects
of exchange/frames.py and exchange/json_profile.py (one implementation, not copies), and
records and blobs still come out of frames."""

from __future__ import annotations

import io

from casevault.exchange import frames, json_profile, records


def test_every_public_name_is_re_exported_from_its_one_module() -> None:
    for name in records.__all__:
        value = getattr(records, name)
        owner = [m for m in (frames, json_profile) if getattr(m, name, None) is value]
        if name not in ("JsonRecord", "Blob", "iterate_content"):
            assert owner, name


def test_frames_written_come_back_as_a_record_and_a_blob() -> None:
    sink = io.BytesIO()
    writer = records.ContentWriter(sink)
    writer.add_record("case", {"id": "a", "n": 1})
    writer.add_blob("b1", io.BytesIO(b"x" * 70_000))
    digest = writer.end()
    reader = records.FrameReader(iter([sink.getvalue()]))
    items = list(records.iterate_content(reader))
    assert items[0] == records.JsonRecord("case", {"id": "a", "n": 1})
    assert isinstance(items[1], records.Blob)
    assert items[1].size == 70_000
    assert reader.content_hash() == digest
